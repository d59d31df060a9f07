package com.precis.actors;

import com.precis.ner.NerTagger;
import com.precis.ner.NerText;
import com.precis.text.ArticleText;
import com.precis.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the people, organisations, governments and places an article talks about: names found by
 * the trained tagger (English) with the rules' titles, known names and state bodies written in lower
 * case ({@link TaggedMentions}), or in other languages names the lexicons know or strong evidence
 * shows ({@link StrongMentions}); merged across their aliases, with the roles the text gives them. Build it once with {@link #standard()}: that
 * loads the lexicons; extraction is then one pass over the tokens plus per-name merging.
 */
public final class ActorExtractor {

    private final MentionScanner scanner;
    private final InstitutionPhrases institutions;
    private final ActorResolver resolver;
    private final AppositiveRoles roles;
    private final NameLexicon lexicon;
    private final NerTagger tagger;
    private final TaggedMentions tagged;

    /** Without a tagger: names from the rules and lexicons alone (what a language without a model gets). */
    public ActorExtractor(NameLexicon lexicon, Gazetteer gazetteer) {
        this(lexicon, gazetteer, null);
    }

    public ActorExtractor(NameLexicon lexicon, Gazetteer gazetteer, NerTagger tagger) {
        this.scanner = new MentionScanner(lexicon, gazetteer);
        this.tagger = tagger;
        this.tagged = new TaggedMentions(scanner, lexicon);
        this.institutions = new InstitutionPhrases(gazetteer);
        this.resolver = new ActorResolver(lexicon, gazetteer);
        this.roles = new AppositiveRoles(lexicon, gazetteer);
        this.lexicon = lexicon;
    }

    /** The lexicons and the trained name tagger, loaded once. */
    public static ActorExtractor standard() {
        NameLexicon lexicon = NameLexicon.standard();
        Gazetteer gazetteer = Gazetteer.standard();
        return new ActorExtractor(lexicon, gazetteer, NerTagger.standard(lexicon, gazetteer));
    }

    public ActorSet extract(ArticleText text) {
        Tokens tokens = Tokens.of(text.text());
        boolean[] initial = MentionScanner.initialTokens(text, tokens);
        DocumentWords words = new DocumentWords(tokens, initial, lexicon);
        List<Mention> rules = scanner.scan(text, tokens, words);
        List<Mention> mentions = new ArrayList<>();
        if (tagger != null && hasModel(text.language())) {
            NerText read = tagger.read(tokens, sentenceRanges(text));
            mentions.addAll(tagged.merge(rules, tagger.tag(read), read, words));
        } else {
            mentions.addAll(StrongMentions.keep(rules, tokens, lexicon));
        }
        institutions.scan(tokens, mentions);
        for (Mention m : mentions) {
            if (m.role != null) {
                m.role = roles.normalise(m.role);
            }
        }
        List<ActorDraft> drafts = resolver.resolve(mentions, tokens);
        roles.find(drafts, tokens);
        return new ActorSet(tokens, drafts, lexicon);
    }

    /** The tagger is trained on English; text whose language was not detected is read as English. */
    static boolean hasModel(String language) {
        return language == null || language.equals("en");
    }

    private static List<int[]> sentenceRanges(ArticleText text) {
        List<int[]> ranges = new ArrayList<>(text.sentences().size());
        for (Sentence s : text.sentences()) {
            ranges.add(new int[] {s.start(), s.end()});
        }
        return ranges;
    }
}
