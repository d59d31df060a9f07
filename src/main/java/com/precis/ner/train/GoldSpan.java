package com.precis.ner.train;

import com.precis.ner.EntityType;

/** An annotated name: characters [start, end) of its document's text (UTF-16 offsets), and its type. */
public record GoldSpan(int start, int end, EntityType type) {
}
