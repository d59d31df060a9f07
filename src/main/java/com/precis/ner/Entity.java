package com.precis.ner;

/** A name the tagger found: tokens [firstToken, endToken) of the text's {@code Tokens}, and its type. */
public record Entity(int firstToken, int endToken, EntityType type) {
}
