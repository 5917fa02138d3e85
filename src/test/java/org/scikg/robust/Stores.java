package org.scikg.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.iri.IRI;
import org.apache.jena.iri.IRIFactory;
import org.apache.jena.iri.Violation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.scikg.graph.KnowledgeGraph;
import org.scikg.graph.SKG;

/** Store and graph helpers of the robustness tests. */
final class Stores {
    private static final IRIFactory IRIS = IRIFactory.iriImplementation();

    private Stores() {
    }

    /** A new empty folder for a store below target/test-stores (kept for a look after a failure). */
    static Path newDir(String prefix) {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-stores")), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a TDB2 store in this JVM, applies the function, and releases the store again (TDB2 keeps a store
     * open for the life of the JVM otherwise, and its lock would keep child processes out).
     */
    static <T> T withStore(Path dir, Function<KnowledgeGraph, T> f) {
        KnowledgeGraph kg = KnowledgeGraph.open(dir);
        try {
            return f.apply(kg);
        } finally {
            TDBInternal.expel(kg.dataset().asDatasetGraph(), false);
        }
    }

    /** The default graph, copied into memory. */
    static Model copy(KnowledgeGraph kg) {
        return Txn.calculateRead(kg.dataset(), () -> ModelFactory.createDefaultModel().add(kg.dataset().getDefaultModel()));
    }

    static long papers(KnowledgeGraph kg) {
        return kg.count(SKG.Paper.getURI());
    }

    /** Each IRI in the graph that does not parse cleanly, with its violations (warnings included). */
    static List<String> badIris(Model m) {
        List<String> bad = new ArrayList<>();
        m.getGraph().find().forEachRemaining((Triple t) -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI()) {
                    String problem = iriProblem(n.getURI());
                    if (problem != null) bad.add(problem);
                }
            }
        });
        return bad;
    }

    /** Null when the IRI has a scheme and parses without violations, else what is wrong with it. */
    static String iriProblem(String iri) {
        IRI parsed = IRIS.create(iri);
        List<String> violations = new ArrayList<>();
        for (Iterator<Violation> it = parsed.violations(true); it.hasNext(); ) violations.add(it.next().getShortMessage());
        if (parsed.isRelative()) violations.add("relative");
        return violations.isEmpty() ? null : iri + ": " + violations;
    }

    /** A short account of how two graphs differ, for assertion messages. */
    static String difference(Model expected, Model actual) {
        Model missing = expected.difference(actual);
        Model extra = actual.difference(expected);
        StringBuilder b = new StringBuilder("missing " + missing.size() + ", extra " + extra.size());
        missing.listStatements().toList().stream().limit(5).forEach(s -> b.append("\n  - ").append(s));
        extra.listStatements().toList().stream().limit(5).forEach(s -> b.append("\n  + ").append(s));
        return b.toString();
    }
}
