package org.scikg.graph;

import org.scikg.ScikgException;

/** The store cannot be opened or written: missing, locked by another process, or damaged. */
public class StoreException extends ScikgException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
