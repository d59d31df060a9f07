package com.precis.store;

import com.precis.document.ArticleDocument;
import com.precis.ingest.ArticleStore;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** Stores documents as items of the summary table, keyed by articleId, fitted to the item limit. */
public final class DynamoArticleStore implements ArticleStore {

    public static final String KEY = "articleId";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoArticleStore(DynamoDbClient dynamo, String table) {
        if (table == null || table.isBlank()) {
            throw new IllegalStateException("the table name is not set: set " + AwsSettings.TABLE_NAME);
        }
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void put(ArticleDocument document) {
        dynamo.putItem(r -> r.tableName(table).item(ItemMapper.toItem(ItemFitter.fit(document))));
    }

    public Optional<Map<String, AttributeValue>> get(String articleId) {
        GetItemResponse response = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of(KEY, AttributeValue.fromS(articleId))));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    public String table() {
        return table;
    }
}
