package org.scikg.spark;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.StreamSupport;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.scikg.ScikgException;
import org.scikg.corpus.InputFormat;
import org.scikg.corpus.Problem;
import org.scikg.corpus.ProblemListener;
import org.scikg.extract.CoreNlpExtractor;
import org.scikg.extract.Extraction;
import org.scikg.link.Iris;
import org.scikg.link.LinkPlanner;
import org.scikg.link.LinkStep;
import org.scikg.link.LinkedEntity;
import scala.Tuple2;

/**
 * The Spark job: the graph {@code scikg build} makes of the same inputs, as N-Triples part files. Files are listed
 * on the driver and read in tasks by the project's reader; papers are merged by IRI (the earliest occurrence in input
 * order is extracted, every occurrence gets a source node) and numbered in input order; extraction runs on
 * {@code partitions} partitions with one CoreNLP pipeline per executor JVM; the corpus-wide link decisions are made
 * by {@link LinkAggregation}; the triples are written by the build's own writer.
 *
 * <p>Problems never stop the job: the first {@value #REPORTED}, in input order, go to the listener, and all of them
 * to {@code OUTPUT/_problems/} as text (a name {@code scikg load} skips).
 */
public final class SparkBuild {
    /** Problems handed to the listener; the rest are only counted (and saved). */
    public static final int REPORTED = 200;

    private final SparkBuildConfig config;
    private final ProblemListener problems;

    public SparkBuild(SparkBuildConfig config, ProblemListener problems) {
        this.config = config;
        this.problems = problems;
    }

