package com.precis.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.text.ArticleText;
import com.precis.text.Block;
import com.precis.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary's contract: article order, a bounded length, no near-repeats, who did what. */
class SummarizerTest {

    private final Summarizer summarizer = Summarizer.standard();

    private static ArticleText text(Block... blocks) {
        return ArticleText.of(List.of(blocks), "en", SentenceSplitter.standard());
    }

    private static Block p(String text) {
        return Block.paragraph(text);
    }

    @Test
    void theLeadIsChosenAndTheSummaryKeepsArticleOrder() {
        ArticleText article = text(
                p("The city council approved the new harbour bridge on Tuesday after a long debate about its cost."),
                p("Work on the harbour bridge will start in the spring and take about three years to finish."),
                p("The mayor said the harbour bridge would cut the journey across the bay by twenty minutes."),
                p("Local shops along the old ferry route fear they will lose customers once the bridge opens."),
                p("The council will publish the full budget for the harbour bridge before the end of the month."));
        List<String> summary = summarizer.summarize(article, "Council approves harbour bridge", List.of(), List.of());
        assertThat(summary).hasSizeBetween(Summarizer.MIN_SENTENCES, Summarizer.MAX_SENTENCES);
        assertThat(summary.get(0)).startsWith("The city council approved");
        List<Integer> positions = new ArrayList<>();
        for (String s : summary) {
            positions.add(article.text().indexOf(s));
        }
        assertThat(positions).isSorted().doesNotContain(-1);
    }

    @Test
    void aSentenceThatRepeatsOneAlreadyTakenIsLeftOut() {
        String lead = "The city council approved the new harbour bridge on Tuesday after a long debate about its cost.";
        ArticleText article = text(p(lead),
                p("On Tuesday the city council approved the new harbour bridge after a long debate about its cost."),
                p("Work will start in the spring and take about three years, the engineers told the meeting."),
                p("Local shops along the old ferry route fear they will lose customers once the crossing opens."),
                p("A public consultation on the design of the approach roads is planned for early next year."));
        List<String> summary = summarizer.summarize(article, "Council approves harbour bridge", List.of(), List.of());
        assertThat(summary).contains(lead);
        assertThat(summary).noneMatch(s -> s.startsWith("On Tuesday the city council approved"));
    }

    @Test
    void questionsAndFragmentsAreNotSummarySentences() {
        ArticleText article = text(
                p("Will the bridge ever be built on time and within the budget the council has set for it?"),
                p("Read more."),
                p("The city council approved the new harbour bridge on Tuesday after a long debate about its cost."),
                p("Work on the harbour bridge will start in the spring and take about three years to finish."),
                p("The council will publish the full budget for the harbour bridge before the end of the month."));
        List<String> summary = summarizer.summarize(article, null, List.of(), List.of());
        assertThat(summary).isNotEmpty().noneMatch(s -> s.endsWith("?")).doesNotContain("Read more.");
    }

    @Test
    void aSentenceThatBringsInAnotherMainActorIsPreferredOverMoreOfWhatIsCovered() {
        // Sentences about the plan share many words (central); the union's sentence shares few, stands
        // late, and is the only one naming the second main actor: coverage is what takes it.
        Actor council = new Actor("a1", "City Council", ActorType.ORGANIZATION, List.of(), List.of(), 4, 0.9);
        Actor union = new Actor("a2", "Dockers Union", ActorType.ORGANIZATION, List.of(), List.of(), 3, 0.8);
        ArticleText article = text(
                p("The City Council approved the harbour bridge plan on Tuesday after a debate about its cost."),
                p("Members said the harbour bridge plan would be paid for by a new regional transport fund."),
                p("The harbour bridge plan includes two traffic lanes, a cycle path and a wider deck for buses."),
                p("Engineers expect the harbour bridge plan to take three years once the contracts are signed."),
                p("Under the harbour bridge plan, ferry services across the bay would end in the autumn."),
                p("The Dockers Union warned its members would strike over lost jobs."),
                p("The harbour bridge plan will be shown to residents at a public meeting in the town hall."));
        List<String> summary = summarizer.summarize(article, "Council approves harbour bridge plan",
                List.of(council, union), List.of());
        assertThat(summary).anyMatch(s -> s.contains("Dockers Union"));
    }

    @Test
    void namesGivenAsExamplesAreNamedInPassing() {
        String s = "The regulator wrote to large platforms, including Alibaba and the ByteDance group, on Monday.";
        assertThat(ActorMentions.inPassing(s, s.indexOf("Alibaba"))).isTrue();
        assertThat(ActorMentions.inPassing(s, s.indexOf("ByteDance"))).isTrue();
        assertThat(ActorMentions.inPassing(s, s.indexOf("The regulator"))).isFalse();
        String t = "Banks such as Barclays cut rates, and later Lloyds said it would follow.";
        assertThat(ActorMentions.inPassing(t, t.indexOf("Barclays"))).isTrue();
        assertThat(ActorMentions.inPassing(t, t.indexOf("Lloyds"))).isFalse();
    }

    @Test
    void anArticleOfOnlyVeryShortSentencesStillGetsItsFirstOnes() {
        ArticleText article = text(p("Storm hits."), p("Roads shut."), p("Schools closed."), p("More soon."));
        assertThat(summarizer.summarize(article, null, List.of(), List.of()))
                .containsExactly("Storm hits.", "Roads shut.", "Schools closed.");
    }
}
