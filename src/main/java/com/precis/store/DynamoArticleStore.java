package com.precis.store;

import com.precis.document.ArticleDocument;
import com.precis.document.Status;
import com.precis.ingest.ArticleStore;
import com.precis.ingest.Claim;
import com.precis.ingest.ObjectRef;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Stores documents as items of the summary table, keyed by articleId, fitted to the item limit.
 *
 * <p>Besides the document, an item carries two attributes for delivery coordination: {@code _order}
 * (where the last handled event stands: the S3 sequencer, left-padded) and, while a worker
 * summarises a version, {@code _claim} {token, order, expiresAt}. Claims and writes are
 * conditional on them, so duplicates, late and concurrent events can never overwrite a newer
 * summary or produce a second one.
 */
public final class DynamoArticleStore implements ArticleStore {

    public static final String KEY = "articleId";
    public static final String ORDER = "_order";
    public static final String CLAIM = "_claim";

    private static final Map<String, String> NAMES = Map.of(
            "#id", KEY, "#order", ORDER, "#claim", CLAIM, "#token", "token", "#corder", "order",
            "#exp", "expiresAt", "#status", "status", "#src", "source", "#ver", "versionId",
            "#deletedAt", "deletedAt");
    private static final String CLAIMABLE = "attribute_not_exists(#id) OR ((attribute_not_exists(#order) OR #order < :order)"
            + " AND (attribute_not_exists(#claim) OR #claim.#exp < :now OR #claim.#corder < :order))";

    private final DynamoDbClient dynamo;
    private final String table;
    private final ArticleIndexWriter index;

    public DynamoArticleStore(DynamoDbClient dynamo, String table) {
        this(dynamo, table, new ArticleIndexWriter(dynamo, table));
    }

    DynamoArticleStore(DynamoDbClient dynamo, String table, ArticleIndexWriter index) {
        if (table == null || table.isBlank()) {
            throw new IllegalStateException("the table name is not set: set " + AwsSettings.TABLE_NAME);
        }
        this.dynamo = dynamo;
        this.table = table;
        this.index = index;
    }

    @Override
    public Claim claim(ObjectRef ref, String order, Instant now, Instant leaseUntil) {
        String token = UUID.randomUUID().toString();
        AttributeValue claim = AttributeValue.fromM(Map.of(
                "token", AttributeValue.fromS(token),
                "order", AttributeValue.fromS(order),
                "expiresAt", number(leaseUntil.toEpochMilli())));
        try {
            dynamo.updateItem(r -> r.tableName(table).key(key(ref))
                    .updateExpression("SET #claim = :claim, #status = if_not_exists(#status, :processing)")
                    .conditionExpression(CLAIMABLE)
                    .expressionAttributeNames(names("#id", "#order", "#claim", "#exp", "#corder", "#status"))
                    .expressionAttributeValues(Map.of(":claim", claim, ":order", AttributeValue.fromS(order),
                            ":now", number(now.toEpochMilli()), ":processing", AttributeValue.fromS(Status.PROCESSING.name())))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return Claim.granted(token);
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> old = e.hasItem() && !e.item().isEmpty() ? e.item() : get(ref.articleId()).orElse(Map.of());
            return Claim.refused(refusal(old, order));
        }
    }

    /** Why a claim was refused, from the item as it stood. */
    static Claim.Status refusal(Map<String, AttributeValue> old, String order) {
        String done = old.containsKey(ORDER) ? old.get(ORDER).s() : null;
        if (done != null && done.equals(order)) {
            return Claim.Status.DUPLICATE;
        }
        if (done != null && done.compareTo(order) > 0) {
            return Claim.Status.STALE;
        }
        AttributeValue claim = old.get(CLAIM);
        String claimed = claim != null && claim.hasM() && claim.m().containsKey("order") ? claim.m().get("order").s() : null;
        return claimed != null && claimed.equals(order) ? Claim.Status.IN_PROGRESS : Claim.Status.STALE;
    }

    @Override
    public boolean complete(ArticleDocument document, String order, String token) {
        Map<String, AttributeValue> item = new HashMap<>(ItemMapper.toItem(ItemFitter.fit(document)));
        item.put(ORDER, AttributeValue.fromS(order));
        // the summary and its index items, conditioned on the claim's token (ArticleIndexWriter)
        return index.commit(item, IndexItems.of(document, order), token);
    }

    @Override
    public void release(ObjectRef ref, String token) {
        Map<String, AttributeValue> values = Map.of(":token", AttributeValue.fromS(token));
        Map<String, String> releaseNames = names("#claim", "#token", "#order");
        releaseNames.put("#index", IndexSchema.SLOTS);
        try {
            // a claim-only item (no summary yet) goes entirely, so no PROCESSING item is left behind;
            // unless it marks index slots a part-written index may fill (the retry clears them)
            dynamo.deleteItem(r -> r.tableName(table).key(key(ref))
                    .conditionExpression("#claim.#token = :token AND attribute_not_exists(#order) AND attribute_not_exists(#index)")
                    .expressionAttributeNames(releaseNames)
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException hasSummary) {
            try {
                dynamo.updateItem(r -> r.tableName(table).key(key(ref)).updateExpression("REMOVE #claim")
                        .conditionExpression("#claim.#token = :token")
                        .expressionAttributeNames(names("#claim", "#token"))
                        .expressionAttributeValues(values));
            } catch (ConditionalCheckFailedException notOurs) {
                // already taken over or expired: nothing to give back
            }
        }
    }

    @Override
    public boolean markDeleted(ObjectRef ref, String order, Instant at, boolean onlyThisVersion) {
        boolean marked = mark(ref, order, at, onlyThisVersion);
        index.dropDeleted(ref.articleId()); // also ends a clean-up that an earlier delivery left unfinished
        return marked;
    }

    private boolean mark(ObjectRef ref, String order, Instant at, boolean onlyThisVersion) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":deleted", AttributeValue.fromS(Status.DELETED.name()),
                ":at", AttributeValue.fromS(at.toString()),
                ":order", AttributeValue.fromS(order)));
        String newer = "(attribute_not_exists(#order) OR #order < :order)";
        String condition;
        Map<String, String> names;
        if (onlyThisVersion) {
            condition = "attribute_exists(#id) AND #src.#ver = :version AND " + newer;
            values.put(":version", AttributeValue.fromS(ref.versionId()));
            names = names("#id", "#order", "#src", "#ver", "#status", "#deletedAt", "#claim");
        } else {
            condition = "attribute_not_exists(#id) OR " + newer;
            names = names("#id", "#order", "#status", "#deletedAt", "#claim");
        }
        try {
            dynamo.updateItem(r -> r.tableName(table).key(key(ref))
                    .updateExpression("SET #status = :deleted, #deletedAt = :at, #order = :order REMOVE #claim")
                    .conditionExpression(condition)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException olderOrOtherVersion) {
            return false;
        }
    }

    public Optional<Map<String, AttributeValue>> get(String articleId) {
        GetItemResponse response = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of(KEY, AttributeValue.fromS(articleId))));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    public String table() {
        return table;
    }

    private static Map<String, AttributeValue> key(ObjectRef ref) {
        return Map.of(KEY, AttributeValue.fromS(ref.articleId()));
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static Map<String, String> names(String... placeholders) {
        Map<String, String> names = new HashMap<>();
        for (String p : placeholders) {
            names.put(p, NAMES.get(p));
        }
        return names;
    }
}
