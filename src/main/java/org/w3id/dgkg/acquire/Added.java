package org.w3id.dgkg.acquire;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One document added to the corpus: its manifest id, the text file written (UTF-8), the kept
 * original (null when the text file is the original), what the file was, the manifest fields
 * with where each came from ("file" or "option"), and notes for the person (a conversion).
 */
public record Added(String id, Path textFile, Path originalFile, String mediaType, int characters,
        Map<String, String> fields, Map<String, String> sources, List<String> notes) {
    public Added {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        notes = List.copyOf(notes);
    }
}
