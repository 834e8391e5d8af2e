package org.w3id.dgkg.ingest;

import java.nio.file.Path;
import org.w3id.dgkg.DgkgException;

/** A source document or the manifest cannot be read as dgkg needs it. */
public class CorpusException extends DgkgException {
    private final Path file;

    public CorpusException(Path file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public CorpusException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
