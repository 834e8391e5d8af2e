package org.w3id.dgkg.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** All documents of a corpus directory, in manifest order. */
public record Corpus(Path directory, List<SourceDocument> documents) {
    public Corpus {
        documents = List.copyOf(documents);
    }

    public Optional<SourceDocument> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
