package com.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class VisibleTextTest {

    private static final String PAGE = """
            <html><head><title>T</title><style>p{}</style></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <h1>Headline  here</h1>
            <p>First <b>bold</b> paragraph.<br>After a break.</p>
            <div hidden>secret</div><div style="display: none">also secret</div>
            <table><tr><td>cell one</td><td>cell two</td></tr></table>
            <script>var x = 1;</script>
            <footer>Share</footer>
            </body></html>""";

    @Test
    void theDumpHasEveryVisibleBlockOnItsOwnLineBoilerplateIncluded() {
        assertThat(VisibleText.dumpLines(Jsoup.parse(PAGE).body())).containsExactly(
                "Home News", "Headline here", "First bold paragraph.", "After a break.", "cell one", "cell two",
                "Share");
    }

    @Test
    void aGoldBodyKeepsTheCellsOfARowTogether() {
        assertThat(VisibleText.bodyBlocks(Jsoup.parse("<table><tr><td>a</td><td>b</td></tr></table>").body()))
                .containsExactly("a | b");
    }

    @Test
    void theEvaluationsDumpIsMadeFromThePage() {
        assertThat(CleanEvaluation.textDump(PAGE)).startsWith("Home News\nHeadline here\n").doesNotContain("secret");
    }
}