    /** Runs the job on the context, which it leaves open. */
    public SparkBuildSummary run(JavaSparkContext sc) {
        long start = System.nanoTime();
        Configuration hadoop = sc.hadoopConfiguration();
        List<Problem> early = new ArrayList<>();
        List<Inputs.InputFile> files = Inputs.list(config.inputs(), hadoop, early::add);
        checkOutput(hadoop);
        Partitioner byPaper = new HashPartitioner(config.partitions());
        Broadcast<Extractors.Settings> settings = sc.broadcast(Extractors.Settings.of(config.vocabularies(), config.relations()));

        JavaRDD<Inputs.Read> reads = read(sc, files, hadoop);
        JavaPairRDD<Long, Extracted> extracted = extract(reads, byPaper, settings);
        long papers = extracted.count();
        double extractedAt = seconds(start);
        JavaRDD<LinkStep> steps = steps(extracted, settings);
        JavaPairRDD<Long, LinkedEntity> answers = LinkAggregation.answers(steps, config.partitions())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long entities = answers.values().map(LinkedEntity::iri).distinct(config.partitions()).count();
        double linkedAt = seconds(start);
        long triples = write(sc, extracted, answers, byPaper, hadoop);
        double writtenAt = seconds(start);

        long warnings = report(sc, early, reads, extracted);
        long records = reads.filter(r -> r.paper() != null).count();
        long failed = extracted.filter(e -> e._2().extraction() == null).count();
        reads.unpersist(false);
        extracted.unpersist(false);
        steps.unpersist(false);
        answers.unpersist(false);
        return new SparkBuildSummary(files.size(), records, papers, records - papers, papers - failed, failed, entities,
                triples, warnings, seconds(start), extractedAt, linkedAt - extractedAt, writtenAt - linkedAt);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Every record of every file, read in tasks (one task reads a file whole), with its place in input order. */
    private JavaRDD<Inputs.Read> read(JavaSparkContext sc, List<Inputs.InputFile> files, Configuration hadoop) {
        HadoopConf shipped = new HadoopConf(hadoop);
        InputFormat format = config.format();
        return sc.parallelize(files, Math.max(1, Math.min(files.size(), config.partitions())))
                .flatMap(f -> read(f, format, shipped)).persist(StorageLevel.MEMORY_AND_DISK_SER());
    }

    /**
     * The distinct papers, numbered in input order (the earliest occurrence's place) and extracted, spread over the
     * partitions by number.
     */
    private JavaPairRDD<Long, Extracted> extract(JavaRDD<Inputs.Read> reads, Partitioner byPaper,
                                                 Broadcast<Extractors.Settings> settings) {
        String base = config.base();
        Duration limit = config.timeLimit();
        int n = config.partitions();
        return reads.filter(r -> r.paper() != null)
                .mapToPair(r -> new Tuple2<>(new Iris(base).paper(r.paper().id(), r.paper().text()), Occurrences.of(r)))
                .reduceByKey(Occurrences::merge, n)
                .mapToPair(p -> new Tuple2<>(p._2().order(), p))
                .sortByKey(true, n)
                .values()
                .zipWithIndex()
                .mapToPair(Tuple2::swap)
                .partitionBy(byPaper)
                .mapPartitionsToPair(it -> extract(it, settings.value(), limit), true)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
    }

    private JavaRDD<LinkStep> steps(JavaPairRDD<Long, Extracted> extracted, Broadcast<Extractors.Settings> settings) {
        String base = config.base();
        return extracted.filter(e -> e._2().extraction() != null)
                .flatMap(e -> new LinkPlanner(new Iris(base), Extractors.vocabulary(settings.value()))
                        .steps(e._1(), e._2().extraction()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
    }

    /** Writes each extracted paper's triples with its answers; returns the lines written. */
    private long write(JavaSparkContext sc, JavaPairRDD<Long, Extracted> extracted, JavaPairRDD<Long, LinkedEntity> answers,
                       Partitioner byPaper, Configuration hadoop) {
        String base = config.base();
        JavaPairRDD<Long, List<LinkedEntity>> perPaper = answers
                .mapToPair(a -> new Tuple2<>(LinkStep.paper(a._1()), new Tuple2<>(LinkStep.call(a._1()), a._2())))
                .groupByKey(byPaper)
                .mapValues(SparkBuild::inCallOrder);
        LongAccumulator triples = sc.sc().longAccumulator("triples");
        extracted.leftOuterJoin(perPaper, byPaper)
                .filter(p -> p._2()._1().extraction() != null)
                .mapPartitionsToPair(it -> lines(it, base, triples))
                .saveAsNewAPIHadoopFile(config.output(), NullWritable.class, Text.class, NTriplesOutputFormat.class,
                        outputConf(hadoop));
        return triples.value();
    }

    private void checkOutput(Configuration hadoop) {
        try {
            Path out = new Path(config.output());
            if (out.getFileSystem(hadoop).exists(out)) {
                throw new ScikgException("the output folder " + config.output() + " exists: remove it or name another");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ScikgException("cannot use the output folder " + config.output() + ": " + e.getMessage(), e);
        }
    }

    private Configuration outputConf(Configuration hadoop) {
        try {
            Job job = Job.getInstance(new Configuration(hadoop));
            FileOutputFormat.setCompressOutput(job, config.gzip());
            if (config.gzip()) FileOutputFormat.setOutputCompressorClass(job, GzipCodec.class);
            return job.getConfiguration();
        } catch (IOException e) {
            throw new ScikgException("cannot configure the output: " + e.getMessage(), e);
        }
    }

    /** Hands the first problems in input order to the listener, saves them all, and counts them. */
    private long report(JavaSparkContext sc, List<Problem> early, JavaRDD<Inputs.Read> reads,
                        JavaPairRDD<Long, Extracted> extracted) {
        // the driver's problems (missing inputs, empty folders) before any file's
        List<PositionedProblem> first = new ArrayList<>();
        for (Problem p : early) first.add(new PositionedProblem(first.size() - early.size(), p));
        JavaRDD<PositionedProblem> all = sc.parallelize(first, 1)
                .union(reads.filter(r -> r.problem() != null).map(r -> new PositionedProblem(r.order(), r.problem())))
                .union(extracted.flatMap(e -> e._2().problems().iterator()));
        long count = all.count();
        if (count == 0) return 0;
        all.takeOrdered(REPORTED, new InputOrder()).forEach(p -> problems.report(p.problem()));
        all.sortBy(PositionedProblem::order, true, 1).map(p -> p.problem().toString())
                .saveAsTextFile(config.output() + "/_problems");
        return count;
    }

    /** Problems by their place in input order. */
    private static final class InputOrder implements Comparator<PositionedProblem>, Serializable {
        @Override
        public int compare(PositionedProblem a, PositionedProblem b) {
            return Long.compare(a.order(), b.order());
        }
    }

    private static Iterator<Inputs.Read> read(Inputs.InputFile file, InputFormat format, HadoopConf conf) {
        FileReads reads = FileReads.open(file, format, conf.get());
        org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
        if (task != null) task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) c -> reads.close());
        return reads;
    }

    private static Iterator<Tuple2<Long, Extracted>> extract(Iterator<Tuple2<Long, Tuple2<String, Occurrences>>> papers,
                                                             Extractors.Settings settings, Duration limit) {
        CoreNlpExtractor extractor = Extractors.extractor(settings);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(papers, 0), false)
                .map(p -> new Tuple2<>(p._1(), extract(extractor, p._2()._1(), p._2()._2(), limit))).iterator();
    }

    /** As the build: a failure or time-out skips the paper, a text read only in part is written with a warning. */
    private static Extracted extract(CoreNlpExtractor extractor, String iri, Occurrences paper, Duration limit) {
        String text = paper.paper().text();
        try {
            Extraction x = Extractors.extract(extractor, text, limit);
            List<PositionedProblem> problems = x.text().length() < text.length()
                    ? List.of(problem(paper, "abstract-truncated", "abstract is " + text.length() + " characters long; "
                    + "only the first " + x.text().length() + " were read for entities (the whole text is stored)"))
                    : List.of();
            return new Extracted(iri, paper, x, problems);
        } catch (TimeoutException e) {
            return new Extracted(iri, paper, null, List.of(problem(paper, "extraction-failed",
                    "extraction took longer than " + limit.toSeconds() + " s; abstract skipped")));
        } catch (ExecutionException e) {
            return new Extracted(iri, paper, null, List.of(problem(paper, "extraction-failed",
                    "extraction failed (" + e.getCause() + "); abstract skipped")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScikgException("interrupted", e);
        }
    }

    private static PositionedProblem problem(Occurrences paper, String kind, String message) {
        return new PositionedProblem(paper.order(), new Problem(paper.paper().source(), kind, message));
    }

    private static List<LinkedEntity> inCallOrder(Iterable<Tuple2<Integer, LinkedEntity>> answers) {
        List<Tuple2<Integer, LinkedEntity>> all = new ArrayList<>();
        answers.forEach(all::add);
        all.sort(Comparator.comparing(Tuple2::_1));
        List<LinkedEntity> out = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i)._1() != i) throw new IllegalStateException("link answer " + i + " of a paper is missing");
            out.add(all.get(i)._2());
        }
        return out;
    }

    private static Iterator<Tuple2<NullWritable, Text>> lines(
            Iterator<Tuple2<Long, Tuple2<Extracted, org.apache.spark.api.java.Optional<List<LinkedEntity>>>>> papers,
            String base, LongAccumulator triples) {
        Iris iris = new Iris(base);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(papers, 0), false).map(p -> {
            TripleLines.Lines l = TripleLines.of(iris, p._2()._1(), p._2()._2().orElse(List.of()));
            triples.add(l.count());
            return new Tuple2<>(NullWritable.get(), new Text(l.text()));
        }).iterator();
    }
}
