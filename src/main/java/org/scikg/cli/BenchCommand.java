package org.scikg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.scikg.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures speed and memory on a corpus: extraction on 1 thread and on all cores against a bare "
                + "CoreNLP tokenize+ssplit+pos pipeline on the same abstracts (the ratio is the figure to quote), build "
                + "and TDB2 load rates, store size, peak heap, named-query latency (p50, p99), export rates, rebuild time.",
                "Prints a table, and JSON with --json FILE."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE", description = "Corpus to read (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("..", "shared", "corpus", "arxiv-2025-20k.jsonl.gz");

    @Option(names = "--limit", paramLabel = "N", description = "Abstracts to use (default: ${DEFAULT-VALUE}).")
    int limit = 500;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the multi-threaded runs (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Option(names = "--store", paramLabel = "DIR", description = {"Time the named queries and start-up on this existing "
            + "store (a build of the whole corpus, say) instead of extracting and building; --corpus, --limit and "
            + "--threads are then unused."})
    Path store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        Path work = Files.createTempDirectory("scikg-bench");
        if (store != null && !java.nio.file.Files.isDirectory(store)) {
            throw new org.scikg.ScikgException("no store at " + store);
        }
        err.println(store != null ? "benchmark of the named queries and start-up on " + store
                : "benchmark on " + limit + " abstracts of " + corpus + " (work folder " + work + ")");
        err.flush();
        Benchmark b = new Benchmark(corpus, limit, threads, work, s -> {
            err.println(s);
            err.flush();
        });
        Map<String, Object> r = store != null ? b.runOnStore(store) : b.run();
        var out = spec.commandLine().getOut();
        r.forEach((k, v) -> out.printf("%-44s %s%n", k, v));
        out.flush();
        if (json != null) new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), r);
        return Main.OK;
    }
}
