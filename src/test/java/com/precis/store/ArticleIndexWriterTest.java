package com.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** How slot writes are cut into transactions (the writes themselves are tested against moto: ArticleIndexIT). */
class ArticleIndexWriterTest {

    static List<Map<String, AttributeValue>> entries(int n, int textChars) {
        List<Map<String, AttributeValue>> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(Map.of("articleId", AttributeValue.fromS(IndexSchema.slotId("s3://b/k", i)),
                    "text", AttributeValue.fromS("x".repeat(textChars))));
        }
        return entries;
    }

    @Test
    void slotsAreTheNewEntriesThenDeletesOfWhatTheOldMarkCovers() {
        List<ArticleIndexWriter.Slot> slots = ArticleIndexWriter.slots("s3://b/k", entries(3, 10), 5);
        assertThat(slots).extracting(ArticleIndexWriter.Slot::id).containsExactly(
                "idx#000000#s3://b/k", "idx#000001#s3://b/k", "idx#000002#s3://b/k", "idx#000003#s3://b/k",
                "idx#000004#s3://b/k");
        assertThat(slots.subList(0, 3)).allMatch(s -> s.item() != null);
        assertThat(slots.subList(3, 5)).allMatch(s -> s.item() == null);
        assertThat(ArticleIndexWriter.slots("s3://b/k", entries(4, 10), 2)).hasSize(4);
    }

    @Test
    void upTo99SlotWritesGoInOneTransactionBesideTheSummary() {
        assertThat(ArticleIndexWriter.batches(ArticleIndexWriter.slots("s3://b/k", entries(99, 10), 0), 20_000)).hasSize(1);
        assertThat(ArticleIndexWriter.batches(ArticleIndexWriter.slots("s3://b/k", entries(60, 10), 99), 20_000)).hasSize(1); // 60 puts, 39 deletes
        assertThat(ArticleIndexWriter.batches(ArticleIndexWriter.slots("s3://b/k", entries(60, 10), 100), 20_000)).hasSize(2); // 60 puts, 40 deletes
    }

    @Test
    void moreAreCutIntoTransactionsOfAtMost100ActionsAnd3MegabytesKeepingEverySlot() {
        List<ArticleIndexWriter.Slot> slots = ArticleIndexWriter.slots("s3://b/k", entries(600, 10), 650);
        List<List<ArticleIndexWriter.Slot>> batches = ArticleIndexWriter.batches(slots, 400_000);
        assertThat(batches).hasSize(7); // 650 slot actions, 99 per transaction
        assertThat(batches).allMatch(b -> b.size() + 1 <= ArticleIndexWriter.MAX_ACTIONS);
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(650);
        // large items: the byte budget cuts before the action count does
        List<List<ArticleIndexWriter.Slot>> heavy = ArticleIndexWriter.batches(
                ArticleIndexWriter.slots("s3://b/k", entries(90, 60_000), 0), 400_000);
        assertThat(heavy.size()).isGreaterThan(1);
        for (List<ArticleIndexWriter.Slot> batch : heavy) {
            assertThat(400_000 + batch.stream().mapToLong(ArticleIndexWriter.Slot::bytes).sum())
                    .isLessThanOrEqualTo(ArticleIndexWriter.MAX_TRANSACTION_BYTES);
        }
    }
}
