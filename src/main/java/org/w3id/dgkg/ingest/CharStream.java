package org.w3id.dgkg.ingest;

import java.util.Arrays;

/**
 * A mutable sequence of characters with their original indices and a flag for characters that
 * begin a joined line. The normaliser's passes read one stream and write a filtered copy.
 */
final class CharStream {
    private char[] chars;
    private int[] origins;
    private boolean[] lineStarts;
    private int size;

    CharStream(int capacity) {
        chars = new char[Math.max(16, capacity)];
        origins = new int[chars.length];
        lineStarts = new boolean[chars.length];
    }

    void append(char c, int origin, boolean lineStart) {
        if (size == chars.length) {
            chars = Arrays.copyOf(chars, size * 2);
            origins = Arrays.copyOf(origins, size * 2);
            lineStarts = Arrays.copyOf(lineStarts, size * 2);
        }
        chars[size] = c;
        origins[size] = origin;
        lineStarts[size] = lineStart;
        size++;
    }

    int size() {
        return size;
    }

    char charAt(int i) {
        return chars[i];
    }

    /** The character at {@code i}, or 0 outside the stream. */
    char at(int i) {
        return i >= 0 && i < size ? chars[i] : 0;
    }

    int origin(int i) {
        return origins[i];
    }

    /** Position {@code i} starts a line; the end of the stream starts none (look-aheads reach it). */
    boolean lineStart(int i) {
        return i >= 0 && i < size && lineStarts[i];
    }

    String text() {
        return new String(chars, 0, size);
    }

    /** A copy without the characters marked in {@code drop}; a dropped line start passes its flag on. */
    CharStream without(boolean[] drop) {
        CharStream out = new CharStream(size);
        boolean pendingLineStart = false;
        for (int i = 0; i < size; i++) {
            if (drop[i]) {
                pendingLineStart |= lineStarts[i];
                continue;
            }
            out.append(chars[i], origins[i], lineStarts[i] || pendingLineStart);
            pendingLineStart = false;
        }
        return out;
    }

    NormalisedText toNormalisedText() {
        NormalisedText.Builder b = NormalisedText.builder(size);
        for (int i = 0; i < size; i++)
            b.append(chars[i], origins[i]);
        return b.build();
    }
}
