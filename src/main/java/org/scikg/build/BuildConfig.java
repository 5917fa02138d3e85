package org.scikg.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.scikg.ScikgException;
import org.scikg.corpus.InputFormat;
import org.scikg.link.Iris;

/**
 * What to build from, immutable once built.
 *
 * @param inputs        files, folders or "-" (at least one)
 * @param format        a format for every input, or null to detect by extension
 * @param vocabularies  user vocabulary files added to the bundled one
 * @param threads       extraction workers (default: the number of cores)
 * @param batchSize     papers per write transaction (default 200)
 * @param base          base IRI of instances
 * @param relations     whether to extract relations and results (default true)
 * @param timeLimit     the longest one abstract's extraction may take before it is skipped (default 60 s)
 */
public record BuildConfig(List<String> inputs, InputFormat format, List<Path> vocabularies, int threads,
                          int batchSize, String base, boolean relations, Duration timeLimit) {
    public BuildConfig {
        inputs = List.copyOf(inputs);
        vocabularies = List.copyOf(vocabularies);
        if (inputs.isEmpty()) throw new ScikgException("name at least one input: a file, a folder or - for standard input");
        if (threads < 1) throw new ScikgException("--threads must be at least 1, not " + threads);
        if (batchSize < 1) throw new ScikgException("--batch must be at least 1, not " + batchSize);
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(timeLimit, "timeLimit");
    }

    public static BuildConfig of(List<String> inputs) {
        return new BuildConfig(inputs, null, List.of(), Runtime.getRuntime().availableProcessors(), 200,
                Iris.DEFAULT_BASE, true, Duration.ofSeconds(60));
    }

    public BuildConfig withThreads(int n) {
        return new BuildConfig(inputs, format, vocabularies, n, batchSize, base, relations, timeLimit);
    }

    public BuildConfig withFormat(InputFormat f) {
        return new BuildConfig(inputs, f, vocabularies, threads, batchSize, base, relations, timeLimit);
    }

    public BuildConfig withVocabularies(List<Path> v) {
        return new BuildConfig(inputs, format, v, threads, batchSize, base, relations, timeLimit);
    }

    public BuildConfig withBase(String b) {
        return new BuildConfig(inputs, format, vocabularies, threads, batchSize, b, relations, timeLimit);
    }

    public BuildConfig withBatchSize(int b) {
        return new BuildConfig(inputs, format, vocabularies, threads, b, base, relations, timeLimit);
    }

    public BuildConfig withTimeLimit(Duration d) {
        return new BuildConfig(inputs, format, vocabularies, threads, batchSize, base, relations, d);
    }
}
