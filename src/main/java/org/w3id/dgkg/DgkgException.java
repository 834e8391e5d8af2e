package org.w3id.dgkg;

/**
 * The one unchecked exception of dgkg. Each subclass is one kind of failure, and its message is
 * written for the person who has to fix the input: what is wrong, where, and what to do.
 */
public class DgkgException extends RuntimeException {
    public DgkgException(String message) {
        super(message);
    }

    public DgkgException(String message, Throwable cause) {
        super(message, cause);
    }
}
