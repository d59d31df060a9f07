package com.precis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.actors.ActorExtractor;
import com.precis.actors.ActorRef;
import com.precis.actors.ActorSet;
import com.precis.actors.MentionRef;
import com.precis.actors.Texts;
import com.precis.actors.Tokens;
import org.junit.jupiter.api.Test;

/** The feature functions one by one, each on made-up text where it holds and where it does not. */
class SpeakerFeaturesTest {

    private static final ActorExtractor ACTORS = ActorExtractor.standard();

    private static ActorSet actors(String... paragraphs) {
        return ACTORS.extract(Texts.of(paragraphs));
    }

    private static int at(ActorSet set, String words) {
        int i = set.tokens().text().indexOf(words);
        assertThat(i).as(words).isNotNegative();
        return i;
    }

    private static MentionRef mention(ActorSet set, String words) {
        int i = at(set, words);
        return set.mentionsIn(i, i + 1).stream().findFirst().orElseThrow(() -> new AssertionError("no mention at " + words));
    }

    @Test
    void insideQuote() {
        ActorSet set = actors("“Daniel Moreau is wrong,” said Olga Brandt.");
        Tokens tokens = set.tokens();
        boolean[] quoted = new boolean[tokens.size()];
        for (int k = tokens.indexAtOrAfter(1); tokens.get(k).start() < at(set, "wrong") + 5; k++) {
            quoted[k] = true;
        }
        assertThat(SpeakerFeatures.insideQuote(tokens, quoted, at(set, "Daniel"))).isTrue();
        assertThat(SpeakerFeatures.insideQuote(tokens, quoted, at(set, "Olga"))).isFalse();
    }

    @Test
    void possessor() {
        ActorSet set = actors("Olga Brandt’s plan angered Daniel Moreau.");
        MentionRef olga = mention(set, "Olga");
        MentionRef daniel = mention(set, "Daniel");
        assertThat(SpeakerFeatures.possessor(set.tokens(), olga.end())).isTrue();
        assertThat(SpeakerFeatures.possessor(set.tokens(), daniel.end())).isFalse();
    }

    @Test
    void complementButNotAccordingTo() {
        ActorSet set = actors("Daniel Moreau tweeted to Olga Brandt, according to Peter Lindqvist of Vexol Corporation.");
        assertThat(SpeakerFeatures.complement(set.tokens(), at(set, "Olga"))).isTrue();
        assertThat(SpeakerFeatures.complement(set.tokens(), at(set, "Vexol"))).isTrue();
        assertThat(SpeakerFeatures.complement(set.tokens(), at(set, "Peter"))).isFalse();
        assertThat(SpeakerFeatures.complement(set.tokens(), at(set, "Daniel"))).isFalse();
    }

    @Test
    void opensSentence() {
        ActorSet set = actors("Daniel Moreau met Olga Brandt. The Vexol Corporation said nothing.", "Peter Lindqvist left.");
        assertThat(SpeakerFeatures.opensSentence(set.tokens(), at(set, "Daniel"))).isTrue();
        assertThat(SpeakerFeatures.opensSentence(set.tokens(), at(set, "Olga"))).isFalse();
        assertThat(SpeakerFeatures.opensSentence(set.tokens(), at(set, "Vexol"))).isTrue(); // after "The"
        assertThat(SpeakerFeatures.opensSentence(set.tokens(), at(set, "Peter"))).isTrue(); // a new paragraph
    }

    @Test
    void modifiesPerson() {
        ActorSet set = actors("Houston Mayor Tish Quill met Olga Brandt in Houston on Monday.");
        MentionRef city = mention(set, "Houston Mayor");
        int lastHouston = set.tokens().text().lastIndexOf("Houston");
        MentionRef place = set.mentionsIn(lastHouston, lastHouston + 1).get(0);
        assertThat(SpeakerFeatures.modifiesPerson(set, city.end(), null)).isTrue();
        assertThat(SpeakerFeatures.modifiesPerson(set, place.end(), null)).isFalse();
        // A name the actor stage missed, after capitalised title words, is qualified too.
        ActorSet missed = actors("Houston Mayor Zed said so.");
        Attribution.NewName zed = new Attribution.NewName("Zed", com.precis.document.ActorType.PERSON,
                at(missed, "Zed"), at(missed, "Zed") + 3);
        assertThat(SpeakerFeatures.modifiesPerson(missed, mention(missed, "Houston").end(), zed)).isTrue();
    }

    @Test
    void roleNext() {
        ActorSet set = actors("Sen. Olga Brandt met Daniel Moreau, an economist at Vexol Corporation, and Peter Lindqvist.");
        MentionRef olga = mention(set, "Olga");
        MentionRef daniel = mention(set, "Daniel");
        MentionRef peter = mention(set, "Peter");
        assertThat(SpeakerFeatures.roleNext(set, olga.actor(), olga.start(), olga.end())).isTrue();
        assertThat(SpeakerFeatures.roleNext(set, daniel.actor(), daniel.start(), daniel.end())).isTrue();
        ActorRef p = peter.actor();
        assertThat(SpeakerFeatures.roleNext(set, p, peter.start(), peter.end())).isFalse();
    }
}
