package org.scikg.corpus;

import org.scikg.ScikgException;

/**
 * A corpus error that is the caller's fault rather than the data's: no inputs, a null argument, an
 * unknown format name. Problems in the data itself are never thrown; they go to the
 * {@link ProblemListener}.
 */
public class CorpusException extends ScikgException {
    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
