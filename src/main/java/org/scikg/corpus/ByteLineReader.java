package org.scikg.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into physical lines at {@code \n} (dropping a trailing {@code \r}) and decodes
 * each line as strict UTF-8 on its own, so one bad line costs only itself. A UTF-8 byte order mark at
 * the start is dropped. Lines that are not valid UTF-8 or longer than the limit are reported to the
 * context and returned with a null text, so callers keep their line numbers.
 */
final class ByteLineReader {
    /** One physical line, 1-based; {@code text} is null when the line was rejected (already reported). */
    record Line(long number, String text) {
    }

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int SHRINK_ABOVE = 4 * 1024 * 1024;

    private final InputStream in;
    private final String file;
    private final ReadContext context;
    private final long maxLineBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private byte[] line = new byte[1024];
    private int lineLength;
    private long lineNumber;
    /** A read failure met while peeking, thrown once the lines read before it have been returned. */
    private IOException deferred;

    ByteLineReader(InputStream in, String file, ReadContext context, long maxLineBytes) {
        this.in = in;
        this.file = file;
        this.context = context;
        this.maxLineBytes = maxLineBytes;
    }

    /** Lines returned so far; the line being read when an exception is thrown is this plus one. */
    long lineNumber() {
        return lineNumber;
    }

    /**
     * Up to {@code n} (at most 64 KB) bytes from the start of the content, without consuming them. A read
     * failure after the first bytes (a truncated .gz) is deferred until the lines before it are read.
     */
    byte[] peek(int n) throws IOException {
        start();
        int wanted = Math.min(n, BUFFER_SIZE);
        try {
            while (limit - pos < wanted && fill()) {
                // keep filling: a stream may return fewer bytes than asked
            }
        } catch (IOException e) {
            if (limit == pos) throw e;
            deferred = e;
        }
        return Arrays.copyOfRange(buffer, pos, pos + Math.min(wanted, limit - pos));
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        start();
        if (pos >= limit && !fill()) return null;
        if (line.length > SHRINK_ABOVE) line = new byte[1024];
        lineLength = 0;
        long total = 0;
        while (pos < limit || fill()) {
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            total += end - pos;
            if (total <= maxLineBytes) append(end - pos);
            pos = newline < 0 ? end : end + 1;
            if (newline >= 0) break;
        }
        lineNumber++;
        if (total > maxLineBytes) {
            context.reject(new SourceRef(file, lineNumber), ProblemKinds.LINE_TOO_LONG,
                    "line is longer than " + maxLineBytes + " bytes (" + total + "); skipped");
            return new Line(lineNumber, null);
        }
        if (lineLength > 0 && line[lineLength - 1] == '\r') lineLength--;
        return new Line(lineNumber, decode());
    }

    private void start() throws IOException {
        if (started) return;
        started = true;
        while (limit - pos < 3 && fill()) {
            // a BOM needs three bytes
        }
        if (limit - pos >= 3 && (buffer[pos] & 0xFF) == 0xEF && (buffer[pos + 1] & 0xFF) == 0xBB
                && (buffer[pos + 2] & 0xFF) == 0xBF) {
            pos += 3;
        }
    }

    /** Reads more bytes after {@code limit}; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (deferred != null) {
            IOException e = deferred;
            deferred = null;
            throw e;
        }
        if (eof) return false;
        if (pos == limit) {
            pos = 0;
            limit = 0;
        } else if (limit == buffer.length) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    private int indexOfNewline() {
        for (int i = pos; i < limit; i++) {
            if (buffer[i] == '\n') return i;
        }
        return -1;
    }

    private void append(int n) {
        if (lineLength + n > line.length) {
            long wanted = Math.max((long) line.length * 2, (long) lineLength + n);
            line = Arrays.copyOf(line, (int) Math.min(wanted, maxLineBytes));
        }
        System.arraycopy(buffer, pos, line, lineLength, n);
        lineLength += n;
    }

    private String decode() {
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, lineLength);
        CharBuffer chars = CharBuffer.allocate(lineLength);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) result = decoder.flush(chars);
        if (result.isError()) {
            context.reject(new SourceRef(file, lineNumber), ProblemKinds.BAD_ENCODING,
                    "line is not valid UTF-8 (bad byte at offset " + bytes.position() + "); skipped");
            return null;
        }
        return chars.flip().toString();
    }
}
