package com.precis.store;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Where the index lives: in the summary table itself (single-table design), as items keyed
 * {@code idx#<slot>#<articleId>} beside the article's summary, found through the global secondary
 * index {@value #INDEX_NAME} ({@value #NAME_KEY} → {@value #DATE_KEY}). Article ids start with
 * {@code s3://}, so no article can collide with an index item. Only index items carry
 * {@value #NAME_KEY}, so the index is sparse: summaries never enter it.
 */
public final class IndexSchema {

    public static final String INDEX_NAME = "byName";
    /** The lookup key: {@code speaker:<name key>} or {@code actor:<name key>}. */
    public static final String NAME_KEY = "nameKey";
    /** The sort key: {@code <date>#<article hash>#<inverted slot>}, newest first when read backwards. */
    public static final String DATE_KEY = "dateKey";
    /** On an index item: the article it belongs to. */
    public static final String OF = "of";
    /** On a summary item: how many slots may hold index items (0 … n-1); see ArticleIndexWriter. */
    public static final String SLOTS = "_index";

    static final String ID_PREFIX = "idx#";
    /** Slots are written with six digits; no fitted document comes near a million entries. */
    static final int MAX_SLOTS = 999_999;

    private IndexSchema() {
    }

    static String slotId(String articleId, int slot) {
        return ID_PREFIX + String.format("%06d", slot) + "#" + articleId;
    }

    public static boolean isIndexItem(Map<String, AttributeValue> item) {
        return item.containsKey(OF);
    }

    /** The attribute definitions the index adds to the table's. */
    public static List<AttributeDefinition> attributeDefinitions() {
        return List.of(
                AttributeDefinition.builder().attributeName(NAME_KEY).attributeType(ScalarAttributeType.S).build(),
                AttributeDefinition.builder().attributeName(DATE_KEY).attributeType(ScalarAttributeType.S).build());
    }

    /** The index as the template defines it (on-demand tables need no throughput here). */
    public static GlobalSecondaryIndex globalSecondaryIndex() {
        return GlobalSecondaryIndex.builder().indexName(INDEX_NAME)
                .keySchema(KeySchemaElement.builder().attributeName(NAME_KEY).keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName(DATE_KEY).keyType(KeyType.RANGE).build())
                .projection(p -> p.projectionType(ProjectionType.ALL))
                .build();
    }

    /** The AWS CLI command that adds the index to an existing table. */
    public static String createCommand(String table) {
        return "aws dynamodb update-table --table-name " + table
                + " --attribute-definitions AttributeName=" + NAME_KEY + ",AttributeType=S AttributeName=" + DATE_KEY
                + ",AttributeType=S --global-secondary-index-updates '[{\"Create\":{\"IndexName\":\"" + INDEX_NAME
                + "\",\"KeySchema\":[{\"AttributeName\":\"" + NAME_KEY + "\",\"KeyType\":\"HASH\"},{\"AttributeName\":\""
                + DATE_KEY + "\",\"KeyType\":\"RANGE\"}],\"Projection\":{\"ProjectionType\":\"ALL\"}}}]'";
    }
}
