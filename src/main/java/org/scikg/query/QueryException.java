package org.scikg.query;

import org.scikg.ScikgException;

/** A query that cannot be run: a syntax error (with line:column), an unknown name, a timeout. */
public class QueryException extends ScikgException {
    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
