package org.scikg.spark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.scikg.ScikgException;
import org.scikg.corpus.InputFormat;
import org.scikg.link.Iris;

/**
 * What the Spark job builds from and where it writes, immutable once built.
 *
 * @param inputs       files or folders, local paths or URIs of any file system Hadoop reaches (at least one)
 * @param output       the folder of part files to make (must not exist), a local path or URI
 * @param format       a format for every input, or null to detect it by extension
 * @param vocabularies user vocabulary files (on the driver's disk) added to the bundled one
 * @param partitions   partitions for extraction and for every aggregation (default 2 per core of the context)
 * @param base         base IRI of instances
 * @param relations    whether to extract relations and results (default true)
 * @param timeLimit    the longest one abstract's extraction may take before it is skipped (default 60 s)
 * @param gzip         whether part files are gzip-compressed (default true)
 */
public record SparkBuildConfig(List<String> inputs, String output, InputFormat format, List<Path> vocabularies,
                               int partitions, String base, boolean relations, Duration timeLimit, boolean gzip) {
    public SparkBuildConfig {
        inputs = List.copyOf(inputs);
        vocabularies = List.copyOf(vocabularies);
        if (inputs.isEmpty()) throw new ScikgException("name at least one input: a file or a folder");
        Objects.requireNonNull(output, "output");
        if (partitions < 1) throw new ScikgException("--partitions must be at least 1, not " + partitions);
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(timeLimit, "timeLimit");
    }

    /** The defaults, with {@code partitions} partitions. */
    public static SparkBuildConfig of(List<String> inputs, String output, int partitions) {
        return new SparkBuildConfig(inputs, output, null, List.of(), partitions, Iris.DEFAULT_BASE, true,
                Duration.ofSeconds(60), true);
    }

    public SparkBuildConfig withPartitions(int n) {
        return new SparkBuildConfig(inputs, output, format, vocabularies, n, base, relations, timeLimit, gzip);
    }

    public SparkBuildConfig withOutput(String o) {
        return new SparkBuildConfig(inputs, o, format, vocabularies, partitions, base, relations, timeLimit, gzip);
    }
}
