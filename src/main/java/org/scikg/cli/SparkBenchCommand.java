package org.scikg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.scikg.spark.SparkBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the Spark job in local mode against 'scikg build' on the same abstracts and cores: "
                + "abstracts/s of each on local[1] and local[2] (1 and 2 build threads), the job's speed-up, its overhead "
                + "against the build, and the bulk load's rate of its part files.",
                "One JVM, one warmed-up extractor for both; each pair measured --rounds times, alternating, the best kept. Prints a table, and "
                        + "JSON with --json FILE."})
final class SparkBenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE", description = "Corpus to read (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("..", "shared", "corpus", "arxiv-2025-20k.jsonl.gz");

    @Option(names = "--limit", paramLabel = "N", description = "Abstracts to use (default: ${DEFAULT-VALUE}).")
    int limit = 500;

    @Option(names = "--cores", paramLabel = "N", split = ",",
            description = "Core counts to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> cores = List.of(1, 2);

    @Option(names = "--rounds", paramLabel = "N", description = "Times each pair is measured (default: ${DEFAULT-VALUE}).")
    int rounds = 2;

    @Option(names = "--partitions-per-core", paramLabel = "N",
            description = "The job's partitions per core (default: ${DEFAULT-VALUE}, as 'build' takes by default).")
    int partitionsPerCore = 2;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        Path work = Files.createTempDirectory("scikg-spark-bench");
        err.println("Spark benchmark on " + limit + " abstracts of " + corpus + " (work folder " + work + ")");
        err.flush();
        SparkBench bench = new SparkBench(corpus, limit, cores, rounds, partitionsPerCore, work, s -> {
            err.println(s);
            err.flush();
        });
        Map<String, Object> r = bench.run();
        bench.clean();
        var out = spec.commandLine().getOut();
        r.forEach((k, v) -> out.printf("%-52s %s%n", k, v));
        out.flush();
        if (json != null) new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), r);
        return Main.OK;
    }
}
