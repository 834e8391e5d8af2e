package org.w3id.dgkg.acquire;

import java.nio.file.Path;
import org.w3id.dgkg.DgkgException;

/** A file cannot be added to the corpus; the message says why and what to do. Nothing was written. */
public class AddException extends DgkgException {
    public AddException(Path file, String message) {
        super(file + ": " + message);
    }

    public AddException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
    }
}
