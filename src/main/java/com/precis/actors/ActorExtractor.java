package com.precis.actors;

import com.precis.text.ArticleText;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the people, organisations, governments and places an article talks about: capitalised
 * names typed by gazetteers, titles and keywords, state bodies written in lower case, merged across
 * their aliases, with the roles the text gives them. Build it once with {@link #standard()}: that
 * loads the lexicons; extraction is then one pass over the tokens plus per-name merging.
 */
public final class ActorExtractor {

    private final MentionScanner scanner;
    private final InstitutionPhrases institutions;
    private final ActorResolver resolver;
    private final AppositiveRoles roles;
    private final NameLexicon lexicon;

    public ActorExtractor(NameLexicon lexicon, Gazetteer gazetteer) {
        this.scanner = new MentionScanner(lexicon, gazetteer);
        this.institutions = new InstitutionPhrases(gazetteer);
        this.resolver = new ActorResolver(lexicon, gazetteer);
        this.roles = new AppositiveRoles(lexicon, gazetteer);
        this.lexicon = lexicon;
    }

    public static ActorExtractor standard() {
        return new ActorExtractor(NameLexicon.standard(), Gazetteer.standard());
    }

    public ActorSet extract(ArticleText text) {
        Tokens tokens = Tokens.of(text.text());
        boolean[] initial = MentionScanner.initialTokens(text, tokens);
        DocumentWords words = new DocumentWords(tokens, initial, lexicon);
        List<Mention> mentions = new ArrayList<>(scanner.scan(text, tokens, words));
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
}
