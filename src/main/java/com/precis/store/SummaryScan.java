package com.precis.store;

import com.precis.document.ArticleDocument;
import com.precis.document.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Every summarised (OK) article of the summary table, for reports: a Scan, page by page, that
 * leaves out index items, claims and tombstones, and does not bring back the article bodies
 * (cleanText). A Scan reads the whole table: it is for reports, not for answering questions (the
 * index does that).
 */
public final class SummaryScan {

    private static final List<String> FIELDS = List.of("articleId", "source", "title", "publisher", "authors",
            "publishedAt", "language", "summary", "quotes", "actors", "pipelineVersion", "processedAt", "status");

    private SummaryScan() {
    }

    public static List<ArticleDocument> all(DynamoDbClient dynamo, String table) {
        Map<String, String> names = new HashMap<>();
        List<String> projection = new ArrayList<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            names.put("#f" + i, FIELDS.get(i));
            projection.add("#f" + i);
        }
        names.put("#of", IndexSchema.OF);
        Map<String, AttributeValue> values = Map.of(":ok", AttributeValue.fromS(Status.OK.name()));
        String statusName = "#f" + FIELDS.indexOf("status");
        List<ArticleDocument> documents = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        try {
            do {
                Map<String, AttributeValue> from = start;
                ScanResponse page = dynamo.scan(r -> r.tableName(table).projectionExpression(String.join(", ", projection))
                        .filterExpression("attribute_not_exists(#of) AND " + statusName + " = :ok")
                        .expressionAttributeNames(names).expressionAttributeValues(values).exclusiveStartKey(from));
                for (Map<String, AttributeValue> item : page.items()) {
                    documents.add(ItemMapper.toDocument(item));
                }
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (start != null);
        } catch (ResourceNotFoundException e) {
            throw new IndexQuery.TableMissingException(table);
        }
        return documents;
    }
}
