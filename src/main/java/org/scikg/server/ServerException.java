package org.scikg.server;

import org.scikg.ScikgException;

/** A server that cannot be configured or started: a bad option, a port in use, a missing asset. */
public class ServerException extends ScikgException {
    public ServerException(String message) {
        super(message);
    }

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
