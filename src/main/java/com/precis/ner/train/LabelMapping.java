package com.precis.ner.train;

import com.precis.actors.Gazetteer;
import com.precis.actors.GazetteerEntry;
import com.precis.actors.NameLexicon;
import com.precis.ner.EntityType;

/**
 * How each corpus's labels become ours (PER, ORG, LOC; everything else is no name):
 * <ul>
 * <li>MISC is dropped everywhere (nationalities, events, works are not actors);</li>
 * <li>GPE: CrossNER's are countries, so LOC; GMB's are mostly nationality adjectives, so dropped;</li>
 * <li>a leading "the" is no part of a name (GUM and UNER leave it out; re3d and GMB do not);</li>
 * <li>re3d puts titles inside people's names ("Iraqi President Fuad Masum"): leading title words,
 *     honorifics and nationalities are cut, as GUM and the actor stage do;</li>
 * <li>re3d types a country acting as an agent ORG ("The United States"): a bare country name is LOC,
 *     as in the other corpora (the actor stage decides when a country acts as a government).</li>
 * </ul>
 */
final class LabelMapping {

    private final NameLexicon lexicon;
    private final Gazetteer gazetteer;

    LabelMapping(NameLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /** The span as we label it, or null when it names nothing we tag. */
    GoldSpan map(String corpus, String text, int start, int end, String type) {
        EntityType mapped = switch (type) {
            case "PER" -> EntityType.PER;
            case "ORG" -> EntityType.ORG;
            case "LOC" -> EntityType.LOC;
            case "GPE" -> corpus.startsWith("gmb") ? null : EntityType.LOC;
            default -> null;
        };
        if (mapped == null) {
            return null;
        }
        int s = start;
        while (true) {
            int space = text.indexOf(' ', s);
            if (space < 0 || space >= end) {
                break;
            }
            String word = text.substring(s, space);
            boolean drop = word.equalsIgnoreCase("the")
                    || corpus.startsWith("re3d") && mapped == EntityType.PER && isTitleWord(word);
            if (!drop) {
                break;
            }
            s = space + 1;
        }
        if (s >= end) {
            return null;
        }
        if (corpus.startsWith("re3d") && mapped == EntityType.ORG) {
            GazetteerEntry e = gazetteer.find(text.substring(s, end));
            if (e != null && e.isCountry()) {
                mapped = EntityType.LOC;
            }
        }
        return new GoldSpan(s, end, mapped);
    }

    private boolean isTitleWord(String w) {
        GazetteerEntry e = gazetteer.find(w);
        return lexicon.isRoleHead(w) || lexicon.isRoleModifier(w) || lexicon.isHonorific(w)
                || e != null && e.kind() == GazetteerEntry.Kind.DEMONYM;
    }
}
