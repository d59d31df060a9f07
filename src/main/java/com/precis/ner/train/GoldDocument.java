package com.precis.ner.train;

import java.util.List;

/** One annotated document (or paragraph, or run of sentences) of a corpus, labels already mapped. */
public record GoldDocument(String id, String text, List<GoldSpan> spans, String genre) {
}
