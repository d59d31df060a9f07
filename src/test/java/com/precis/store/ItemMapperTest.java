package com.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.document.ArticleDocument;
import com.precis.document.DocumentJson;
import com.precis.document.Quote;
import com.precis.document.QuoteKind;
import com.precis.document.Source;
import com.precis.document.Speaker;
import com.precis.document.Stats;
import com.precis.document.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemMapperTest {

    static ArticleDocument document(String cleanText, int quotes, int actors) {
        List<Quote> q = new java.util.ArrayList<>();
        for (int i = 0; i < quotes; i++) {
            q.add(new Quote("quote number " + i + " said with some words", new Speaker("Anna Berg", "a1"), "said",
                    QuoteKind.DIRECT, false, i, i == 0));
        }
        List<Actor> a = new java.util.ArrayList<>();
        for (int i = 0; i < actors; i++) {
            a.add(new Actor("a" + (i + 1), "Actor " + i, ActorType.PERSON, List.of("mayor"), List.of("A" + i), 3,
                    1.0 / (i + 1)));
        }
        return new ArticleDocument("s3://b/incoming/x.txt",
                new Source("b", "incoming/x.txt", "v1", "e1", 123L, "text/plain", null, "00A1"),
                "Title", null, List.of("Anna Berg"), "2025-08-21T20:26", "en", List.of("One.", "Two."), q, a,
                cleanText, new Stats(123, cleanText.length(), 2, 1, 5), "0.1.0", "2026-01-01T00:00:00Z",
                Status.OK, null, List.of());
    }

    @Test
    void itemHasTheDocumentsFieldsWithNestedMapsListsAndNulls() {
        Map<String, AttributeValue> item = ItemMapper.toItem(document("Body text.", 1, 1));
        assertThat(item.get("articleId").s()).isEqualTo("s3://b/incoming/x.txt");
        assertThat(item.get("source").m().get("bucket").s()).isEqualTo("b");
        assertThat(item.get("source").m().get("url").nul()).isTrue();
        assertThat(item.get("publisher").nul()).isTrue();
        assertThat(item.get("summary").l()).extracting(AttributeValue::s).containsExactly("One.", "Two.");
        assertThat(item.get("quotes").l().get(0).m().get("speaker").m().get("actorId").s()).isEqualTo("a1");
        assertThat(item.get("quotes").l().get(0).m().get("key").bool()).isTrue();
        assertThat(item.get("actors").l().get(0).m().get("salience").n()).isEqualTo("1.0");
        assertThat(item.get("stats").m().get("inputBytes").n()).isEqualTo("123");
        assertThat(item.get("status").s()).isEqualTo("OK");
        assertThat(item.keySet()).containsExactlyInAnyOrder("articleId", "source", "title", "publisher", "authors",
                "publishedAt", "language", "summary", "quotes", "actors", "cleanText", "stats", "pipelineVersion",
                "processedAt", "status", "error", "trimmed");
    }

    @Test
    void itemReadsBackToTheSameJsonAsTheCliPrints() throws Exception {
        ArticleDocument doc = document("Body text.\n\nSecond paragraph.", 2, 2);
        ObjectMapper json = new ObjectMapper();
        // compared as text: the same fields, in the same order, with the same values
        assertThat(ItemMapper.toJson(ItemMapper.toItem(doc)).toString())
                .isEqualTo(json.readTree(DocumentJson.write(doc)).toString());
        assertThat(ItemMapper.toDocument(ItemMapper.toItem(doc))).isEqualTo(doc);
    }
}
