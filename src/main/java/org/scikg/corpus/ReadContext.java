package org.scikg.corpus;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;

/** The state of one {@link CorpusReader#read} call: where records and problems go, and the counts. */
final class ReadContext {
    private final ProblemListener problems;
    private final Consumer<Paper> sink;
    private final ProgressListener progress;
    private long files;
    private long records;
    private long skipped;
    private long problemCount;
    private long bytesRead;

    ReadContext(ProblemListener problems, Consumer<Paper> sink, ProgressListener progress) {
        this.problems = Objects.requireNonNull(problems);
        this.sink = Objects.requireNonNull(sink);
        this.progress = Objects.requireNonNull(progress);
    }

    /** Reports a problem that does not cost a record (a whole file, a directory, a warning). */
    void report(SourceRef where, String kind, String message) {
        problemCount++;
        problems.report(new Problem(where, kind, message));
    }

    /** Reports a problem with one line or row, which is skipped. */
    void reject(SourceRef where, String kind, String message) {
        skipped++;
        report(where, kind, message);
    }

    void deliver(Paper paper) {
        records++;
        sink.accept(paper);
        progress.progress(bytesRead);
    }

    void fileOpened() {
        files++;
    }

    void fileDone() {
        progress.progress(bytesRead);
    }

    /** The stream, counting the bytes read through it towards progress reports. */
    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) bytesRead++;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) bytesRead += n;
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                bytesRead += skipped;
                return skipped;
            }

            @Override
            public boolean markSupported() {
                return false;
            }
        };
    }

    ReadStats stats() {
        return new ReadStats(files, records, skipped, problemCount);
    }
}
