package org.scikg.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.RDF;
import org.scikg.link.Iris;

/**
 * The derived node of each entity-to-entity triple that has evidence: an {@code skg:RelationStatement} naming the
 * triple with {@code rdf:subject}, {@code rdf:predicate} and {@code rdf:object}, with {@code skg:supportCount}, the
 * papers that have an evidence node for it, and {@code skg:supportRank} on the {@value Statistics#RANKED} best
 * supported triples of each predicate. Its IRI is {@code {base}statement/{hash of the triple}}, the base being the
 * subject's ({@code {base}entity/{slug}}), so that it depends on the triple alone and is the same however the
 * store was filled. An evidence node is any node with all four of {@code rdf:subject}, {@code rdf:predicate},
 * {@code rdf:object} and {@code skg:inPaper}, as the named queries read them.
 */
final class RelationStatements {
    private static final String ENTITY = "entity/";

    private RelationStatements() {
    }

    /** The statement node of a triple. */
    static Node node(Node s, Node p, Node o) {
        String subject = text(s);
        int at = subject.lastIndexOf(ENTITY);
        boolean entity = at > 0 && subject.indexOf('/', at + ENTITY.length()) < 0;
        Iris iris = new Iris(entity ? subject.substring(0, at) : Iris.DEFAULT_BASE);
        return NodeFactory.createURI(iris.node("statement", subject, text(p), text(o)));
    }

    private static String text(Node n) {
        return n.isURI() ? n.getURI() : n.toString();
    }

    /** Whether a triple with this predicate may make or change an evidence node. */
    static boolean evidencePart(Node predicate) {
        return predicate.equals(RDF.subject.asNode()) || predicate.equals(RDF.predicate.asNode())
                || predicate.equals(RDF.object.asNode()) || predicate.equals(SKG.inPaper.asNode());
    }

    /** Counts again the support of every triple that one of these nodes is evidence for. */
    static void recount(Graph g, Set<Node> evidence) {
        Set<Triple> triples = new HashSet<>();
        for (Node ev : evidence) {
            for (Node s : objects(g, ev, RDF.subject.asNode())) {
                for (Node p : objects(g, ev, RDF.predicate.asNode())) {
                    for (Node o : objects(g, ev, RDF.object.asNode())) triples.add(Triple.create(s, p, o));
                }
            }
        }
        for (Triple t : triples) recount(g, t.getSubject(), t.getPredicate(), t.getObject());
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static void recount(Graph g, Node s, Node p, Node o) {
        Set<Node> papers = new HashSet<>();
        List<Node> candidates = new ArrayList<>();
        g.find(Node.ANY, RDF.subject.asNode(), s).forEachRemaining(t -> candidates.add(t.getSubject()));
        for (Node ev : candidates) {
            if (g.contains(ev, RDF.predicate.asNode(), p) && g.contains(ev, RDF.object.asNode(), o)) {
                papers.addAll(objects(g, ev, SKG.inPaper.asNode()));
            }
        }
        Node st = node(s, p, o);
        if (papers.isEmpty()) {
            g.remove(st, Node.ANY, Node.ANY);
        } else {
            put(g, st, s, p, o, papers.size());
        }
    }

    private static void put(Graph g, Node st, Node s, Node p, Node o, long papers) {
        if (g.contains(st, RDF.type.asNode(), SKG.RelationStatement.asNode())) {
            Statistics.set(g, st, SKG.supportCount.asNode(), papers);
        } else {
            add(g, st, s, p, o, papers);
        }
    }

    private static void add(Graph g, Node st, Node s, Node p, Node o, long papers) {
        g.add(st, RDF.type.asNode(), SKG.RelationStatement.asNode());
        g.add(st, RDF.subject.asNode(), s);
        g.add(st, RDF.predicate.asNode(), p);
        g.add(st, RDF.object.asNode(), o);
        g.add(st, SKG.supportCount.asNode(), Statistics.integer(papers));
    }

    /** Replaces every statement node by one counted from the evidence; in the caller's write transaction. */
    static void recomputeAll(Dataset dataset, Graph g) {
        List<Node> old = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), SKG.RelationStatement.asNode()).forEachRemaining(t -> old.add(t.getSubject()));
        for (Node st : old) g.remove(st, Node.ANY, Node.ANY);
        List<QuerySolution> rows = select(dataset, """
                SELECT ?s ?p ?o (COUNT(DISTINCT ?paper) AS ?n)
                WHERE { ?ev rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o ; skg:inPaper ?paper }
                GROUP BY ?s ?p ?o
                """);
        for (QuerySolution r : rows) {
            Node s = r.get("s").asNode();
            Node p = r.get("p").asNode();
            Node o = r.get("o").asNode();
            add(g, node(s, p, o), s, p, o, r.getLiteral("n").getLong()); // none is left to update
        }
    }

    /**
     * Ranks the statements of each predicate by support, highest first, ties in subject then object IRI order
     * (the order of {@code ORDER BY DESC(?papers) ?s ?o}: IRIs compare as strings), the first
     * {@value Statistics#RANKED} of each; in the caller's write transaction.
     */
    static void rank(Dataset dataset, Graph g) {
        g.remove(Node.ANY, SKG.supportRank.asNode(), Node.ANY);
        // sorted here rather than by ORDER BY, which would read the IRIs from the node table at every comparison
        record Row(Node statement, long papers, String subject, String object) {
        }
        Map<Node, List<Row>> byPredicate = new LinkedHashMap<>();
        for (QuerySolution r : select(dataset, """
                SELECT ?st ?p ?n ?s ?o
                WHERE { ?st skg:supportCount ?n ; rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o }
                """)) {
            byPredicate.computeIfAbsent(r.get("p").asNode(), k -> new ArrayList<>()).add(new Row(r.get("st").asNode(),
                    r.getLiteral("n").getLong(), text(r.get("s").asNode()), text(r.get("o").asNode())));
        }
        Comparator<Row> order = Comparator.comparingLong(Row::papers).reversed()
                .thenComparing(Row::subject).thenComparing(Row::object);
        for (List<Row> rows : byPredicate.values()) {
            rows.sort(order);
            for (int i = 0; i < Math.min(rows.size(), Statistics.RANKED); i++) {
                g.add(rows.get(i).statement(), SKG.supportRank.asNode(), Statistics.integer(i + 1));
            }
        }
    }

    /** The rows of a SELECT, all read before the caller changes the graph. */
    private static List<QuerySolution> select(Dataset dataset, String query) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution q = QueryExecution.dataset(dataset).query(Prefixes.sparql() + query).build()) {
            q.execSelect().forEachRemaining(out::add);
        }
        return out;
    }
}
