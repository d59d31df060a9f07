package com.precis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.actors.Texts;
import com.precis.text.ArticleText;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {

    private static List<String> quoted(String... paragraphs) {
        ArticleText text = Texts.of(paragraphs);
        return new QuoteScanner().scan(text).stream()
                .map(q -> text.text().substring(q.textStart(), q.textEnd())).toList();
    }

    @Test
    void everyMarkStyle() {
        assertThat(quoted("He said “one two” and \"three four\" then «cinq six» and „sedm osm“ and ‘nine ten’."))
                .containsExactly("one two", "three four", "cinq six", "sedm osm", "nine ten");
    }

    @Test
    void frenchMarksLoseTheirInnerSpaces() {
        assertThat(quoted("Il a dit « nous verrons » hier.")).containsExactly("nous verrons");
    }

    @Test
    void apostrophesAreNoQuotes() {
        assertThat(quoted("Nvidia’s chips and the companies’ plans don’t change, it's 'rock and roll'."))
                .containsExactly("rock and roll");
    }

    @Test
    void nestedMarksStayInsideTheQuote() {
        assertThat(quoted("“He told me ‘no way’ yesterday,” she said."))
                .containsExactly("He told me ‘no way’ yesterday,");
    }

    @Test
    void aQuoteRunningIntoTheNextParagraphIsContinued() {
        ArticleText text = Texts.of("“This is the first part of it.", "“And this is the second,” she said.");
        List<QuotedSpan> spans = new QuoteScanner().scan(text);
        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).close()).isEqualTo(-1);
        assertThat(spans.get(1).continued()).isTrue();
    }

    @Test
    void anUnclosedMarkIsDropped() {
        assertThat(quoted("He said “this never ends.", "Next paragraph.")).isEmpty();
    }

    @Test
    void inchMarksAreNoQuotes() {
        assertThat(quoted("A 12\" pipe and a 6\" one.")).isEmpty();
    }

    @Test
    void aStrayMarkDoesNotPairWithAClosingMarkPagesLater() {
        // A stray “ in a block of junk longer than MAX_QUOTE_CHARS (10,000): the search for its closing
        // mark stops there, so it stays unpaired and the real quote later in the block is found alone.
        StringBuilder junk = new StringBuilder("Menu “ ");
        while (junk.length() < 12_000) {
            junk.append("home news sport weather share ");
        }
        junk.append("and then “We are ready now,” she said.");
        assertThat(quoted(junk.toString())).containsExactly("We are ready now,");
    }
}
