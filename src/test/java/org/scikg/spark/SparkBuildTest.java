package org.scikg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scikg.TestSupport;
import org.scikg.build.BuildSummary;
import org.scikg.corpus.Problem;
import org.scikg.graph.BulkLoad;
import org.scikg.graph.KnowledgeGraph;
import org.scikg.graph.SKG;

/**
 * The Spark job in local mode, with the real CoreNLP models and TDB2 stores: its part files, bulk-loaded, hold the
 * graph the build makes of the same inputs, however many partitions the job uses.
 */
@Tag("spark")
class SparkBuildTest {
    private record Job(SparkBuildSummary summary, List<Problem> problems, Path out) {
    }

    private static Job job(List<String> inputs, int partitions, Path out) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        SparkBuildConfig config = SparkBuildConfig.of(inputs, out.toString(), partitions);
        SparkBuildSummary s = new SparkBuild(config, problems::add).run(SparkTestSupport.context());
        return new Job(s, List.copyOf(problems), out);
    }

    private static KnowledgeGraph load(Path parts, Path store) {
        KnowledgeGraph kg = KnowledgeGraph.open(store);
        BulkLoad.load(kg, BulkLoad.files(List.of(parts)), line -> { });
        return kg;
    }

    private static Set<Triple> triples(KnowledgeGraph kg) {
        return Txn.calculateRead(kg.dataset(), () -> {
            Set<Triple> out = new HashSet<>();
            kg.dataset().asDatasetGraph().getDefaultGraph().find().forEachRemaining(out::add);
            return out;
        });
    }

    /** Equal sets of triples (the graphs have no blank nodes, so this is isomorphism); else a few of each difference. */
    private static void assertSameGraph(KnowledgeGraph expected, KnowledgeGraph actual, String what) {
        Set<Triple> e = triples(expected);
        Set<Triple> a = triples(actual);
        if (e.equals(a)) return;
        String missing = e.stream().filter(t -> !a.contains(t)).limit(5).map(Triple::toString).collect(Collectors.joining("\n  "));
        String extra = a.stream().filter(t -> !e.contains(t)).limit(5).map(Triple::toString).collect(Collectors.joining("\n  "));
        throw new AssertionError(what + ": " + e.size() + " triples expected, " + a.size() + " found; "
                + e.stream().filter(t -> !a.contains(t)).count() + " missing, e.g.\n  " + missing + "\n"
                + a.stream().filter(t -> !e.contains(t)).count() + " not expected, e.g.\n  " + extra);
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 7})
    void theLoadedPartsAreTheGraphTheBuildMakes(int partitions, @TempDir Path tmp) {
        Job job = job(List.of("data"), partitions, tmp.resolve("parts"));
        assertEquals(48, job.summary().records());
        assertEquals(40, job.summary().papers());
        assertEquals(40, job.summary().extracted());
        assertEquals(List.of(), job.problems());
        try (KnowledgeGraph loaded = load(job.out(), tmp.resolve("store"))) {
            assertSameGraph(TestSupport.seeds().graph(), loaded, "data/ on " + partitions + " partitions");
            // an entity's own triples are written with every paper that mentions it; the loader keeps one of each
            // (and adds the derived counts and relation statements, which no part file holds)
            Set<Triple> all = triples(loaded);
            Set<org.apache.jena.graph.Node> statements = all.stream()
                    .filter(t -> t.getObject().equals(SKG.RelationStatement.asNode())).map(Triple::getSubject)
                    .collect(Collectors.toSet());
            long derived = all.stream().filter(t -> t.getPredicate().getURI().equals(SKG.paperCount.getURI())
                    || t.getPredicate().getURI().equals(SKG.occurrenceCount.getURI())
                    || t.getPredicate().getURI().equals(SKG.paperRank.getURI())
                    || statements.contains(t.getSubject())).count();
            assertFalse(statements.isEmpty(), "the load derives the relation statements");
            assertTrue(derived > 0, "the load derives the counts");
            assertTrue(job.summary().triples() > loaded.size() - derived, job.summary().triples() + " lines written");
        }
        assertEquals(partitions, partFiles(job.out()), "one part file per partition");
    }

    private static long partFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("part-r-\\d+\\.nt\\.gz")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aBuildOverTheLoadedStoreFindsEveryPaperStored(@TempDir Path tmp) {
        Job job = job(List.of("data"), 3, tmp.resolve("parts"));
        try (KnowledgeGraph loaded = load(job.out(), tmp.resolve("store"))) {
            long before = loaded.size();
            BuildSummary again = TestSupport.build(loaded, List.of("data"), new ArrayList<>());
            assertEquals(0, again.extracted());
            assertEquals(40, again.unchanged());
            assertEquals(before, loaded.size());
        }
    }

    @Test
    void badRecordsAreReportedWithFileAndLineAndTheRestIsTheBuildsGraph(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Abstract: We introduce Zorblax, a benchmark of planning problems.\n"
                + "this line has no prefix\n"
                + "Abstract: We propose Quantum Fold Attention (QFA), evaluated on Zorblax.\n");
        Files.writeString(in.resolve("b.jsonl"), "{\"id\": \"x1\", \"abstract\": \"QFA improves GPT-4 on MMLU.\"}\n{not json\n");
        Job job = job(List.of(in.toString()), 2, tmp.resolve("parts"));
        assertEquals(2, job.summary().warnings(), job.problems().toString());
        assertEquals(List.of(in + "/a.txt:2", in + "/b.jsonl:2"),
                job.problems().stream().map(p -> p.where().toString()).toList());
        List<String> saved;
        try (Stream<Path> s = Files.list(job.out().resolve("_problems"))) {
            saved = s.filter(p -> p.getFileName().toString().startsWith("part-")).flatMap(SparkBuildTest::lines).toList();
        }
        assertEquals(2, saved.size(), saved.toString());
        assertTrue(saved.get(0).startsWith(in + "/a.txt:2: "), saved.get(0));
        // Both in TDB2, which keeps numbers by value ("0.70" comes back as "0.7"), as the build's own store does.
        try (KnowledgeGraph built = KnowledgeGraph.open(tmp.resolve("built"));
             KnowledgeGraph loaded = load(job.out(), tmp.resolve("store"))) {
            TestSupport.build(built, List.of(in.toString()), new ArrayList<>());
            assertSameGraph(built, loaded, "a folder with bad records");
        }
    }

    private static Stream<String> lines(Path p) {
        try {
            return Files.readAllLines(p).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
