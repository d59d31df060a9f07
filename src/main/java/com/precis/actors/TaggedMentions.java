package com.precis.actors;

import com.precis.document.ActorType;
import com.precis.ner.Entity;
import com.precis.ner.EntityType;
import com.precis.ner.NerText;
import java.util.ArrayList;
import java.util.List;

/**
 * Mentions from the name tagger, with the rules kept where they add what a tagger cannot: names
 * the gazetteers know (countries and capitals for the government decision, canonical names),
 * titles split off as roles and honorifics dropped, organisation and state-body words, lower-case
 * bodies after a name, and lone words typed from the words around them (the tagger's type one vote
 * among them). A rule's guess that a run of capitalised words is an organisation or place is
 * dropped unless the tagger saw it; in lines of capitals only the tagger and the gazetteers count;
 * every name the tagger found that no rule did becomes a mention of the tagger's type.
 */
final class TaggedMentions {

    /** Title words a tagged name may have before it: "Commerce Secretary | Howard Lutnick". */
    private static final int LONGEST_TITLE = 4;

    private final MentionScanner scanner;
    private final NameLexicon lexicon;

    TaggedMentions(MentionScanner scanner, NameLexicon lexicon) {
        this.scanner = scanner;
        this.lexicon = lexicon;
    }

    List<Mention> merge(List<Mention> rules, List<Entity> tagged, NerText text, DocumentWords words) {
        Tokens tokens = text.tokens();
        int[] entityAt = new int[tokens.size()];
        java.util.Arrays.fill(entityAt, -1);
        for (int e = 0; e < tagged.size(); e++) {
            for (int k = tagged.get(e).firstToken(); k < tagged.get(e).endToken(); k++) {
                entityAt[k] = e;
            }
        }
        // The tagger's span wins over a rule's weak guess of another span ("Maria" of "Maria Lopez" in a line
        // the rules read as a headline, "Leaders Roma" at a sentence start); a rule's span that is known,
        // titled or typed by a keyword or a name's shape stays ("Center on Poverty and Inequality", "Quorbie’s").
        boolean[] retake = new boolean[tagged.size()];
        boolean[] keepRules = new boolean[tagged.size()];
        for (Mention m : rules) {
            int e = overlapping(entityAt, m);
            if (e < 0) {
                continue;
            }
            Entity entity = tagged.get(e);
            boolean same = m.firstToken == entity.firstToken() && m.endToken == entity.endToken();
            boolean weak = m.strength == Mention.Strength.GUESS || m.strength == Mention.Strength.UNKNOWN
                    || m.tokenCount() == 1 && m.type != ActorType.GOVERNMENT;
            if (m.entry != null || m.role != null || m.honorific || !weak || same) {
                keepRules[e] = true;
            } else {
                retake[e] = true;
            }
        }
        boolean[] used = new boolean[tagged.size()];
        boolean[] covered = new boolean[tokens.size()];
        List<Mention> out = new ArrayList<>();
        for (Mention m : rules) {
            int e = overlapping(entityAt, m);
            if (e >= 0 && retake[e] && !keepRules[e]) {
                continue;
            }
            if (m.entry == null && e >= 0) {
                retype(m, tagged.get(e).type());
            } else if (m.entry == null && (!kept(m) || text.shouted(m.firstToken))) {
                continue; // in a line of capitals only the tagger and the gazetteers say what is a name
            }
            if (e >= 0) {
                used[e] = true;
            }
            out.add(m);
            for (int k = m.firstToken; k < m.endToken; k++) {
                covered[k] = true;
            }
        }
        for (int e = 0; e < tagged.size(); e++) {
            Entity entity = tagged.get(e);
            if (used[e] || anyCovered(covered, entity) || entity.endToken() - entity.firstToken() > MentionScanner.MAX_NAME_RUN
                    || quotedTitle(tokens, entity)) {
                continue;
            }
            scanner.classify(tokens, titleStart(tokens, entity.firstToken()), entity.endToken(), words, out,
                    type(entity.type()));
        }
        return out;
    }

    /** “Super Mario Run”: capitalised words alone between quotation marks are a work's title. */
    private static boolean quotedTitle(Tokens tokens, Entity e) {
        int a = e.firstToken();
        int b = e.endToken();
        while (a > 0 && tokens.get(a - 1).capitalised()) {
            a--;
        }
        while (b < tokens.size() && tokens.get(b).capitalised()) {
            b++;
        }
        return b - a >= 2 && a > 0 && b < tokens.size() && isQuote(tokens.get(a - 1)) && (isQuote(tokens.get(b))
                || (tokens.get(b).is(',') || tokens.get(b).is('.')) && b + 1 < tokens.size() && isQuote(tokens.get(b + 1)));
    }

    private static boolean isQuote(Token t) {
        return t.is('“') || t.is('”') || t.is('"') || t.is('«') || t.is('»') || t.is('„') || t.is('‘') || t.is('’');
    }

    private static int overlapping(int[] entityAt, Mention m) {
        for (int k = m.firstToken; k < m.endToken; k++) {
            if (entityAt[k] >= 0) {
                return entityAt[k];
            }
        }
        return -1;
    }

    private static boolean anyCovered(boolean[] covered, Entity e) {
        for (int k = e.firstToken(); k < e.endToken(); k++) {
            if (covered[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tagger's type where the rules only guessed: a title or a known given or family name still
     * makes a person, a keyword's type stays ("Zorvex Corp", "Ministry of Finance", "Times Square"),
     * and a lone word gets the tagger's type as one vote among what the words around it say.
     */
    private static void retype(Mention m, EntityType tagged) {
        m.tagged = type(tagged);
        if (m.role != null || m.honorific) {
            m.type = ActorType.PERSON;
            return;
        }
        if (m.tokenCount() == 1) {
            return;
        }
        if (m.type == null || m.strength == Mention.Strength.GUESS || m.strength == Mention.Strength.UNKNOWN) {
            m.type = type(tagged);
        }
    }

    /**
     * A rule's mention the tagger did not see is kept unless it is a run of capitalised words the
     * rules could only guess to be an organisation or place: a lone word is typed later from the
     * words around it (and dropped when they say nothing), a guessed person needs evidence of being
     * one (ActorResolver.hasPersonEvidence), a name with a title, a keyword or a known name stays.
     */
    private static boolean kept(Mention m) {
        return m.role != null || m.honorific || m.tokenCount() == 1 || m.type == ActorType.PERSON
                || m.strength != Mention.Strength.GUESS && m.strength != Mention.Strength.UNKNOWN;
    }

    /** Where the title before a tagged name starts, so that it becomes the name's role; the name's start if none. */
    private int titleStart(Tokens tokens, int first) {
        int a = first;
        if (a == 0) {
            return a;
        }
        String before = tokens.get(a - 1).text();
        if (!tokens.get(a - 1).capitalised() || !(lexicon.isRoleHead(before) || lexicon.isHonorific(before))) {
            return a;
        }
        while (a > 0 && first - a < LONGEST_TITLE && tokens.get(a - 1).capitalised()) {
            a--;
        }
        return a;
    }

    static ActorType type(EntityType t) {
        return switch (t) {
            case PER -> ActorType.PERSON;
            case ORG -> ActorType.ORGANIZATION;
            case LOC -> ActorType.LOCATION;
        };
    }
}
