package org.scikg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.api.java.JavaSparkContext;
import org.scikg.corpus.InputFormat;
import org.scikg.spark.SparkBuild;
import org.scikg.spark.SparkBuildConfig;
import org.scikg.spark.SparkBuildSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads abstracts from any path Spark reads (local, hdfs://, s3a://, ...), extracts them with one "
                + "CoreNLP pipeline per executor, links the whole corpus and writes the graph as N-Triples part files.",
                "The graph is the one 'scikg build' makes of the same inputs, however they are partitioned. Store it with "
                        + "'scikg load OUT'.",
                "Inputs: as for 'scikg build' (files of 'Abstract:' lines, JSON Lines, CSV, .gz of these, folders read "
                        + "recursively), but not standard input. Local inputs are named in source nodes as given, others "
                        + "by their full URI."},
        footer = {"", "Exit code: 0 when every record was written, 1 on an error or when any warning was given "
                + "(all of them are in OUT/_problems/), 2 on a usage error."})
final class SparkBuildCommand implements Callable<Integer> {
    @Mixin
    SparkOptions spark;

    @Mixin
    ExtractionOptions extraction;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders: local paths or URIs.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
            description = "Folder to write the part files to (a path or URI); it must not exist.")
    String out;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions for extraction and aggregation (default: twice the context's default parallelism).")
    int partitions;

    @Option(names = "--no-gzip", description = "Write plain .nt part files instead of .nt.gz.")
    boolean noGzip;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        InputFormat fmt = extraction.format(spec);
        if (partitions < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--partitions must be positive");
        ConsoleListener listener = new ConsoleListener(err, false);
        try (JavaSparkContext sc = new JavaSparkContext(spark.conf("scikg build"))) {
            int n = partitions > 0 ? partitions : 2 * sc.defaultParallelism();
            SparkBuildConfig config = new SparkBuildConfig(inputs, out, fmt, extraction.vocabularies, n, extraction.base,
                    extraction.relations(), extraction.timeLimit(), !noGzip);
            err.println("spark: " + sc.master() + ", " + n + " partitions; writing " + out);
            err.flush();
            SparkBuildSummary s = new SparkBuild(config, listener).run(sc);
            print(spec.commandLine().getOut(), s, out);
            return s.warnings() == 0 ? Main.OK : Main.DATA_ERROR;
        }
    }

    private static void print(PrintWriter out, SparkBuildSummary s, String dir) {
        out.printf("input files         %d%n", s.files());
        out.printf("records read        %d%n", s.records());
        out.printf("distinct papers     %d (%d duplicate occurrences merged)%n", s.papers(), s.duplicates());
        out.printf("papers extracted    %d, %d failed%n", s.extracted(), s.failed());
        out.printf("entities            %d%n", s.entities());
        out.printf("triples written     %d%n", s.triples());
        out.printf("warnings            %d%n", s.warnings());
        out.printf("time                %.1f s (read and extract %.1f s, link %.1f s, write %.1f s)%n", s.seconds(),
                s.extractSeconds(), s.linkSeconds(), s.writeSeconds());
        out.printf("next: scikg load --store DIR %s%n", dir);
        out.flush();
    }
}
