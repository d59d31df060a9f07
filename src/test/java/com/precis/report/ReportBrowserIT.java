package com.precis.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.cli.Main;
import com.precis.document.ArticleDocument;
import com.precis.document.DocumentJson;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code precis report --from DIR} over documents as {@code summarize --out} writes them, opened in
 * headless Chromium: the DOM it builds has the charts, the hand-counted matrix cells and the
 * articles, none of the articles' markup became elements, and the screenshot (target/report.png)
 * is a drawn page.
 */
class ReportBrowserIT {

    static final Path OUT = Path.of("target", "report-it");

    static String cell(Document dom, String speaker, String actor) {
        for (Element td : dom.select("#matrix td")) {
            if (td.attr("data-speaker").equals(speaker) && td.attr("data-actor").equals(actor)) {
                return td.attr("data-count") + "|" + td.text();
            }
        }
        throw new AssertionError("no matrix cell " + speaker + " × " + actor);
    }

    @Test
    void theReportRendersInChromiumWithTheExpectedChartsMatrixAndArticles(@TempDir Path documents) throws Exception {
        Chromium chromium = Chromium.require();
        int i = 0;
        for (ArticleDocument doc : ReportFixtures.documents()) {
            Files.writeString(documents.resolve("doc-" + i++ + ".json"), DocumentJson.write(doc), StandardCharsets.UTF_8);
        }
        Files.writeString(documents.resolve("notes.json"), "{\"not\": \"a document\"", StandardCharsets.UTF_8);
        Files.createDirectories(OUT);
        Path page = OUT.resolve("report.html");
        Files.deleteIfExists(page);
        assertThat(Main.run(new String[] {"report", "--from", documents.toString(), "--out", page.toString(),
                "--title", "Harbour week"})).isZero();
        // never over an existing file
        assertThat(Main.run(new String[] {"report", "--from", documents.toString(), "--out", page.toString()})).isEqualTo(1);

        Document dom = Jsoup.parse(chromium.dumpDom(page));
        assertThat(dom.select("h1").text()).isEqualTo("Harbour week");
        assertThat(dom.select("#article-count").text()).isEqualTo("3");
        assertThat(dom.select("#bars-speakers g.bar").eachAttr("data-name")).containsExactly("Kasper Rand", "Marta Ilves");
        assertThat(dom.select("#bars-speakers g.bar").eachAttr("data-value")).containsExactly("4", "3");
        assertThat(dom.select("figure.actors[data-type=person] g.bar").eachAttr("data-name"))
                .containsExactlyInAnyOrder("Kasper Rand", "Marta Ilves");
        assertThat(cell(dom, "Marta Ilves", "Harbour Council")).isEqualTo("3|3");
        assertThat(cell(dom, "Marta Ilves", "Veldoria")).isEqualTo("2|2");
        assertThat(cell(dom, "Marta Ilves", "Tallow Grain Company")).isEqualTo("0|");
        assertThat(cell(dom, "Kasper Rand", "Veldoria")).isEqualTo("3|3");
        assertThat(cell(dom, "Kasper Rand", "Marta Ilves")).isEqualTo("1|1");
        assertThat(cell(dom, "Kasper Rand", "Kasper Rand")).startsWith("-|");
        assertThat(dom.select("article.story h3").eachText()).containsExactly("Grain ships wait",
                ReportFixtures.HOSTILE_TITLE, "Council defends tolls");
        assertThat(dom.select("article.story q").eachText()).contains(ReportFixtures.HOSTILE_QUOTE, "Costs rise");
        // what articles say stayed text: Chromium built no element from it
        assertThat(dom.select("script, img, iframe, object, embed")).isEmpty();
        assertThat(dom.select("a[href^=javascript]")).isEmpty();

        Path png = Path.of("target", "report.png");
        chromium.screenshot(page, png, 1280, 2000);
        assertDrawn(png);
    }

    /** A page drawn with text and charts has many colours; a blank or error page has a handful. */
    static void assertDrawn(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1280);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("colours in the screenshot").isGreaterThan(50);
    }
}
