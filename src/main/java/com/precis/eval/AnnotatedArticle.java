package com.precis.eval;

import java.util.List;

/**
 * One article of the evaluation set: the body as blocks (the .txt, blocks separated by a blank
 * line) and what a person reading it annotated (the .json; see eval/annotated/README.md).
 */
public record AnnotatedArticle(String id, String language, List<String> blocks, List<GoldQuote> quotes,
                               List<String> terms, List<GoldActor> actors) {

    public AnnotatedArticle {
        blocks = List.copyOf(blocks);
        quotes = List.copyOf(quotes);
        terms = List.copyOf(terms);
        actors = List.copyOf(actors);
    }
}
