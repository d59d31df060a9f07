package com.precis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.actors.ActorExtractor;
import com.precis.actors.ActorSet;
import com.precis.actors.Texts;
import com.precis.document.Quote;
import com.precis.text.ArticleText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speaker choice as a ranked decision, on made-up text of the shapes that went wrong on unseen US
 * political news: the nearest person taken where the cue's subject is another, a politician named in
 * the quote's sentence, a city before a mayor's title, a group after a sentence naming an official.
 * Each of these failed before speakers were ranked.
 */
class SpeakerChoiceTest {

    private static final ActorExtractor ACTORS = ActorExtractor.standard();
    private static final QuoteExtractor QUOTES = QuoteExtractor.standard();

    private static List<String> speakers(String... paragraphs) {
        ArticleText text = Texts.of(paragraphs);
        ActorSet set = ACTORS.extract(text);
        List<String> out = new ArrayList<>();
        for (Quote q : QUOTES.extract(text, set)) {
            out.add(q.speaker() == null ? null : q.speaker().name());
        }
        return out;
    }

    @Test
    void theCuesSubjectBeatsTheExpertQuotedInTheParagraphBefore() {
        // "another economist" is nobody named before; the appositive names him. The economist quoted
        // just before is nearer and was the last to speak, but the cue names someone else.
        assertThat(speakers("“Prices have risen for six months in a row now,” said Karen Whitfield, an economist at "
                        + "the Brookings Institution.",
                "“The labor market is still strong and wages are catching up,” said another economist, Paul Greer "
                        + "of Moody’s Analytics."))
                .containsExactly("Karen Whitfield", "Paul Greer");
    }

    @Test
    void aSplitQuoteWithAnAppositiveSpeakerKeepsHimForBothHalves() {
        assertThat(speakers("“Prices have risen for six months in a row now,” said Karen Whitfield, an economist at "
                        + "the Brookings Institution.",
                "“The labor market is still strong,” said another economist, Paul Greer of Moody’s Analytics, "
                        + "“and wages are catching up with prices.”"))
                .containsExactly("Karen Whitfield", "Paul Greer", "Paul Greer");
    }

    @Test
    void aPoliticianNamedInTheQuotesSentenceLosesToTheCuesSubject() {
        // "asked about … Moreau’s budget plan" only describes Harmon, who said it.
        assertThat(speakers("Sen. Lisa Harmon, asked about President Daniel Moreau’s budget plan, said: “We will not "
                + "vote for a plan that cuts every school in this state.”"))
                .containsExactly("Lisa Harmon");
        // Named inside the quote, the president is talked about, not talking.
        assertThat(speakers("“I don’t think President Daniel Moreau understands what this plan does to schools,” "
                + "Sen. Lisa Harmon said."))
                .containsExactly("Lisa Harmon");
    }

    @Test
    void aCityBeforeAMayorsTitleOnlyQualifiesIt() {
        assertThat(speakers("“We will not let the state take our money away from our schools,” said the Houston "
                + "mayor, Tish Quill."))
                .containsExactly("Tish Quill");
        assertThat(speakers("“We will not let the state take our money away from our schools,” Houston Mayor "
                + "Tish Quill said on Monday."))
                .containsExactly("Tish Quill");
    }

    @Test
    void aGroupAfterASentenceNamingAnOfficialIsTheGroup() {
        assertThat(speakers("Treasury Secretary Janet Mills defended the tax plan on Monday.",
                "“This plan will raise costs for every family in the country,” critics said."))
                .containsExactly("critics");
        assertThat(speakers("Treasury Secretary Janet Mills defended the tax plan on Monday.",
                "“This plan will raise costs for every family in the country,” economists at the Harbour Bank wrote."))
                .containsExactly("economists at the Harbour Bank");
        // When the cue names the official, she speaks, though analysts are named after her.
        assertThat(speakers("Analysts at the Harbour Bank criticised the tax plan on Monday.",
                "“This plan will lower costs for every family in the country,” Treasury Secretary Janet Mills said."))
                .containsExactly("Janet Mills");
    }

    @Test
    void theyAfterAParagraphBreakIsTheGroupOpeningTheSentenceBefore() {
        // Not the Treasury, the only body named before.
        assertThat(speakers("Treasury Secretary Janet Mills defended the tax plan on Monday.",
                "Critics were not convinced.",
                "“This plan will raise costs for every family in the country,” they said."))
                .containsExactly("critics");
    }

    @Test
    void aPronounAfterAParagraphBreakIsThePersonOfItsGender() {
        assertThat(speakers("Daniel Moreau, the Senate leader, met Governor Olga Brandt on Monday.",
                "“We have the votes and we will pass it this week,” said Moreau. “The governor knows it.”",
                "Brandt was not convinced.",
                "“He is wrong about the votes and he knows it,” she said."))
                .containsExactly("Daniel Moreau", "Daniel Moreau", "Olga Brandt");
    }

    @Test
    void everyCandidateComesWithTheFeaturesOfWhereItStands() {
        ArticleText text = Texts.of("“I don’t think President Daniel Moreau understands this plan at all,” "
                + "Sen. Lisa Harmon said.");
        ActorSet set = ACTORS.extract(text);
        List<QuoteExtractor.SpeakerDecision> decisions = new ArrayList<>();
        QUOTES.extract(text, set, decisions::add);
        assertThat(decisions).hasSize(1);
        QuoteExtractor.SpeakerDecision d = decisions.get(0);
        SpeakerCandidate harmon = candidate(d, "Lisa Harmon");
        SpeakerCandidate moreau = candidate(d, "Daniel Moreau");
        assertThat(harmon.features()).contains(SpeakerFeature.CUE_AFTER_TIED, SpeakerFeature.CUE_SUBJECT,
                SpeakerFeature.BY_NAME, SpeakerFeature.PERSON, SpeakerFeature.SAME_SENTENCE_AFTER_QUOTE);
        assertThat(moreau.features()).contains(SpeakerFeature.INSIDE_QUOTE, SpeakerFeature.TIED_CUE_NAMES_ANOTHER)
                .doesNotContain(SpeakerFeature.CUE_SUBJECT);
        assertThat(d.candidates().get(d.chosen())).isSameAs(harmon);
    }

    private static SpeakerCandidate candidate(QuoteExtractor.SpeakerDecision d, String name) {
        return d.candidates().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + d.candidates()));
    }

    @Test
    void noSpeakerIsGivenWhenNoCandidateReachesTheThreshold() {
        // Nobody is named anywhere: no candidate, no speaker.
        assertThat(speakers("The harbour was quiet all week.", "“The water is calm and the boats are all in.”"))
                .containsExactly((String) null);
    }

    @Test
    void reportedSpeechIsDecidedLikeAQuote() {
        // Indirect speech, as GUM's attribution relations give it: the content after "said that".
        ArticleText text = Texts.of("Olga Brandt met Daniel Moreau on Monday. Brandt said that the plan would pass.");
        ActorSet set = ACTORS.extract(text);
        int start = text.text().indexOf("the plan");
        QuoteExtractor.SpeakerDecision d = QUOTES.decide(text, set, start, text.text().length() - 1);
        assertThat(d.chosen()).isNotNegative();
        assertThat(d.candidates().get(d.chosen()).name()).isEqualTo("Olga Brandt");
    }
}
