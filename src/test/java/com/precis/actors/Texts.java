package com.precis.actors;

import com.precis.text.ArticleText;
import com.precis.text.Block;
import com.precis.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/** Builds article texts from hand-written paragraphs for the tests. */
public final class Texts {

    private static final SentenceSplitter SPLITTER = SentenceSplitter.standard();

    private Texts() {
    }

    public static ArticleText of(String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(Block.paragraph(p));
        }
        return ArticleText.of(blocks, "en", SPLITTER);
    }
}
