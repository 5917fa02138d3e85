package org.scikg.corpus;

/**
 * The stable {@link Problem#kind()} values the corpus reader reports. Kinds marked "record" mean one
 * line or row was skipped and reading went on; "file" kinds concern a whole file or directory.
 */
public final class ProblemKinds {
    /** Record: a non-blank {@code lines} line without the {@code Abstract:} prefix. */
    public static final String NO_PREFIX = "no-prefix";
    /** Record: no abstract text (missing, blank or not a string). */
    public static final String NO_ABSTRACT = "no-abstract";
    /** Record: a JSON Lines line that is not one valid JSON object. */
    public static final String INVALID_JSON = "invalid-json";
    /** Record: a line that is not valid UTF-8. */
    public static final String BAD_ENCODING = "bad-encoding";
    /** Record: a line longer than the configured maximum. */
    public static final String LINE_TOO_LONG = "line-too-long";
    /** File: CSV syntax error such as an unterminated quote; the rest of the file is given up. */
    public static final String CSV_SYNTAX = "csv-syntax";
    /** File: one CSV record grows past the maximum size (usually an unterminated quote); rest given up. */
    public static final String RECORD_TOO_LONG = "record-too-long";
    /** File: a CSV or TSV header without an {@code abstract} column; the file is skipped. */
    public static final String NO_ABSTRACT_COLUMN = "no-abstract-column";
    /** File: gzip data ends early; records before that point were kept. */
    public static final String TRUNCATED_GZIP = "truncated-gzip";
    /** File: gzip data is corrupt. */
    public static final String CORRUPT_GZIP = "corrupt-gzip";
    /** File: any other I/O error while reading. */
    public static final String READ_ERROR = "read-error";
    /** File: NUL bytes in the first 8 KB; skipped. */
    public static final String BINARY_FILE = "binary-file";
    /** File: no content at all (a warning). */
    public static final String EMPTY_FILE = "empty-file";
    /** Directory: no visible files below it. */
    public static final String EMPTY_DIRECTORY = "empty-directory";
    /** Path: does not exist. */
    public static final String NOT_FOUND = "not-found";
    /** Path: exists but cannot be read or listed. */
    public static final String UNREADABLE = "unreadable";

    private ProblemKinds() {
    }
}
