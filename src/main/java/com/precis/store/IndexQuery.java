package com.precis.store;

import com.precis.index.IndexEntry;
import com.precis.index.IndexRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Reads the index: one Query on {@value IndexSchema#INDEX_NAME} per page, newest first, between
 * optional date bounds ({@link com.precis.index.DateKey#from}, {@link com.precis.index.DateKey#until}),
 * continuing from the page before with DynamoDB's LastEvaluatedKey.
 */
public final class IndexQuery {

    private final DynamoDbClient dynamo;
    private final String table;

    public IndexQuery(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** One page of answers, and where the next starts (null after the last). */
    public record Page(List<IndexRow> rows, Map<String, AttributeValue> next) {
    }

    /** The table has no such index (it predates it, or was made by hand). */
    public static final class IndexMissingException extends RuntimeException {
        public IndexMissingException(String table) {
            super("table " + table + " has no global secondary index " + IndexSchema.INDEX_NAME
                    + ", which query reads; add it (summaries written before it are indexed when reprocessed): "
                    + IndexSchema.createCommand(table));
        }
    }

    /** The table does not exist where the client looks. */
    public static final class TableMissingException extends RuntimeException {
        public TableMissingException(String table) {
            super("table " + table + " not found (check --table, --endpoint and the region)");
        }
    }

    /**
     * The page of entries of {@code kind} under {@code nameKey} (a {@link com.precis.index.NameKey}),
     * at most {@code limit} rows, dated between {@code from} and {@code until} (either may be null).
     */
    public Page page(IndexEntry.Kind kind, String nameKey, String from, String until, int limit,
                     Map<String, AttributeValue> start) {
        Map<String, String> names = new HashMap<>(Map.of("#name", IndexSchema.NAME_KEY));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":name", AttributeValue.fromS(kind.lookup(nameKey))));
        StringBuilder condition = new StringBuilder("#name = :name");
        if (from != null || until != null) {
            names.put("#date", IndexSchema.DATE_KEY);
        }
        if (from != null && until != null) {
            condition.append(" AND #date BETWEEN :from AND :until");
        } else if (from != null) {
            condition.append(" AND #date >= :from");
        } else if (until != null) {
            condition.append(" AND #date <= :until");
        }
        if (from != null) {
            values.put(":from", AttributeValue.fromS(from));
        }
        if (until != null) {
            values.put(":until", AttributeValue.fromS(until));
        }
        try {
            QueryResponse response = dynamo.query(r -> r.tableName(table).indexName(IndexSchema.INDEX_NAME)
                    .keyConditionExpression(condition.toString()).expressionAttributeNames(names)
                    .expressionAttributeValues(values).scanIndexForward(false).limit(limit)
                    .exclusiveStartKey(start == null || start.isEmpty() ? null : start));
            List<IndexRow> rows = response.items().stream().map(IndexItems::toRow).toList();
            return new Page(rows, response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null);
        } catch (DynamoDbException e) {
            // DynamoDB says "The table does not have the specified index" (ValidationException), moto
            // "Invalid index" (ResourceNotFoundException); a missing table is ResourceNotFound too
            String message = e.awsErrorDetails() != null ? e.awsErrorDetails().errorMessage() : e.getMessage();
            if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("index")) {
                throw new IndexMissingException(table);
            }
            if (e instanceof ResourceNotFoundException) {
                throw new TableMissingException(table);
            }
            throw e;
        }
    }
}
