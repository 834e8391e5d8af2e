package org.w3id.dgkg.store;

import org.w3id.dgkg.DgkgException;

/** The database directory cannot be read, created or switched. */
public class StoreException extends DgkgException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
