package com.precis.quotes;

import com.precis.actors.ActorSet;
import com.precis.document.Quote;
import com.precis.document.QuoteKind;
import com.precis.text.ArticleText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the direct quotes of an article and who said them. */
public final class QuoteExtractor {

    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{1,2000})[”\"]");

    public static QuoteExtractor standard() {
        return new QuoteExtractor();
    }

    public List<Quote> extract(ArticleText text, ActorSet actors) {
        List<Quote> quotes = new ArrayList<>();
        Matcher m = QUOTED.matcher(text.text());
        while (m.find()) {
            int words = m.group(1).split("\\s+").length;
            if (words < 4) {
                continue;
            }
            quotes.add(new Quote(m.group(1), null, null, QuoteKind.DIRECT, false,
                    text.sentenceAt(m.start()).index(), false));
        }
        return quotes;
    }
}
