package org.scikg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.scikg.build.BuildSummary;
import org.junit.jupiter.api.io.TempDir;
import org.scikg.TestSupport;

/**
 * The derived data ({@link Statistics}) agrees with the triples it is derived from, after a build, after a build
 * that adds to a store, after a recomputation from scratch and after a bulk load.
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
    /** A build killed after its last batch was stored, before the ranks were set: running it again ranks. */
    @Test
    void aBuildThatAddsNothingStillRanks(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Abstract:We introduce ZorbNet, a convolutional model evaluated on ImageNet and CIFAR-10.");
        KnowledgeGraph kg = KnowledgeGraph.inMemory();
        TestSupport.build(kg, List.of(f.toString()), new ArrayList<>());
        Graph ranked = copy(kg.dataset());
        assertFalse(values(ranked, SKG.paperRank.asNode()).isEmpty());
        Txn.executeWrite(kg.dataset(), () -> {
            Graph g = kg.dataset().asDatasetGraph().getDefaultGraph();
            g.remove(Node.ANY, SKG.paperRank.asNode(), Node.ANY);
            g.remove(Node.ANY, SKG.supportRank.asNode(), Node.ANY);
        });
        BuildSummary again = TestSupport.build(kg, List.of(f.toString()), new ArrayList<>());
        assertEquals(0, again.extracted());
        assertTrue(copy(kg.dataset()).isIsomorphicWith(ranked));
    }

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
        String c = "Abstract:In our experiments, ZorbNet is evaluated on ImageNet with longer training schedules.";
        Files.writeString(first, a);
        Files.writeString(second, b + "\n" + c + "\n" + a); // new papers, and the first one read again
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
        assertEquals(3L, values(incremental, SKG.paperCount.asNode()).get(imagenet));
        assertTrue(values(incremental, SKG.occurrenceCount.asNode()).containsValue(2L), "the abstract read twice");

        // recomputed from scratch, on a copy, the counts and ranks come out the same
        Dataset fresh = DatasetFactory.createTxnMem();
        Txn.executeWrite(fresh, () -> incremental.find().forEachRemaining(fresh.asDatasetGraph().getDefaultGraph()::add));
        Statistics.refreshAll(fresh);
        Graph recomputed = copy(fresh);
        for (Node p : List.of(SKG.paperCount.asNode(), SKG.occurrenceCount.asNode(), SKG.paperRank.asNode(),
                SKG.supportCount.asNode(), SKG.supportRank.asNode())) {
            assertEquals(values(incremental, p), values(recomputed, p), "values of " + p);
        }
        assertSameTriples(incremental, recomputed);
        assertEquals(2L, values(incremental, SKG.supportCount.asNode()).get(RelationStatements.node(
                find(incremental, "zorbnet"), SKG.relation(org.scikg.extract.Predicate.EVALUATED_ON).asNode(), imagenet)),
                "ZorbNet evaluated on ImageNet, said by a paper of each build");
    }

    private static Node find(Graph g, String matchKey) {
        return g.find(Node.ANY, SKG.matchKey.asNode(), NodeFactory.createLiteralString(matchKey)).next().getSubject();
    }

    /** The graph without what refreshAll derives, as a store written by the previous version or a bulk load holds it. */
    private static Graph factsOnly(Graph g) {
        Set<Node> derived = Set.of(SKG.paperCount.asNode(), SKG.occurrenceCount.asNode(), SKG.paperRank.asNode());
        Set<Node> statements = new HashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), SKG.RelationStatement.asNode()).forEachRemaining(t -> statements.add(t.getSubject()));
        Set<Node> papers = new HashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), SKG.Paper.asNode()).forEachRemaining(t -> papers.add(t.getSubject()));
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> {
            boolean label = t.getPredicate().equals(RDFS.label.asNode()) && papers.contains(t.getSubject());
            if (!derived.contains(t.getPredicate()) && !statements.contains(t.getSubject()) && !label) out.add(t);
        });
        return out;
    }

    /** refreshAll on a store holding these triples. */
    private static Graph refreshed(Graph facts) {
        Dataset d = DatasetFactory.createTxnMem();
        Txn.executeWrite(d, () -> facts.find().forEachRemaining(d.asDatasetGraph().getDefaultGraph()::add));
        Statistics.refreshAll(d);
        return copy(d);
    }

    /** Equal sets of triples (no blank nodes, so this is isomorphism); else a few of each difference. */
    private static void assertSameTriples(Graph expected, Graph actual) {
        Set<Triple> e = expected.find().toSet();
        Set<Triple> a = actual.find().toSet();
        if (e.equals(a)) return;
        throw new AssertionError(e.size() + " triples expected, " + a.size() + " found; missing e.g. "
                + e.stream().filter(t -> !a.contains(t)).limit(5).toList() + "; not expected e.g. "
                + a.stream().filter(t -> !e.contains(t)).limit(5).toList());
    }

    /** (subject, predicate, object) of each triple with evidence → the distinct papers of its evidence nodes. */
    private static Map<Triple, Long> support(Graph g) {
        Map<Triple, Set<Node>> papers = new HashMap<>();
        g.find(Node.ANY, SKG.inPaper.asNode(), Node.ANY).forEachRemaining(in -> {
            Node ev = in.getSubject();
            if (!g.contains(ev, RDF.predicate.asNode(), Node.ANY)) return;
            Triple t = Triple.create(g.find(ev, RDF.subject.asNode(), Node.ANY).next().getObject(),
                    g.find(ev, RDF.predicate.asNode(), Node.ANY).next().getObject(),
                    g.find(ev, RDF.object.asNode(), Node.ANY).next().getObject());
            papers.computeIfAbsent(t, k -> new HashSet<>()).add(in.getObject());
        });
        Map<Triple, Long> out = new HashMap<>();
        papers.forEach((t, ps) -> out.put(t, (long) ps.size()));
        return out;
    }

    @Test
    void statementNodesOfTheSeedStoreCountThePapersOfTheirEvidence() {
        Graph g = copy(TestSupport.seeds().graph().dataset());
        Map<Triple, Long> expected = support(g);
        assertFalse(expected.isEmpty());
        Map<Triple, Long> stored = new HashMap<>();
        Map<Node, Long> counts = values(g, SKG.supportCount.asNode());
        g.find(Node.ANY, RDF.type.asNode(), SKG.RelationStatement.asNode()).forEachRemaining(t -> {
            Node st = t.getSubject();
            Triple spo = Triple.create(g.find(st, RDF.subject.asNode(), Node.ANY).next().getObject(),
                    g.find(st, RDF.predicate.asNode(), Node.ANY).next().getObject(),
                    g.find(st, RDF.object.asNode(), Node.ANY).next().getObject());
            assertEquals(RelationStatements.node(spo.getSubject(), spo.getPredicate(), spo.getObject()), st);
            assertTrue(g.contains(spo), "the triple itself is stated: " + spo);
            stored.put(spo, counts.get(st));
        });
        assertEquals(expected, stored);
        assertTrue(expected.values().stream().anyMatch(n -> n > 1), "some triple is supported by two papers");
    }

    /** Per predicate: ranks 1..n, once each, by support (highest first), then subject and object IRI. */
    @Test
    void statementRanksOrderEachRelationBySupport() {
        Graph g = copy(TestSupport.seeds().graph().dataset());
        Map<Node, Long> counts = values(g, SKG.supportCount.asNode());
        Map<Node, Long> ranks = values(g, SKG.supportRank.asNode());
        Map<Node, List<Node>> byPredicate = new HashMap<>();
        counts.keySet().forEach(st -> byPredicate.computeIfAbsent(g.find(st, RDF.predicate.asNode(), Node.ANY).next().getObject(),
                k -> new ArrayList<>()).add(st));
        assertTrue(byPredicate.size() > 1, "statements of several relations");
        byPredicate.forEach((p, sts) -> {
            sts.sort(java.util.Comparator.<Node>comparingLong(counts::get).reversed()
                    .thenComparing(st -> g.find(st, RDF.subject.asNode(), Node.ANY).next().getObject().getURI())
                    .thenComparing(st -> g.find(st, RDF.object.asNode(), Node.ANY).next().getObject().getURI()));
            for (int i = 0; i < sts.size(); i++) {
                assertEquals(i < Statistics.RANKED ? Long.valueOf(i + 1) : null, ranks.get(sts.get(i)), "rank of " + sts.get(i));
            }
        });
        assertEquals(counts.size(), ranks.size());
    }

    /** The stored label is what the named queries computed for each paper before it was stored. */
    @Test
    void everyPaperIsLabelledAsTheQueriesLabelledIt() {
        Graph g = copy(TestSupport.seeds().graph().dataset());
        Map<Node, Node> computed = new HashMap<>();
        Dataset d = DatasetFactory.wrap(org.apache.jena.sparql.core.DatasetGraphFactory.wrap(g));
        try (var q = org.apache.jena.query.QueryExecution.dataset(d).query(P + """
                SELECT ?p ?label WHERE {
                  ?p a skg:Paper .
                  OPTIONAL { ?p dcterms:title ?title }
                  OPTIONAL { ?p dcterms:identifier ?identifier }
                  OPTIONAL { ?p dcterms:abstract ?abstract }
                  BIND(COALESCE(?title, ?identifier,
                                IF(STRLEN(?abstract) > 60, CONCAT(SUBSTR(?abstract, 1, 60), "..."), ?abstract)) AS ?label)
                }""").build()) {
            q.execSelect().forEachRemaining(r -> computed.put(r.get("p").asNode(), r.get("label").asNode()));
        }
        Map<Node, Node> stored = new HashMap<>();
        g.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
            if (computed.containsKey(t.getSubject())) assertEquals(null, stored.put(t.getSubject(), t.getObject()));
        });
        assertEquals(40, computed.size());
        assertEquals(computed, stored);
    }

    /** Characters are code points, as SPARQL's STRLEN and SUBSTR count them, so a pair is never cut in two. */
    @Test
    void aLabelFromTheAbstractKeepsSixtyCodePoints() {
        String smile = new String(Character.toChars(0x1F600));
        for (String text : List.of("short", "x".repeat(60), "x".repeat(61), smile.repeat(60), smile.repeat(61),
                "x".repeat(59) + smile + "tail", "x".repeat(60) + smile)) {
            String sparql;
            try (var q = org.apache.jena.query.QueryExecution.create("SELECT (" + PaperLabel.SPARQL + " AS ?l) WHERE { "
                    + "BIND(" + org.apache.jena.sparql.util.FmtUtils.stringForNode(NodeFactory.createLiteralString(text))
                    + " AS ?abstract) }", DatasetFactory.create())) {
                sparql = q.execSelect().next().getLiteral("l").getString();
            }
            assertEquals(sparql, PaperLabel.of(null, null, text), text);
        }
        assertEquals("T", PaperLabel.of("T", "2006.07733", "text"));
        assertEquals("2006.07733", PaperLabel.of(null, "2006.07733", "text"));
        assertEquals(null, PaperLabel.of(null, null, null));
    }

    /**
     * Written in two builds, the seed corpus has the derived data that refreshAll derives from its facts alone
     * (the labels too, as for a store written before they were stored), and building it again adds nothing.
     */
    @Test
    void twoBuildsDeriveWhatARecomputationFromTheFactsDerives(@TempDir Path dir) throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("data"))) {
            files = s.map(Path::toString).sorted().toList();
        }
        KnowledgeGraph kg = KnowledgeGraph.inMemory();
        TestSupport.build(kg, files.subList(0, 2), new ArrayList<>());
        TestSupport.build(kg, files.subList(2, files.size()), new ArrayList<>());
        Graph built = copy(kg.dataset());
        assertFalse(values(built, SKG.supportRank.asNode()).isEmpty());
        assertSameTriples(built, refreshed(factsOnly(built)));

        TestSupport.build(kg, files, new ArrayList<>());
        assertSameTriples(built, copy(kg.dataset()));
    }

    /** The shapes hold the statements and labels to their form: a wrong count or a second label is reported. */
    @Test
    void theShapesCheckStatementsAndLabels() {
        Graph g = copy(TestSupport.seeds().graph().dataset());
        Node st = g.find(Node.ANY, RDF.type.asNode(), SKG.RelationStatement.asNode()).next().getSubject();
        Node paper = g.find(Node.ANY, RDF.type.asNode(), SKG.Paper.asNode()).next().getSubject();
        Dataset d = DatasetFactory.createTxnMem();
        Txn.executeWrite(d, () -> {
            Graph w = d.asDatasetGraph().getDefaultGraph();
            g.find().forEachRemaining(w::add);
            Statistics.set(w, st, SKG.supportCount.asNode(), 0);
            w.add(paper, RDFS.label.asNode(), NodeFactory.createLiteralString("another label"));
        });
        Validation.Report r = Validation.validate(d, null);
        assertFalse(r.conforms());
        assertEquals(2, r.violations().size(), String.join("\n", r.violations()));
        assertTrue(r.violations().stream().anyMatch(v -> v.startsWith(st.getURI()) && v.contains("supportCount")), r.violations()::toString);
        assertTrue(r.violations().stream().anyMatch(v -> v.startsWith(paper.getURI()) && v.contains("rdfs:label")), r.violations()::toString);
    }

    /** A build over a store an earlier version wrote first derives what that store lacks; one over a current store does not. */
    @Test
    void aBuildOverAStoreOfAnEarlierVersionDerivesWhatItLacks() {
        Graph built = copy(TestSupport.seeds().graph().dataset());
        assertFalse(Statistics.lacksDerivedData(TestSupport.seeds().graph().dataset()));
        try (KnowledgeGraph kg = KnowledgeGraph.inMemory()) {
            Txn.executeWrite(kg.dataset(), () -> factsOnly(built).find().forEachRemaining(kg.dataset().asDatasetGraph().getDefaultGraph()::add));
            assertTrue(Statistics.lacksDerivedData(kg.dataset()));
            assertEquals(0, TestSupport.build(kg, List.of("data"), new ArrayList<>()).extracted());
            assertSameTriples(built, copy(kg.dataset()));
            assertFalse(Statistics.lacksDerivedData(kg.dataset()));
        }
    }

    /** The bulk loader, given the build's facts only, derives what the build keeps. */
    @Test
    void aBulkLoadOfTheFactsGetsTheBuildsDerivedData(@TempDir Path dir) throws IOException {
        Graph built = copy(TestSupport.seeds().graph().dataset());
        Path nt = dir.resolve("facts.nt");
        try (var out = Files.newOutputStream(nt)) {
            org.apache.jena.riot.RDFDataMgr.write(out, factsOnly(built), org.apache.jena.riot.Lang.NTRIPLES);
        }
        try (KnowledgeGraph loaded = KnowledgeGraph.open(dir.resolve("store"))) {
            BulkLoad.load(loaded, List.of(nt), line -> { });
            assertSameTriples(built, copy(loaded.dataset()));
            loaded.release();
        }
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
