package org.w3id.dgkg.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * A corpus document: its metadata, the original text exactly as decoded from the file, the
 * normalised text that extraction reads, and its sentences.
 */
public record SourceDocument(
        DocumentMeta meta,
        Path path,
        String original,
        String sha256,
        NormalisedText normalised,
        List<Sentence> sentences) {
    public SourceDocument {
        sentences = List.copyOf(sentences);
    }

    public String id() {
        return meta.id();
    }

    /** Length of the original text in Unicode code points (what SPARQL's STRLEN counts). */
    public int originalLength() {
        return original.codePointCount(0, original.length());
    }
}
