package org.scikg.extract;

import org.scikg.ScikgException;

/** Extraction failed for a reason the user can act on (a broken vocabulary, a misassembled pipeline). */
public class ExtractionException extends ScikgException {
    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
