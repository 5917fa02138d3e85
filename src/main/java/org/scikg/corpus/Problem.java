package org.scikg.corpus;

/**
 * A problem met while reading or processing the corpus, with its position.
 *
 * @param where   file and line (line 0 where none applies)
 * @param kind    a short stable category, e.g. {@code invalid-json}, {@code no-abstract}, {@code bad-encoding}
 * @param message a sentence for the user, without the position (that is printed from {@code where})
 */
public record Problem(SourceRef where, String kind, String message) implements java.io.Serializable {
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
