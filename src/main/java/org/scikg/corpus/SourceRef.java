package org.scikg.corpus;

/**
 * Where a record (or a problem) sits in the input: the file as the user named it (or {@code "-"} for
 * standard input; for a member of a directory, the path of the file below it) and the 1-based line.
 * A line of 0 means no line applies (a whole file, a directory, a missing path).
 */
public record SourceRef(String file, long line) implements java.io.Serializable {
    public SourceRef {
        if (file == null) throw new IllegalArgumentException("file");
        if (line < 0) throw new IllegalArgumentException("line < 0");
    }

    public static SourceRef ofFile(String file) {
        return new SourceRef(file, 0);
    }

    /** {@code file:line}, or {@code file} alone when no line applies. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
