package org.scikg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.scikg.build.BuildConfig;
import org.scikg.build.BuildJob;
import org.scikg.build.BuildListener;
import org.scikg.build.BuildSummary;
import org.scikg.corpus.Problem;
import org.scikg.extract.CoreNlpExtractor;
import org.scikg.extract.Vocabulary;
import org.scikg.graph.KnowledgeGraph;

/**
 * What tests share because it is costly: one extractor with the real CoreNLP models and the bundled
 * vocabulary, and one TDB2 store built from data/ (the seed corpus). Surefire runs all test classes in one
 * JVM, so each is made once.
 */
public final class TestSupport {
    private static Vocabulary vocabulary;
    private static CoreNlpExtractor extractor;
    private static SeedStore seeds;

    /** The store built from data/, with the build's summary and the problems it reported. */
    public record SeedStore(KnowledgeGraph graph, BuildSummary summary, List<Problem> problems, Path dir) {
    }

    private TestSupport() {
    }

    public static synchronized Vocabulary vocabulary() {
        if (vocabulary == null) vocabulary = Vocabulary.load(List.of());
        return vocabulary;
    }

    public static synchronized CoreNlpExtractor extractor() {
        if (extractor == null) extractor = CoreNlpExtractor.builder().vocabulary(vocabulary()).build();
        return extractor;
    }

    public static synchronized SeedStore seeds() {
        if (seeds == null) {
            try {
                Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-stores")), "seeds");
                KnowledgeGraph kg = KnowledgeGraph.open(dir.resolve("store"));
                List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
                BuildSummary s = build(kg, List.of("data"), problems);
                seeds = new SeedStore(kg, s, List.copyOf(problems), dir.resolve("store"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return seeds;
    }

    /** Builds the inputs into a graph with the shared extractor, collecting problems. */
    public static BuildSummary build(KnowledgeGraph kg, List<String> inputs, List<Problem> problems) {
        BuildListener listener = problems::add;
        return new BuildJob(BuildConfig.of(inputs), extractor(), vocabulary(), kg, listener).run();
    }
}
