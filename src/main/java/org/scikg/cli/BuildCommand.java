package org.scikg.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.scikg.build.BuildConfig;
import org.scikg.build.BuildJob;
import org.scikg.build.BuildSummary;
import org.scikg.corpus.InputFormat;
import org.scikg.extract.CoreNlpExtractor;
import org.scikg.extract.EntityType;
import org.scikg.extract.Vocabulary;
import org.scikg.graph.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads abstracts, extracts entities, relations and results, and stores them in the knowledge graph.",
                "Inputs: files of 'Abstract:' lines, JSON Lines (.jsonl, field 'abstract'), CSV (column 'abstract'), "
                        + ".gz of any of these, folders (read recursively) and - for standard input.",
                "Papers already in the store are not extracted again; their new source lines are added.",
                "Stopped (Ctrl-C) or killed, the store keeps every batch committed; the same command again resumes."},
        footer = {"", "Exit code: 0 when every record was stored, 1 on an error that stopped the build or when it "
                + "gave any warning (a record or file skipped, an abstract read in part), 2 on a usage error, "
                + "130 when stopped by Ctrl-C."})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ExtractionOptions extraction;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @Option(names = "--memory", description = "Build in memory only, storing nothing (for trying things out).")
    boolean memory;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N", description = "Papers per write transaction (default: ${DEFAULT-VALUE}).")
    int batch = 200;

    @Option(names = "--no-compact", description = "Do not compact the store after the build (compaction reclaims the "
            + "space earlier transactions left; it takes a while on a large store).")
    boolean noCompact;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        InputFormat fmt = extraction.format(spec);
        BuildConfig config = BuildConfig.of(inputs).withFormat(fmt).withVocabularies(extraction.vocabularies)
                .withThreads(threads).withBatchSize(batch).withBase(extraction.base).withTimeLimit(extraction.timeLimit());
        config = new BuildConfig(config.inputs(), config.format(), config.vocabularies(), config.threads(),
                config.batchSize(), config.base(), extraction.relations(), config.timeLimit());
        Vocabulary vocabulary = Vocabulary.load(extraction.vocabularies);
        err.println("loading CoreNLP models (vocabulary: " + vocabulary.size() + " entries) ...");
        err.flush();
        CoreNlpExtractor extractor = CoreNlpExtractor.builder().vocabulary(vocabulary).relations(extraction.relations()).build();
        try (KnowledgeGraph graph = memory ? KnowledgeGraph.inMemory() : KnowledgeGraph.open(store.store);
             ConsoleListener listener = new ConsoleListener(err, System.console() != null)) {
            err.println(memory ? "store: in memory" : "store: " + store.store.toAbsolutePath());
            err.flush();
            BuildJob job = new BuildJob(config, extractor, vocabulary, graph, listener);
            Thread hook = interruptMessage(job, err);
            Runtime.getRuntime().addShutdownHook(hook);
            BuildSummary s;
            try {
                s = job.run();
                listener.close();
                if (!memory && !noCompact && s.extracted() > 0) {
                    err.println("compacting the store ...");
                    err.flush();
                    graph.compact();
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down: the hook runs (or ran) and says what was stored
                }
            }
            print(out, s);
            return s.warnings() == 0 ? Main.OK : Main.DATA_ERROR;
        }
    }

    /**
     * A shutdown hook for Ctrl-C or a kill signal: it stops the job between commits (the batch in flight is
     * simply not committed; an unfinished compaction is discarded when the store next opens) and says how
     * to resume.
     */
    private Thread interruptMessage(BuildJob job, java.io.PrintWriter err) {
        return new Thread(() -> {
            long papers = job.stop();
            err.println(memory ? "interrupted: nothing is stored (--memory)"
                    : "interrupted: " + papers + " papers stored in " + store.store
                            + "; run the same command again to resume");
            err.flush();
        }, "scikg-interrupted");
    }

    private static void print(java.io.PrintWriter out, BuildSummary s) {
        out.printf("records read        %d%n", s.records());
        out.printf("distinct papers     %d (%d duplicate occurrences merged)%n", s.papers(), s.duplicates());
        out.printf("papers extracted    %d new, %d already stored, %d failed%n", s.extracted(), s.unchanged(), s.failed());
        StringBuilder b = new StringBuilder();
        long total = 0;
        for (Map.Entry<EntityType, Long> e : s.entities().entrySet()) {
            b.append(b.length() == 0 ? "" : ", ").append(e.getKey().label()).append(' ').append(e.getValue());
            total += e.getValue();
        }
        out.printf("entities            %d (%s)%n", total, b);
        out.printf("triples             %d%n", s.triples());
        out.printf("warnings            %d%n", s.warnings());
        out.printf("time                %.1f s%n", s.seconds());
        out.flush();
    }
}
