package org.scikg.corpus;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Feeds the decoded lines of a {@link ByteLineReader} to the CSV parser as one character stream, each
 * line ended by {@code \n}. A rejected line (bad encoding, too long) is fed as an empty line so the
 * parser's line count stays equal to the physical one. Remembers which lines were empty, because the
 * parser skips them, to tell the physical line a record starts on; and stops a single record from
 * growing without bound (an unterminated quote swallows the rest of the file).
 */
final class CsvLineFeed extends Reader {
    /** Thrown through the CSV parser when one record passes the size limit. */
    static final class RecordTooLongException extends IOException {
        RecordTooLongException(long limit) {
            super("a record is longer than " + limit + " characters");
        }
    }

    private final ByteLineReader lines;
    private final long maxRecordChars;
    private final ArrayDeque<Long> emptyLines = new ArrayDeque<>();
    private String current = "";
    private int offset;
    private long charsSinceMark;

    CsvLineFeed(ByteLineReader lines, long maxRecordChars) {
        this.lines = lines;
        this.maxRecordChars = maxRecordChars;
    }

    @Override
    public int read(char[] target, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (offset >= current.length()) {
            ByteLineReader.Line line = lines.next();
            if (line == null) return -1;
            String text = line.text() == null ? "" : line.text();
            if (text.isEmpty()) emptyLines.addLast(line.number());
            current = text + "\n";
            offset = 0;
        }
        int n = Math.min(len, current.length() - offset);
        current.getChars(offset, offset + n, target, off);
        offset += n;
        charsSinceMark += n;
        if (charsSinceMark > maxRecordChars) throw new RecordTooLongException(maxRecordChars);
        return n;
    }

    /** Starts counting the characters of a new record. */
    void markRecordStart() {
        charsSinceMark = 0;
    }

    /**
     * The first non-empty line after {@code consumedLines}: where the parser's next record starts,
     * given the number of line ends it has consumed so far. Forgets empty lines before it.
     */
    long nextContentLine(long consumedLines) {
        long line = consumedLines + 1;
        while (!emptyLines.isEmpty() && emptyLines.peekFirst() < line) emptyLines.removeFirst();
        while (!emptyLines.isEmpty() && emptyLines.peekFirst() == line) {
            emptyLines.removeFirst();
            line++;
        }
        return line;
    }

    @Override
    public void close() {
        // the caller owns the underlying stream
    }
}
