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
 * Both use one warmed-up extractor; each pair is measured several times, alternating, and the best time kept. The job's
 * time does not include starting the Spark context (given apart): on a cluster that is paid once per job.
 */
public final class SparkBench {
    private final Path corpus;
    private final int limit;
    private final List<Integer> cores;
    private final int rounds;
    private final int partitionsPerCore;
    private final Path work;
    private final Consumer<String> log;

    /**
     * @param cores  the core counts to measure, e.g. 1 and 2: local[N] for the job, N threads for the build
     * @param rounds times each pair is measured, alternating (the best time is kept)
     * @param partitionsPerCore the job's partitions per core (the command's default is 2)
     */
    public SparkBench(Path corpus, int limit, List<Integer> cores, int rounds, int partitionsPerCore, Path work,
                      Consumer<String> log) {
        if (rounds < 1) throw new ScikgException("--rounds must be at least 1");
        if (partitionsPerCore < 1) throw new ScikgException("--partitions-per-core must be at least 1");
        this.partitionsPerCore = partitionsPerCore;
        this.corpus = corpus;
        this.limit = limit;
        this.cores = List.copyOf(cores);
        this.rounds = rounds;
        this.work = work;
        this.log = log;
    }

    /** The best of the rounds at one core count: times in seconds, wall and CPU (all the process's threads). */
    private static final class Best {
        double build = Double.MAX_VALUE;
        double buildCpu = Double.MAX_VALUE;
        double job = Double.MAX_VALUE;
        double jobCpu = Double.MAX_VALUE;
        double start = Double.MAX_VALUE;
        long triples;
        SparkBuildSummary summary;
        Path parts;
    }

    /** Runs it all and returns the figures by name, in the order measured. */
    public Map<String, Object> run() throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        Path input = subset();
        out.put("abstracts", limit);
        out.put("spark_partitions_per_core", partitionsPerCore);
        CoreNlpExtractor extractor = Extractors.extractor(Extractors.Settings.of(List.of(), true));
        warmUp(extractor);
        Map<Integer, Double> jobRate = new LinkedHashMap<>();
        for (int c : cores) {
            Best best = new Best();
            for (int round = 0; round < rounds; round++) measure(input, c, round, extractor, best);
            jobRate.put(c, limit / best.job);
            report(c, best, out);
        }
        if (jobRate.size() > 1) {
            int lo = cores.get(0);
            int hi = cores.get(cores.size() - 1);
            out.put("spark_speedup_local_" + hi + "_over_local_" + lo, round(jobRate.get(hi) / jobRate.get(lo)));
        }
        return out;
    }

    /** One round: the build, then the job, on {@code c} cores. */
    private void measure(Path input, int c, int round, CoreNlpExtractor extractor, Best best) {
        double cpu0 = cpuSeconds();
        BuildSummary b = build(input, c, extractor, round);
        best.buildCpu = Math.min(best.buildCpu, cpuSeconds() - cpu0);
        best.build = Math.min(best.build, b.seconds());
        best.triples = b.triples();
        long t0 = System.nanoTime();
        try (JavaSparkContext sc = context(c)) {
            best.start = Math.min(best.start, (System.nanoTime() - t0) / 1e9);
            Path parts = work.resolve("parts-" + c + "-" + round);
            cpu0 = cpuSeconds();
            SparkBuildSummary s = new SparkBuild(SparkBuildConfig.of(List.of(input.toString()), parts.toString(),
                    partitionsPerCore * c), p -> log.accept("warning: " + p)).run(sc);
            best.jobCpu = Math.min(best.jobCpu, cpuSeconds() - cpu0);
            if (s.seconds() < best.job) {
                best.job = s.seconds();
                best.summary = s;
                best.parts = parts;
            }
            log.accept(String.format("%d cores, round %d: build %.1f s, Spark job %.1f s", c, round + 1, b.seconds(), s.seconds()));
        }
    }

    private void report(int c, Best best, Map<String, Object> out) {
        out.put("build_seconds_" + c + "_cores", round(best.build));
        out.put("build_cpu_seconds_" + c + "_cores", round(best.buildCpu));
        out.put("build_abstracts_per_s_" + c + "_cores", round(limit / best.build));
        out.put("spark_context_start_seconds_local_" + c, round(best.start));
        out.put("spark_job_seconds_local_" + c, round(best.job));
        out.put("spark_job_cpu_seconds_local_" + c, round(best.jobCpu));
        out.put("spark_job_abstracts_per_s_local_" + c, round(limit / best.job));
        out.put("spark_job_read_and_extract_seconds_local_" + c, round(best.summary.extractSeconds()));
        out.put("spark_job_link_seconds_local_" + c, round(best.summary.linkSeconds()));
        out.put("spark_job_write_seconds_local_" + c, round(best.summary.writeSeconds()));
        out.put("spark_job_overhead_vs_build_" + c + "_cores", round(best.job / best.build - 1));
        out.put("spark_job_cpu_overhead_vs_build_" + c + "_cores", round(best.jobCpu / best.buildCpu - 1));
        out.put("spark_lines_written_local_" + c, best.summary.triples());
        double load = load(best.parts, c, best.triples, out);
        out.put("spark_job_and_load_overhead_vs_build_" + c + "_cores", round((best.job + load) / best.build - 1));
    }

    /** CPU time of the whole process (every thread, GC and JIT included). */
    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
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
