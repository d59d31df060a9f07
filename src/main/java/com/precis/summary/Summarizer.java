package com.precis.summary;

import com.precis.document.Actor;
import com.precis.document.Quote;
import com.precis.text.ArticleText;
import com.precis.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Chooses the sentences of the extractive summary, returned in article order. */
public final class Summarizer {

    public static Summarizer standard() {
        return new Summarizer();
    }

    public List<String> summarize(ArticleText text, String title, List<Actor> actors, List<Quote> quotes) {
        List<String> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (!s.heading() && out.size() < 3) {
                out.add(s.text());
            }
        }
        return out;
    }
}
