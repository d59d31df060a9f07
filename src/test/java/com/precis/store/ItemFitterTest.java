package com.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.document.ArticleDocument;
import org.junit.jupiter.api.Test;

class ItemFitterTest {

    private static String paragraphs(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                s.append("\n\n");
            }
            s.append("Paragraph ").append(i).append(" tells the story in plain words, ü and 中 included. It goes on.");
        }
        return s.toString();
    }

    @Test
    void aDocumentThatFitsIsUntouched() {
        ArticleDocument doc = ItemMapperTest.document(paragraphs(50), 5, 5);
        assertThat(ItemFitter.fit(doc)).isSameAs(doc);
    }

    @Test
    void anOversizedBodyIsCutAtAParagraphEndAndMarked() {
        ArticleDocument doc = ItemMapperTest.document(paragraphs(8000), 5, 5);
        assertThat(ItemSize.of(ItemMapper.toItem(doc))).isGreaterThan(ItemSize.LIMIT_BYTES);
        ArticleDocument fitted = ItemFitter.fit(doc);
        assertThat(ItemSize.of(ItemMapper.toItem(fitted))).isLessThanOrEqualTo(ItemSize.LIMIT_BYTES);
        assertThat(fitted.trimmed()).containsExactly("cleanText");
        assertThat(doc.cleanText()).startsWith(fitted.cleanText());
        assertThat(fitted.cleanText()).endsWith("It goes on.");
        assertThat(fitted.cleanText().length()).isGreaterThan(300_000);
        assertThat(fitted.quotes()).hasSize(5);
        assertThat(fitted.stats().cleanChars()).isEqualTo(doc.cleanText().length());
    }

    @Test
    void thousandsOfQuotesAndActorsAreCutTooAndMarked() {
        ArticleDocument doc = ItemMapperTest.document(paragraphs(100), 6000, 6000);
        ArticleDocument fitted = ItemFitter.fit(doc);
        assertThat(ItemSize.of(ItemMapper.toItem(fitted))).isLessThanOrEqualTo(ItemSize.LIMIT_BYTES);
        assertThat(fitted.trimmed()).contains("quotes", "actors");
        assertThat(fitted.quotes()).isNotEmpty();
        assertThat(fitted.quotes().get(0)).isEqualTo(doc.quotes().get(0));
        assertThat(fitted.actors().get(0).salience()).isEqualTo(1.0);
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        String text = "😀".repeat(100);
        String cut = ItemFitter.cut(text, 41);
        assertThat(cut).hasSize(20);
        assertThat(ItemSize.utf8(cut)).isEqualTo(40);
    }

    @Test
    void sizeCountsUtf8BytesOfNamesAndValues() {
        var item = java.util.Map.of("ab", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("ü中"));
        assertThat(ItemSize.of(item)).isEqualTo(2 + 2 + 3);
    }
}
