package org.scikg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scikg.TestSupport;

/**
 * The derived counts ({@link Statistics}) agree with the triples they count, after a build, after a build
 * that adds to a store, and after a recomputation from scratch.
 */
class StatisticsTest {
    private static final String P = Prefixes.sparql();

    /** node → value of a count property, read from a graph. */
    private static Map<Node, Long> values(Graph g, Node property) {
        Map<Node, Long> out = new HashMap<>();
        g.find(Node.ANY, property, Node.ANY).forEachRemaining(t ->
                out.put(t.getSubject(), Long.parseLong(t.getObject().getLiteralLexicalForm())));
        return out;
    }

    private static Graph copy(Dataset d) {
        return Txn.calculateRead(d, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            d.asDatasetGraph().getDefaultGraph().find().forEachRemaining(g::add);
            return g;
        });
    }

    /** Each entity's paper count is the number of papers with a skg:mentions triple to it. */
    private static void assertPaperCounts(Graph g) {
        Map<Node, Long> counts = values(g, SKG.paperCount.asNode());
        Map<Node, Long> mentioned = new HashMap<>();
        g.find(Node.ANY, SKG.mentions.asNode(), Node.ANY).forEachRemaining(t -> mentioned.merge(t.getObject(), 1L, Long::sum));
        assertFalse(mentioned.isEmpty());
        assertEquals(mentioned, counts);
    }

    @Test
    void countsOfTheSeedStoreAgreeWithItsTriples() {
        Graph g = copy(TestSupport.seeds().graph().dataset());
        assertPaperCounts(g);
        // ranks: 1..n once each, in descending paper count
        Map<Node, Long> counts = values(g, SKG.paperCount.asNode());
        Map<Node, Long> ranks = values(g, SKG.paperRank.asNode());
        assertEquals(Math.min(Statistics.RANKED, counts.size()), ranks.size());
        TreeMap<Long, Node> byRank = new TreeMap<>();
        ranks.forEach((e, r) -> assertEquals(null, byRank.put(r, e), "rank " + r + " given twice"));
        assertEquals(1L, byRank.firstKey());
        assertEquals((long) ranks.size(), byRank.lastKey());
        long previous = Long.MAX_VALUE;
        for (Node e : byRank.values()) {
            long c = counts.get(e);
            assertTrue(c <= previous, "ranks out of paper-count order at " + e);
            previous = c;
        }
    }

    /**
     * The seed files hold 48 abstracts, 40 distinct: the occurrence counts must say, for every paper, how
     * many times its text appears in data/, which the test counts from the files itself.
     */
    @Test
    void occurrenceCountsMatchTheAbstractsInTheFiles() throws IOException {
        Map<String, Long> times = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("Abstract:")) {
                        times.merge(line.substring("Abstract:".length()).strip().replaceAll("\\s+", " "), 1L, Long::sum);
                    }
                }
            }
        }
        assertEquals(40, times.size());
        Graph g = copy(TestSupport.seeds().graph().dataset());
        Map<Node, Long> occurrences = values(g, SKG.occurrenceCount.asNode());
        assertEquals(40, occurrences.size());
        List<Long> expected = new ArrayList<>(times.values());
        List<Long> actual = new ArrayList<>(occurrences.values());
        expected.sort(null);
        actual.sort(null);
        assertEquals(expected, actual);
        assertEquals(48L, actual.stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void addingToAStoreKeepsTheCountsAsARecomputationWouldSetThem(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first.txt");
        Path second = dir.resolve("second.txt");
        String a = "Abstract:We introduce ZorbNet, a convolutional model evaluated on ImageNet and CIFAR-10.";
        String b = "Abstract:We present QuillFormer, a transformer that outperforms ZorbNet on ImageNet.";
        Files.writeString(first, a);
        Files.writeString(second, b + "\n" + a); // a new paper, and the first one read again
        KnowledgeGraph kg = KnowledgeGraph.inMemory();
        TestSupport.build(kg, List.of(first.toString()), new ArrayList<>());
        Graph afterFirst = copy(kg.dataset());
        assertPaperCounts(afterFirst);
        TestSupport.build(kg, List.of(second.toString()), new ArrayList<>());
        Graph incremental = copy(kg.dataset());
        assertPaperCounts(incremental);

        Node imagenet = incremental.find(Node.ANY, SKG.matchKey.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString("imagenet"))
                .next().getSubject();
        assertEquals(1L, values(afterFirst, SKG.paperCount.asNode()).get(imagenet));
        assertEquals(2L, values(incremental, SKG.paperCount.asNode()).get(imagenet));
        assertTrue(values(incremental, SKG.occurrenceCount.asNode()).containsValue(2L), "the abstract read twice");

        // recomputed from scratch, on a copy, the counts and ranks come out the same
        Dataset fresh = DatasetFactory.createTxnMem();
        Txn.executeWrite(fresh, () -> incremental.find().forEachRemaining(fresh.asDatasetGraph().getDefaultGraph()::add));
        Statistics.refreshAll(fresh);
        Graph recomputed = copy(fresh);
        for (Node p : List.of(SKG.paperCount.asNode(), SKG.occurrenceCount.asNode(), SKG.paperRank.asNode())) {
            assertEquals(values(incremental, p), values(recomputed, p), "values of " + p);
        }
        assertEquals(incremental.size(), recomputed.size());
    }

    @Test
    void refreshAllReplacesWrongCounts() {
        Dataset d = DatasetFactory.createTxnMem();
        Node paper = org.apache.jena.graph.NodeFactory.createURI("http://example.org/p");
        Node entity = org.apache.jena.graph.NodeFactory.createURI("http://example.org/e");
        Txn.executeWrite(d, () -> {
            Graph g = d.asDatasetGraph().getDefaultGraph();
            g.add(Triple.create(paper, SKG.mentions.asNode(), entity));
            g.add(Triple.create(entity, SKG.paperCount.asNode(), org.apache.jena.graph.NodeFactory.createLiteralDT("7",
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        });
        Statistics.refreshAll(d);
        Graph g = copy(d);
        assertEquals(Map.of(entity, 1L), values(g, SKG.paperCount.asNode()));
        assertEquals(Map.of(entity, 1L), values(g, SKG.paperRank.asNode()));
    }
}
