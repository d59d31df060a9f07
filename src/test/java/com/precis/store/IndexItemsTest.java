package com.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.document.ArticleDocument;
import com.precis.document.Quote;
import com.precis.document.QuoteKind;
import com.precis.document.Source;
import com.precis.document.Speaker;
import com.precis.document.Stats;
import com.precis.document.Status;
import com.precis.index.IndexEntry;
import com.precis.index.IndexRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class IndexItemsTest {

    static final Actor ILVES = new Actor("a1", "Marta Ilves", ActorType.PERSON, List.of("harbour master"), List.of("Ilves"), 3, 0.7);

    static ArticleDocument document(String articleId, String publishedAt, List<Quote> quotes) {
        return new ArticleDocument(articleId, new Source("b", "k", null, null, 1L, null, "https://news.example/a", null),
                "Harbour reopens", "Example News", List.of(), publishedAt, "en", List.of("One."), quotes, List.of(ILVES),
                "text", new Stats(1, 1, 1, 0, 1), "v", "2026-02-02T09:00:00Z", Status.OK, null, List.of());
    }

    static Quote quote(String text) {
        return new Quote(text, new Speaker("Marta Ilves", "a1"), "said", QuoteKind.DIRECT, false, 2, true);
    }

    @Test
    void itemsAreKeyedApartFromArticlesAndSortNewestFirstInArticleOrder() {
        List<Map<String, AttributeValue>> items = IndexItems.of(document("s3://b/k", "2026-02-01T08:00", List.of(
                quote("First words here"), quote("Second words here"))), "0000042");
        assertThat(items).hasSize(2 * 2 + 2); // two quotes under two names, the actor under two
        for (int slot = 0; slot < items.size(); slot++) {
            Map<String, AttributeValue> item = items.get(slot);
            assertThat(item.get("articleId").s()).startsWith("idx#").endsWith("#s3://b/k").doesNotStartWith("s3://");
            assertThat(item.get("of").s()).isEqualTo("s3://b/k");
            assertThat(item.get("ver").s()).isEqualTo("0000042");
            assertThat(item.get("dateKey").s()).startsWith("2026-02-01T08:00:00Z#");
        }
        assertThat(items.get(0).get("nameKey").s()).isEqualTo("speaker:marta ilves");
        assertThat(items.get(2).get("nameKey").s()).isEqualTo("speaker:marta ilves");
        // read backwards (newest first), the first quote still comes before the second
        assertThat(items.get(0).get("dateKey").s()).isGreaterThan(items.get(2).get("dateKey").s());
        IndexRow row = IndexItems.toRow(items.get(0));
        assertThat(row.kind()).isEqualTo(IndexEntry.Kind.QUOTE);
        assertThat(row.quote()).isEqualTo("First words here");
        assertThat(row.name()).isEqualTo("Marta Ilves");
        assertThat(row.title()).isEqualTo("Harbour reopens");
        assertThat(row.url()).isEqualTo("https://news.example/a");
        assertThat(row.date()).isEqualTo("2026-02-01T08:00:00Z");
        assertThat(row.dateFrom()).isEqualTo("publishedAt");
        IndexRow actor = IndexItems.toRow(items.get(4));
        assertThat(actor.kind()).isEqualTo(IndexEntry.Kind.ACTOR);
        assertThat(actor.mentions()).isEqualTo(3);
        assertThat(actor.roles()).containsExactly("harbour master");
        assertThat(actor.type()).isEqualTo("PERSON");
    }

    @Test
    void everyItemStaysSmallAndItsKeysInsideDynamoDbsLimitsWhateverTheArticle() {
        String longId = "s3://bucket/" + "k".repeat(1024);
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            quotes.add(quote("é".repeat(5000))); // a scraping accident: one "quote" of 5,000 characters
        }
        List<Map<String, AttributeValue>> items = IndexItems.of(document(longId, null, quotes), "0");
        assertThat(items).hasSize(300 * 2 + 2); // every quote of the 300, under both names
        for (Map<String, AttributeValue> item : items) {
            assertThat(ItemSize.of(item)).isLessThan(16 * 1024);
            assertThat(ItemSize.utf8(item.get("dateKey").s())).isLessThanOrEqualTo(1024); // sort key limit
            assertThat(ItemSize.utf8(item.get("nameKey").s())).isLessThanOrEqualTo(2048);
            assertThat(ItemSize.utf8(item.get("articleId").s())).isLessThanOrEqualTo(2048);
            assertThat(item.get("dateFrom").s()).isEqualTo("processedAt");
        }
    }
}
