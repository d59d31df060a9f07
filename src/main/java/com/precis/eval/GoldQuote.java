package com.precis.eval;

/** One hand-annotated quote: the words inside the marks, who said it, and how the text names them. */
public record GoldQuote(String text, String speaker, String speakerMention, String kind) {
}
