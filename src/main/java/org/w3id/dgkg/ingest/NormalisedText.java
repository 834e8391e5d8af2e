package org.w3id.dgkg.ingest;

import java.util.Arrays;
import java.util.Objects;

/**
 * Text after PDF artefacts are removed, where every character remembers the index of the
 * original character it came from. Offsets here are Java {@code char} indices on both sides;
 * {@link SourceDocument#originalLength()} and the RDF writer convert to code points.
 */
public final class NormalisedText {
    private final String text;
    private final int[] toOriginal;

    private NormalisedText(String text, int[] toOriginal) {
        this.text = text;
        this.toOriginal = toOriginal;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Index in the original text of normalised character {@code i}. */
    public int originalIndex(int i) {
        Objects.checkIndex(i, toOriginal.length);
        return toOriginal[i];
    }

    /**
     * The original range covering a normalised range: from the first character's origin to just
     * after the last character's origin. Whatever was removed in between (a line break, a page
     * header) lies inside the returned range.
     */
    public Span toOriginal(Span normalised) {
        if (normalised.end() > text.length())
            throw new IndexOutOfBoundsException("span " + normalised + " beyond text of length " + text.length());
        return new Span(toOriginal[normalised.start()], toOriginal[normalised.end() - 1] + 1);
    }

    public static Builder builder(int capacity) {
        return new Builder(capacity);
    }

    /** Appends characters with their origin; origins must not decrease. */
    public static final class Builder {
        private final StringBuilder text;
        private int[] origins;

        private Builder(int capacity) {
            this.text = new StringBuilder(capacity);
            this.origins = new int[Math.max(16, capacity)];
        }

        public Builder append(char c, int originalIndex) {
            int n = text.length();
            if (n > 0 && originalIndex < origins[n - 1])
                throw new IllegalArgumentException("origin " + originalIndex + " before previous " + origins[n - 1]);
            if (n == origins.length)
                origins = Arrays.copyOf(origins, n * 2);
            origins[n] = originalIndex;
            text.append(c);
            return this;
        }

        public int length() {
            return text.length();
        }

        public char charAt(int i) {
            return text.charAt(i);
        }

        public char last() {
            return text.charAt(text.length() - 1);
        }

        /** Removes the last {@code n} characters (e.g. a trailing space before a join). */
        public Builder truncate(int n) {
            text.setLength(text.length() - n);
            return this;
        }

        public NormalisedText build() {
            return new NormalisedText(text.toString(), Arrays.copyOf(origins, text.length()));
        }
    }
}
