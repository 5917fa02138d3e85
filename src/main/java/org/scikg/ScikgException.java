package org.scikg;

/**
 * The one unchecked base type of every error scikg reports to its user. Subtypes name the subsystem
 * (corpus, extraction, query, export, configuration); the CLI maps them all to exit code 1 and prints
 * only the message unless {@code --verbose} is given.
 */
public class ScikgException extends RuntimeException {
    public ScikgException(String message) {
        super(message);
    }

    public ScikgException(String message, Throwable cause) {
        super(message, cause);
    }
}
