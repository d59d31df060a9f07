package com.precis.clean;

import com.precis.clean.BoilerplateLexicon.Kind;
import com.precis.text.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops the short blocks that survive inside an article container but are page furniture: share
 * and follow bars, "Advertisement" labels, calls to subscribe or sign up, links labelled
 * "Related:" or "Lire aussi :", and a heading that repeats the title.
 */
final class BlockFilter {

    private static final int SHORT_WORDS = 12;
    private static final int LINK_LABEL_WORDS = 25;

    private final BoilerplateLexicon lexicon;

    BlockFilter(BoilerplateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Block> filter(List<Block> blocks, String title) {
        List<Block> kept = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            String text = b.text();
            int words = TextDumpCleaner.wordCount(text);
            if (words <= SHORT_WORDS && (lexicon.isShareBar(text) || lexicon.isExactly(Kind.AD_LABEL, text)
                    || lexicon.mentions(Kind.SHARE_PHRASE, text) || lexicon.mentions(Kind.PROMO, text))
                    || words <= LINK_LABEL_WORDS && !b.heading() && lexicon.isLabelledLink(text)) {
                continue;
            }
            if (b.heading() && title != null && TitleSimilarity.of(title, text) > 0.9
                    && TitleSimilarity.of(text, title) > 0.9) {
                continue;
            }
            kept.add(b);
        }
        return kept;
    }
}
