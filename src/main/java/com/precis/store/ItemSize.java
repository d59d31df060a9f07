package com.precis.store;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The size DynamoDB counts against its 400 KB item limit, computed as its documentation describes:
 * attribute names plus values, strings in UTF-8, numbers up to 21 bytes, 3 bytes per map or list
 * and 1 byte per element. Rounds up where the documentation is vague, never down.
 */
public final class ItemSize {

    /** DynamoDB's limit for one item, names included. */
    public static final int LIMIT_BYTES = 400 * 1024;

    private ItemSize() {
    }

    public static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += utf8(e.getKey()) + of(e.getValue());
        }
        return size;
    }

    static long of(AttributeValue v) {
        return switch (v.type()) {
            case S -> utf8(v.s());
            case N -> Math.min(21, v.n().length() / 2 + 2);
            case B -> v.b().asByteArrayUnsafe().length;
            case BOOL, NUL -> 1;
            case M -> {
                long s = 3;
                for (Map.Entry<String, AttributeValue> e : v.m().entrySet()) {
                    s += 1 + utf8(e.getKey()) + of(e.getValue());
                }
                yield s;
            }
            case L -> {
                long s = 3;
                for (AttributeValue element : v.l()) {
                    s += 1 + of(element);
                }
                yield s;
            }
            case SS -> v.ss().stream().mapToLong(ItemSize::utf8).sum() + 3;
            default -> 1024; // types Precis never writes: count them generously
        };
    }

    static long utf8(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }


    /** How many chars of s fit in maxBytes of UTF-8, never splitting a surrogate pair. */
    static int prefixChars(String s, long maxBytes) {
        long bytes = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int width = c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : 3;
            int chars = Character.isHighSurrogate(c) ? 2 : 1;
            if (bytes + width > maxBytes) {
                break;
            }
            bytes += width;
            i += chars;
        }
        return i;
    }
}
