package org.scikg.viz;

import org.scikg.ScikgException;

/** A visualisation could not be built or written: no store, no matching entity, a bad query or an I/O failure. */
public class VizException extends ScikgException {
    public VizException(String message) {
        super(message);
    }

    public VizException(String message, Throwable cause) {
        super(message, cause);
    }
}
