package com.precis.actors;

import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.document.Quote;
import com.precis.document.Speaker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The actors of one article while it is analysed, with every place the text names them. The quote
 * stage looks speakers up here (by position, by nearness for "he said", by role for "the minister
 * said"), adds speakers the extractor missed, then {@link #finish} weighs their salience.
 */
public final class ActorSet {

    private final Tokens tokens;
    private final List<ActorDraft> drafts;
    private final List<MentionRef> mentions;
    private final int textLength;
    private final NameLexicon lexicon;
    /** Each actor's name and roles in lower case, made once: "the minister said" tests many actors per quote. */
    private final List<String> lowered = new ArrayList<>();
    /** The first actor of each name or surface form, for {@link #addSpeaker}; made on first use. */
    private Map<String, Integer> byName;
    /** The most mentions and quotes of any actor, kept as they change ({@link #salience(ActorRef)} is asked per quote). */
    private int mostMentions;
    private int mostQuotes;

    ActorSet(Tokens tokens, List<ActorDraft> drafts, NameLexicon lexicon) {
        this.tokens = tokens;
        this.lexicon = lexicon;
        this.drafts = new ArrayList<>(drafts);
        this.textLength = Math.max(1, tokens.text().length());
        this.mentions = new ArrayList<>();
        for (int i = 0; i < this.drafts.size(); i++) {
            ActorDraft d = this.drafts.get(i);
            d.id = "a" + (i + 1);
            for (Mention m : d.mentions) {
                if (!m.modifier) {
                    mentions.add(new MentionRef(m.start, m.end, new ActorRef(i)));
                }
            }
        }
        mentions.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
                : Integer.compare(y.end(), x.end()));
    }

    /** An empty set, for text with no actors. */
    public static ActorSet empty(String text) {
        return new ActorSet(Tokens.of(text), List.of(), null);
    }

    public Tokens tokens() {
        return tokens;
    }

    /** Every mention, in text order. */
    public List<MentionRef> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    /** The mentions that start inside [start, end), in text order. */
    public List<MentionRef> mentionsIn(int start, int end) {
        List<MentionRef> out = new ArrayList<>();
        for (int i = firstMentionAtOrAfter(start); i < mentions.size() && mentions.get(i).start() < end; i++) {
            out.add(mentions.get(i));
        }
        return out;
    }

    /**
     * The actor named last before {@code offset} (and not before {@code notBefore}) that passes the
     * test: the antecedent of "he", "the company", "the minister".
     */
    public ActorRef nearestBefore(int offset, int notBefore, Predicate<ActorRef> test) {
        for (int i = firstMentionAtOrAfter(offset) - 1; i >= 0; i--) {
            MentionRef m = mentions.get(i);
            if (m.start() < notBefore) {
                break;
            }
            if (m.end() <= offset && test.test(m.actor())) {
                return m.actor();
            }
        }
        return null;
    }

    /** Like {@link #nearestBefore} with a test on the mention itself (where it stands, what follows it). */
    public ActorRef nearestMentionBefore(int offset, int notBefore, Predicate<MentionRef> test) {
        for (int i = firstMentionAtOrAfter(offset) - 1; i >= 0; i--) {
            MentionRef m = mentions.get(i);
            if (m.start() < notBefore) {
                break;
            }
            if (m.end() <= offset && test.test(m)) {
                return m.actor();
            }
        }
        return null;
    }

    private int firstMentionAtOrAfter(int offset) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public int size() {
        return drafts.size();
    }

    public ActorType type(ActorRef a) {
        return drafts.get(a.index()).type;
    }

    public String name(ActorRef a) {
        return drafts.get(a.index()).name;
    }

    public Gender gender(ActorRef a) {
        return drafts.get(a.index()).gender;
    }

    /** Whether one of the actor's roles or names contains the word: "minister", "ministry", "company". */
    public boolean hasRoleWord(ActorRef a, String word) {
        return containsWord(lowered(a.index()), word.toLowerCase(Locale.ROOT));
    }

    /** The name and roles of actor i in lower case, one per line (a word never spans two lines). */
    private String lowered(int i) {
        while (lowered.size() <= i) {
            ActorDraft d = drafts.get(lowered.size());
            StringBuilder s = new StringBuilder(d.name.toLowerCase(Locale.ROOT));
            for (String r : d.roles) {
                s.append('\n').append(r.toLowerCase(Locale.ROOT));
            }
            lowered.add(s.toString());
        }
        return lowered.get(i);
    }

    private static boolean containsWord(String text, String word) {
        int i = text.indexOf(word);
        while (i >= 0) {
            boolean startOk = i == 0 || !Character.isLetter(text.charAt(i - 1));
            int e = i + word.length();
            boolean endOk = e == text.length() || !Character.isLetter(text.charAt(e)) || text.charAt(e) == 's';
            if (startOk && endOk) {
                return true;
            }
            i = text.indexOf(word, i + 1);
        }
        return false;
    }

    /** Records what the text says a person is, as it knows from a pronoun that refers to them. */
    public void setGender(ActorRef a, Gender gender) {
        ActorDraft d = drafts.get(a.index());
        if (d.gender == Gender.UNKNOWN) {
            d.gender = gender;
        }
    }

    /** Whether a capitalised word can be part of a name: not "This", "Called", "To". */
    public boolean canBeName(String word) {
        return lexicon == null || !lexicon.isCommonWord(word) && !lexicon.isRoleHead(word);
    }

    /** A name the quote stage found as a speaker is a person when it looks like one, else an organisation. */
    public ActorType speakerType(String name) {
        if (lexicon == null) {
            return ActorType.PERSON;
        }
        String[] w = name.split(" ");
        boolean person = w.length == 1 || lexicon.givenName(w[0]) != null || lexicon.isSurname(w[w.length - 1]);
        return person ? ActorType.PERSON : ActorType.ORGANIZATION;
    }

    /** A speaker the actor stage did not find ("said Wade Bassi" at a sentence start): added as an actor. */
    public ActorRef addSpeaker(String name, ActorType type, int start, int end) {
        if (byName == null) {
            byName = new HashMap<>();
            for (int i = 0; i < drafts.size(); i++) {
                index(i);
            }
        }
        Integer known = byName.get(name);
        if (known != null) {
            return new ActorRef(known);
        }
        ActorDraft d = new ActorDraft(name, type);
        d.key = "speaker:" + name;
        d.firstOffset = start;
        d.surfaces.add(name);
        d.id = "a" + (drafts.size() + 1);
        drafts.add(d);
        index(drafts.size() - 1);
        ActorRef ref = new ActorRef(drafts.size() - 1);
        MentionRef m = new MentionRef(start, end, ref);
        int at = firstMentionAtOrAfter(start);
        mentions.add(at, m);
        return ref;
    }

    private void index(int i) {
        ActorDraft d = drafts.get(i);
        byName.putIfAbsent(d.name, i);
        for (String surface : d.surfaces) {
            byName.putIfAbsent(surface, i);
        }
    }

    /** The speaker record of a quote by this actor; counts the quote for salience. */
    public Speaker speaker(ActorRef a) {
        ActorDraft d = drafts.get(a.index());
        d.quotes++;
        mostQuotes = Math.max(mostQuotes, d.quotes);
        return new Speaker(d.name, d.id);
    }

    /** A provisional salience, for ranking quotes before {@link #finish}; constant time, as it is asked per quote. */
    public double salience(ActorRef a) {
        if (mostMentions == 0) {
            mostMentions = maxMentions(); // mentions do not change once the set is built; speakers added have none
        }
        return salience(drafts.get(a.index()), mostMentions, mostQuotes);
    }

    /** The actors as they stand now. */
    public List<Actor> actors() {
        return build();
    }

    /** The final actors, with salience from mentions, quotes and how early they appear. */
    public List<Actor> finish(List<Quote> quotes) {
        return build();
    }

    private List<Actor> build() {
        int maxMentions = maxMentions();
        int maxQuotes = maxQuotes();
        List<Actor> out = new ArrayList<>();
        for (ActorDraft d : drafts) {
            List<String> aliases = new ArrayList<>();
            for (String s : d.surfaces) {
                if (!s.equals(d.name) && !aliases.contains(s)) {
                    aliases.add(s);
                }
            }
            out.add(new Actor(d.id, d.name, d.type, List.copyOf(d.roles), aliases, Math.max(1, d.mentions.size()),
                    Math.round(1000.0 * salience(d, maxMentions, maxQuotes)) / 1000.0));
        }
        return out;
    }

    private double salience(ActorDraft d, int maxMentions, int maxQuotes) {
        double mentionShare = (double) Math.max(1, d.mentions.size()) / maxMentions;
        double quoteShare = maxQuotes == 0 ? 0 : (double) d.quotes / maxQuotes;
        double early = 1.0 - Math.min(1.0, (double) Math.max(0, d.firstOffset) / textLength);
        return Math.min(1.0, 0.6 * mentionShare + 0.25 * quoteShare + 0.15 * early);
    }

    private int maxMentions() {
        int max = 1;
        for (ActorDraft d : drafts) {
            max = Math.max(max, d.mentions.size());
        }
        return max;
    }

    private int maxQuotes() {
        int max = 0;
        for (ActorDraft d : drafts) {
            max = Math.max(max, d.quotes);
        }
        return max;
    }
}
