package com.precis.eval;

/**
 * How the cleaner did on one page: the HTML and text-dump bodies against the gold, the whole page
 * text as the floor, the plain-text article made of the gold headline and body (and the title found in
 * it, as is and with a full stop after the headline), the title (and the dump's first line, to tell dumps that open with their headline), and for each metadata field whether the page states it and whether
 * the cleaner filled it.
 */
public record PageResult(
        String name,
        String kind,
        ShingleMatch html,
        ShingleMatch dump,
        ShingleMatch floor,
        ShingleMatch plain,
        String goldTitle,
        String htmlTitle,
        String dumpTitle,
        String dumpFirstLine,
        String plainTitle,
        String plainStopTitle,
        MetadataFill fill,
        long htmlNanos,
        long dumpNanos,
        boolean handWrittenGold) {

    public boolean counts() {
        return kind.equals("article");
    }

    public boolean htmlTitleRight() {
        return goldTitle != null && TitleMatch.same(goldTitle, htmlTitle);
    }

    public boolean dumpTitleRight() {
        return goldTitle != null && TitleMatch.same(goldTitle, dumpTitle);
    }

    public boolean plainTitleRight() {
        return goldTitle != null && TitleMatch.same(goldTitle, plainTitle);
    }

    public boolean plainStopTitleRight() {
        return goldTitle != null && TitleMatch.same(goldTitle + ".", plainStopTitle);
    }

    /** The dump opens with the headline, as plain-text articles do. */
    public boolean dumpOpensWithTitle() {
        return goldTitle != null && TitleMatch.same(goldTitle, dumpFirstLine);
    }

    /** Per field: stated by the page, filled by the HTML cleaner, filled by the text-dump cleaner. */
    public record MetadataFill(boolean[] stated, boolean[] html, boolean[] dump) {
        public static final String[] FIELDS = {"publishedAt", "authors", "publisher", "url"};
    }
}
