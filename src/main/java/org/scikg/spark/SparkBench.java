package org.scikg.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.scikg.ScikgException;
import org.scikg.build.BuildConfig;
import org.scikg.build.BuildJob;
import org.scikg.build.BuildSummary;
import org.scikg.corpus.CorpusReader;
import org.scikg.corpus.Paper;
import org.scikg.extract.CoreNlpExtractor;
import org.scikg.graph.BulkLoad;
import org.scikg.graph.KnowledgeGraph;

/**
 * The Spark job's benchmark, in one JVM: on the same abstracts and the same number of cores, the build
 * ({@link BuildJob} into a TDB2 store) against the job in local mode (part files), then the bulk load of the parts.
 * Both use one warmed-up extractor; each pair is measured twice, alternating, and the better time kept. The job's
 * time does not include starting the Spark context (given apart): on a cluster that is paid once per job.
 */
public final class SparkBench {
    private final Path corpus;
    private final int limit;
    private final List<Integer> cores;
    private final Path work;
    private final Consumer<String> log;

    /** @param cores the core counts to measure, e.g. 1 and 2: local[N] for the job, N threads for the build */
    public SparkBench(Path corpus, int limit, List<Integer> cores, Path work, Consumer<String> log) {
        this.corpus = corpus;
        this.limit = limit;
        this.cores = List.copyOf(cores);
        this.work = work;
        this.log = log;
    }

    /** Runs it all and returns the figures by name, in the order measured. */
    public Map<String, Object> run() throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        Path input = subset();
        out.put("abstracts", limit);
        Extractors.Settings settings = Extractors.Settings.of(List.of(), true);
        CoreNlpExtractor extractor = Extractors.extractor(settings);
        warmUp(extractor);
        Map<Integer, Double> jobRate = new LinkedHashMap<>();
        for (int c : cores) {
            double build = Double.MAX_VALUE;
            double job = Double.MAX_VALUE;
            double start = Double.MAX_VALUE;
            long triples = 0;
            Path parts = null;
            for (int round = 0; round < 2; round++) {
                double thisJob;
                BuildSummary b = build(input, c, extractor, round);
                build = Math.min(build, b.seconds());
                triples = b.triples();
                long t0 = System.nanoTime();
                try (JavaSparkContext sc = context(c)) {
                    start = Math.min(start, (System.nanoTime() - t0) / 1e9);
                    parts = work.resolve("parts-" + c + "-" + round);
                    SparkBuildSummary s = new SparkBuild(SparkBuildConfig.of(List.of(input.toString()), parts.toString(),
                            2 * c), p -> log.accept("warning: " + p)).run(sc);
                    thisJob = s.seconds();
                    job = Math.min(job, thisJob);
                }
                log.accept(String.format("%d cores, round %d: build %.1f s, Spark job %.1f s", c, round + 1, b.seconds(), thisJob));
            }
            jobRate.put(c, limit / job);
            out.put("build_seconds_" + c + "_cores", round(build));
            out.put("build_abstracts_per_s_" + c + "_cores", round(limit / build));
            out.put("spark_context_start_seconds_local_" + c, round(start));
            out.put("spark_job_seconds_local_" + c, round(job));
            out.put("spark_job_abstracts_per_s_local_" + c, round(limit / job));
            out.put("spark_job_overhead_vs_build_" + c + "_cores", round(job / build - 1));
            double load = load(parts, c, triples, out);
            out.put("spark_job_and_load_overhead_vs_build_" + c + "_cores", round((job + load) / build - 1));
        }
        if (jobRate.size() > 1) {
            int lo = cores.get(0);
            int hi = cores.get(cores.size() - 1);
            out.put("spark_speedup_local_" + hi + "_over_local_" + lo, round(jobRate.get(hi) / jobRate.get(lo)));
        }
        return out;
    }

    /** The first {@code limit} abstracts of the corpus as JSON Lines (id and abstract), the input of every run. */
    private Path subset() throws IOException {
        if (!Files.isReadable(corpus)) {
            throw new ScikgException("benchmark corpus " + corpus + " not found: pass --corpus FILE "
                    + "(the 20,000-abstract corpus lives in ../shared/corpus/ beside the repository)");
        }
        List<Paper> papers = new ArrayList<>();
        CorpusReader.builder().problems(p -> { }).build().read(List.of(corpus.toString()), p -> {
            if (papers.size() < limit) papers.add(p);
        });
        if (papers.size() < limit) throw new ScikgException(corpus + " holds only " + papers.size() + " abstracts; lower --limit");
        ObjectMapper m = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Paper p : papers) {
            var o = m.createObjectNode();
            if (p.id() != null) o.put("id", p.id());
            o.put("abstract", p.text());
            lines.add(m.writeValueAsString(o));
        }
        Path input = work.resolve("corpus.jsonl");
        Files.write(input, lines);
        return input;
    }

    private void warmUp(CoreNlpExtractor x) throws IOException {
        List<Paper> few = new ArrayList<>();
        CorpusReader.builder().problems(p -> { }).build().read(List.of(work.resolve("corpus.jsonl").toString()), p -> {
            if (few.size() < 150) few.add(p);
        });
        log.accept("warming up on " + few.size() + " abstracts");
        for (Paper p : few) x.extract(p.text());
    }

    private BuildSummary build(Path input, int threads, CoreNlpExtractor extractor, int round) {
        BuildConfig config = BuildConfig.of(List.of(input.toString())).withThreads(threads);
        try (KnowledgeGraph kg = KnowledgeGraph.open(work.resolve("build-" + threads + "-" + round))) {
            return new BuildJob(config, extractor, Extractors.vocabulary(Extractors.Settings.of(List.of(), true)), kg,
                    p -> log.accept("warning: " + p)).run();
        }
    }

    private static JavaSparkContext context(int cores) {
        return new JavaSparkContext(new SparkConf().setMaster("local[" + cores + "]").setAppName("scikg bench")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    /** Loads the parts into a new store; records the rate and checks the triples against the build's. */
    private double load(Path parts, int cores, long buildTriples, Map<String, Object> out) {
        try (KnowledgeGraph kg = KnowledgeGraph.open(work.resolve("load-" + cores))) {
            BulkLoad.Summary s = BulkLoad.load(kg, BulkLoad.files(List.of(parts)), line -> { });
            out.put("load_seconds_local_" + cores, round(s.seconds()));
            out.put("load_triples_read_per_s_local_" + cores, round(s.parsed() / s.seconds()));
            out.put("load_triples_stored_local_" + cores, s.after());
            out.put("build_triples_stored_" + cores + "_cores", buildTriples);
            if (s.after() != buildTriples) log.accept("note: the loaded store holds " + s.after() + " triples, the build's " + buildTriples);
            return s.seconds();
        }
    }

    /** Deletes the work folder's stores and parts (keeps the corpus subset). */
    public void clean() throws IOException {
        try (Stream<Path> s = Files.walk(work)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(work) && !p.getFileName().toString().equals("corpus.jsonl")) Files.deleteIfExists(p);
            }
        }
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
