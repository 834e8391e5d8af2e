package org.w3id.dgkg.ingest;

/**
 * Turns a PDF-extracted text into clean running text with an offset map back to the original.
 * PLACEHOLDER: joins lines and drops line breaks only; the full normaliser replaces this.
 */
public final class Normaliser {
    private final DocumentMeta meta;

    private Normaliser(DocumentMeta meta) {
        this.meta = meta;
    }

    public static Normaliser forDocument(DocumentMeta meta) {
        return new Normaliser(meta);
    }

    public NormalisedText normalise(String original) {
        NormalisedText.Builder b = NormalisedText.builder(original.length());
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c == '\n' || c == '\r')
                continue;
            b.append(c, i);
        }
        return b.build();
    }
}
