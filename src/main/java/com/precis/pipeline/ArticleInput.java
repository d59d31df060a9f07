package com.precis.pipeline;

/**
 * The raw bytes of one article with what is known about them: the content type declared by the
 * store (may be null) and the object's name, whose extension hints at the format (may be null).
 */
public record ArticleInput(byte[] bytes, String contentType, String name) {

    public ArticleInput {
        if (bytes == null) {
            throw new IllegalArgumentException("bytes must not be null");
        }
    }
}
