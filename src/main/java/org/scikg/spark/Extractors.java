package org.scikg.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.scikg.extract.CoreNlpExtractor;
import org.scikg.extract.Extraction;
import org.scikg.extract.Vocabulary;
import org.scikg.link.Iris;

/**
 * What an executor JVM extracts with: one CoreNLP extractor and one vocabulary, made at first use for the job's
 * settings and shared by all the JVM's tasks (the models take seconds and gigabytes to load; the extractor is
 * thread-safe). In local mode the driver's JVM is the only one, so they are made once.
 */
final class Extractors {
    /**
     * How to make them: the user's vocabulary files travel with the settings, as name and bytes, so that
     * executors need no access to the driver's disk.
     */
    static final class Settings implements Serializable {
        private final List<String> names;
        private final List<byte[]> contents;
        private final boolean relations;
        private final String fingerprint;

        private Settings(List<String> names, List<byte[]> contents, boolean relations) {
            this.names = List.copyOf(names);
            this.contents = List.copyOf(contents);
            this.relations = relations;
            StringBuilder b = new StringBuilder(Boolean.toString(relations));
            for (int i = 0; i < names.size(); i++) b.append('\u0000').append(names.get(i)).append('\u0000').append(digest(contents.get(i)));
            this.fingerprint = Iris.sha256(b.toString());
        }

        private static String digest(byte[] bytes) {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Reads the vocabulary files (on the driver). */
        static Settings of(List<Path> vocabularies, boolean relations) {
            List<String> names = new ArrayList<>();
            List<byte[]> contents = new ArrayList<>();
            for (Path p : vocabularies) {
                try {
                    names.add(p.getFileName().toString());
                    contents.add(Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new org.scikg.ScikgException(p + ": vocabulary file not found or not readable", e);
                }
            }
            return new Settings(names, contents, relations);
        }
    }

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "scikg-extract");
        t.setDaemon(true);
        return t;
    });
    private static String loaded;
    private static Vocabulary vocabulary;
    private static CoreNlpExtractor extractor;

    private Extractors() {
    }

    /** The vocabulary of these settings, loaded once per JVM. */
    static synchronized Vocabulary vocabulary(Settings s) {
        if (!s.fingerprint.equals(loaded)) {
            vocabulary = Vocabulary.load(files(s));
            extractor = null;
            loaded = s.fingerprint;
        }
        return vocabulary;
    }

    /** The extractor of these settings, loaded once per JVM. */
    static synchronized CoreNlpExtractor extractor(Settings s) {
        Vocabulary v = vocabulary(s);
        if (extractor == null) extractor = CoreNlpExtractor.builder().vocabulary(v).relations(s.relations).build();
        return extractor;
    }

    /**
     * Extracts one text, giving up after the time limit as the build does: the extraction is interrupted and a
     * {@link TimeoutException} thrown.
     *
     * @throws ExecutionException with the extractor's own failure as its cause
     */
    static Extraction extract(CoreNlpExtractor x, String text, Duration limit)
            throws TimeoutException, ExecutionException, InterruptedException {
        Future<Extraction> f = POOL.submit(() -> x.extract(text));
        try {
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            f.cancel(true);
        }
    }

    private static List<Path> files(Settings s) {
        if (s.names.isEmpty()) return List.of();
        try {
            Path dir = Files.createTempDirectory("scikg-vocabulary");
            dir.toFile().deleteOnExit();
            List<Path> out = new ArrayList<>();
            for (int i = 0; i < s.names.size(); i++) {
                // each in a folder of its own: two files may share a name
                Path f = Files.createDirectory(dir.resolve(Integer.toString(i))).resolve(s.names.get(i));
                Files.write(f, s.contents.get(i));
                f.toFile().deleteOnExit();
                f.getParent().toFile().deleteOnExit();
                out.add(f);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the vocabulary files to a temporary folder", e);
        }
    }
}
