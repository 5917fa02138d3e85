package org.scikg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.scikg.corpus.CorpusReader;
import org.scikg.corpus.InputFormat;
import org.scikg.corpus.Problem;
import org.scikg.corpus.ProblemKinds;
import org.scikg.corpus.SourceRef;

/**
 * The records of one input file, as an iterator for a Spark task: the project's {@link CorpusReader} parses the
 * file on a thread of its own and hands each paper and problem over through a small queue, so that a file of any
 * size is read in bounded memory. {@link #close()} (the task ended or was killed) stops the reading thread.
 */
final class FileReads implements Iterator<Inputs.Read>, AutoCloseable {
    private static final Object END = new Object();

    /** Thrown inside the reading thread to stop it once the consumer is gone. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** What the reading thread failed with, handed to the consumer to rethrow. */
    private record Failure(Throwable error) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(256);
    private final Inputs.InputFile file;
    private final Thread reader;
    private volatile boolean closed;
    private Object next;

    private FileReads(Inputs.InputFile file, InputFormat format, Configuration conf) {
        this.file = file;
        this.reader = new Thread(() -> read(format, conf), "scikg-read " + file.name());
        reader.setDaemon(true);
    }

    /** Starts reading the file; the caller must close the iterator. */
    static FileReads open(Inputs.InputFile file, InputFormat format, Configuration conf) {
        FileReads reads = new FileReads(file, format, conf);
        reads.reader.start();
        return reads;
    }

    private void read(InputFormat format, Configuration conf) {
        try {
            CorpusReader reader = CorpusReader.builder().format(format)
                    .problems(p -> put(new Inputs.Read(Inputs.order(file.index(), p.where().line()), null, p))).build();
            InputStream in;
            Path path = new Path(file.uri());
            try {
                in = path.getFileSystem(conf).open(path);
            } catch (IOException e) {
                put(new Inputs.Read(Inputs.order(file.index(), 0), null, new Problem(SourceRef.ofFile(file.name()),
                        ProblemKinds.UNREADABLE, "cannot open: " + e.getMessage() + "; skipped")));
                put(END);
                return;
            }
            reader.read(in, file.name(), p -> put(new Inputs.Read(Inputs.order(file.index(), p.source().line()), p, null)));
            put(END);
        } catch (Stopped e) {
            // the consumer is gone
        } catch (Throwable e) {
            queue.offer(new Failure(e));
        }
    }

    private void put(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) throw new Stopped();
            }
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + file.name(), e);
            }
        }
        if (next instanceof Failure f) throw new IllegalStateException("reading " + file.name() + " failed: " + f.error(), f.error());
        return next != END;
    }

    @Override
    public Inputs.Read next() {
        if (!hasNext()) throw new NoSuchElementException();
        Inputs.Read r = (Inputs.Read) next;
        next = null;
        return r;
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
    }
}
