package org.w3id.dgkg.rdf;

/**
 * Converts Java char indices of a text to Unicode code point indices, which is what the Web
 * Annotation offsets and SPARQL's STRLEN/SUBSTR count. Texts without surrogate pairs (all of
 * today's corpus) convert by identity.
 */
final class CodePoints {
    private final int[] prefix;

    CodePoints(String text) {
        if (text.codePointCount(0, text.length()) == text.length()) {
            prefix = null;
            return;
        }
        prefix = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            prefix[i] = cp;
            if (!Character.isLowSurrogate(text.charAt(i)))
                cp++;
        }
        prefix[text.length()] = cp;
    }

    int at(int charIndex) {
        return prefix == null ? charIndex : prefix[charIndex];
    }
}
