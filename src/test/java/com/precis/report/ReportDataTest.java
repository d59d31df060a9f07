package com.precis.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.document.ActorType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportDataTest {

    static final ReportData DATA = ReportData.of(ReportFixtures.documents());

    static int cell(String speaker, String actor) {
        ReportData.Matrix m = DATA.matrix();
        int s = m.speakers().stream().map(ReportData.Count::name).toList().indexOf(speaker);
        int a = m.actors().stream().map(ReportData.Count::name).toList().indexOf(actor);
        assertThat(s).as(speaker).isNotNegative();
        assertThat(a).as(actor).isNotNegative();
        return m.cells()[s][a];
    }

    @Test
    void onlySummarisedArticlesCountNewestFirstUndatedByProcessing() {
        assertThat(DATA.articles()).hasSize(3);
        assertThat(DATA.articles()).extracting(d -> d.document().title())
                .containsExactly("Grain ships wait", ReportFixtures.HOSTILE_TITLE, "Council defends tolls");
        assertThat(DATA.articles().get(0).published()).isFalse(); // no publishedAt: dated by processedAt (2026-02-05)
        assertThat(DATA.quotes()).isEqualTo(9);
    }

    @Test
    void speakersAreCountedByQuotesAnonymousAndUnattributedLeftOut() {
        assertThat(DATA.speakers()).extracting(ReportData.Count::name, ReportData.Count::count, ReportData.Count::articles)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kasper Rand", 4, 2),
                        org.assertj.core.groups.Tuple.tuple("Marta Ilves", 3, 2));
    }

    @Test
    void actorsAreCountedByArticlesPerType() {
        List<ReportData.Count> people = DATA.actors().get(ActorType.PERSON);
        assertThat(people).extracting(ReportData.Count::name).containsExactlyInAnyOrder("Kasper Rand", "Marta Ilves");
        assertThat(people).allMatch(c -> c.articles() == 2);
        assertThat(DATA.actors().get(ActorType.ORGANIZATION).get(0).name()).isEqualTo("Harbour Council");
        assertThat(DATA.actors().get(ActorType.ORGANIZATION).get(0).count()).isEqualTo(5); // mentions: 3 + 2
        assertThat(DATA.actors().get(ActorType.LOCATION)).extracting(ReportData.Count::name).containsExactly("Veldoria");
        assertThat(DATA.actors()).doesNotContainKey(ActorType.GOVERNMENT);
    }

    @Test
    void theMatrixCountsQuotesBySpeakerInArticlesMentioningEachActor() {
        assertThat(cell("Marta Ilves", "Harbour Council")).isEqualTo(3);
        assertThat(cell("Marta Ilves", "Veldoria")).isEqualTo(2);
        assertThat(cell("Marta Ilves", "Kasper Rand")).isEqualTo(1);
        assertThat(cell("Marta Ilves", "Tallow Grain Company")).isZero();
        assertThat(cell("Kasper Rand", "Veldoria")).isEqualTo(3);
        assertThat(cell("Kasper Rand", "Tallow Grain Company")).isEqualTo(3);
        assertThat(cell("Kasper Rand", "Marta Ilves")).isEqualTo(1);
        assertThat(cell("Kasper Rand", "Harbour Council")).isEqualTo(1);
        assertThat(cell("Kasper Rand", "Kasper Rand")).isEqualTo(-1);
        assertThat(cell("Marta Ilves", "Marta Ilves")).isEqualTo(-1);
    }

    @Test
    void nothingToReportIsAnEmptyReport() {
        ReportData empty = ReportData.of(List.of());
        assertThat(empty.articles()).isEmpty();
        assertThat(HtmlReport.render(empty, "Empty", "nowhere", 10)).contains("No summarised articles");
    }
}
