package org.scikg.corpus;

import java.io.IOException;

/** Turns the lines of one input in one format into papers and problems. */
interface RecordParser {
    /**
     * Reads all records from {@code lines}, delivering papers and reporting problems to {@code context}.
     *
     * @throws IOException from the underlying stream (e.g. truncated gzip); the caller reports it
     */
    void parse(ByteLineReader lines, String file, ReadContext context) throws IOException;
}
