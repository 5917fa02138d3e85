package org.scikg.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Derived data kept in the store beside the facts it is derived from, so that corpus-wide listings read one value
 * per node instead of aggregating every mention or evidence node (on 20,000 abstracts, ranking entities by
 * aggregating their 200,000 mentions takes about a second; reading the ranks takes milliseconds):
 * <ul>
 * <li>{@code skg:paperCount} on an entity: the papers that mention it;</li>
 * <li>{@code skg:occurrenceCount} on a paper: the places its abstract's text was read, over every paper
 * with the same content hash (so an abstract filed under two ids counts both);</li>
 * <li>{@code skg:paperRank} on the {@value #RANKED} most mentioned entities: 1 for the most mentioned, ties
 * in IRI order;</li>
 * <li>an {@code skg:RelationStatement} node for each entity-to-entity triple with evidence, with
 * {@code skg:supportCount}, the papers with evidence for it, and {@code skg:supportRank} on the {@value #RANKED}
 * best supported triples of each predicate ({@link RelationStatements}).</li>
 * </ul>
 * {@link KnowledgeGraph#write} keeps the counts and statement nodes right for whatever a write adds; the ranks
 * are set at the end of a build by {@link #refreshRanks}; {@link #refreshAll} recomputes everything for a store
 * filled by other means (the bulk loader), and adds the papers' display labels ({@link PaperLabel}) that a store
 * written before they were stored lacks.
 */
public final class Statistics {
    /** How many entities, and how many statements of each relation, carry a rank. */
    public static final int RANKED = 1000;

    private Statistics() {
    }

    /**
     * The entities, papers and evidence nodes whose counts a stream of new triples may change, collected as it
     * passes.
     */
    public static final class Touched extends StreamRDFWrapper {
        private final Set<Node> entities = new HashSet<>();
        private final Set<Node> papers = new HashSet<>();
        private final Set<Node> evidence = new HashSet<>();

        private final Graph graph;

        Touched(StreamRDF out, Graph graph) {
            super(out);
            this.graph = graph;
        }

        @Override
        public void triple(Triple t) {
            Node p = t.getPredicate();
            // a triple the store holds already changes no count (a rebuild re-adds every source occurrence)
            boolean counted = p.equals(SKG.mentions.asNode()) || p.equals(PROV.wasDerivedFrom.asNode());
            if (counted && !graph.contains(t)) {
                if (p.equals(SKG.mentions.asNode())) entities.add(t.getObject());
                else papers.add(t.getSubject());
            } else if (RelationStatements.evidencePart(p) && !graph.contains(t)) {
                evidence.add(t.getSubject());
            }
            super.triple(t);
        }

        /** Sets the counts of everything touched; called in the write transaction, after the triples. */
        void refresh(Graph g) {
            Node paperCount = SKG.paperCount.asNode();
            for (Node e : entities) set(g, e, paperCount, g.stream(Node.ANY, SKG.mentions.asNode(), e).count());
            Set<Node> done = new HashSet<>();
            for (Node paper : papers) {
                if (done.contains(paper)) continue;
                List<Node> same = new ArrayList<>();
                g.find(paper, SKG.contentHash.asNode(), Node.ANY).forEachRemaining(h ->
                        g.find(Node.ANY, SKG.contentHash.asNode(), h.getObject()).forEachRemaining(t -> same.add(t.getSubject())));
                if (same.isEmpty()) same.add(paper);
                long n = same.stream().mapToLong(s -> g.stream(s, PROV.wasDerivedFrom.asNode(), Node.ANY).count()).sum();
                for (Node s : same) {
                    set(g, s, SKG.occurrenceCount.asNode(), n);
                    done.add(s);
                }
            }
            RelationStatements.recount(g, evidence);
        }
    }

    static Touched tracking(Graph g) {
        return new Touched(org.apache.jena.riot.system.StreamRDFLib.graph(g), g);
    }

    /** Sets the one value of a count property. */
    static void set(Graph g, Node s, Node p, long value) {
        g.remove(s, p, Node.ANY);
        g.add(s, p, integer(value));
    }

    static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    /**
     * Ranks the {@value #RANKED} entities with the highest paper counts, and the {@value #RANKED} best supported
     * statements of each relation, in one write transaction.
     */
    public static void refreshRanks(Dataset dataset) {
        Txn.executeWrite(dataset, () -> {
            Graph g = dataset.asDatasetGraph().getDefaultGraph();
            g.remove(Node.ANY, SKG.paperRank.asNode(), Node.ANY);
            List<Node> top = new ArrayList<>();
            var q = org.apache.jena.query.QueryExecution.dataset(dataset).query(Prefixes.sparql()
                    + "SELECT ?e WHERE { ?e skg:paperCount ?n } ORDER BY DESC(?n) ?e LIMIT " + RANKED).build();
            try (q) {
                q.execSelect().forEachRemaining(row -> top.add(row.get("e").asNode()));
            }
            for (int i = 0; i < top.size(); i++) set(g, top.get(i), SKG.paperRank.asNode(), i + 1);
            RelationStatements.rank(dataset, g);
        });
    }

    /**
     * Whether the store lacks derived data that this version keeps, as a store written by an earlier one does: its
     * first paper has no display label, or it has evidence and no statement node. Reads a few triples only; a store
     * this version wrote (or recomputed) is never found lacking, since a write adds a paper with its label and
     * evidence with its statement.
     */
    public static boolean lacksDerivedData(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            Graph g = dataset.asDatasetGraph().getDefaultGraph();
            var papers = g.find(Node.ANY, RDF.type.asNode(), SKG.Paper.asNode());
            try {
                if (papers.hasNext() && !g.contains(papers.next().getSubject(), RDFS.label.asNode(), Node.ANY)) return true;
            } finally {
                papers.close();
            }
            // with no statement node, any rdf:predicate triple is an evidence node's
            return g.contains(Node.ANY, RDF.predicate.asNode(), Node.ANY)
                    && !g.contains(Node.ANY, RDF.type.asNode(), SKG.RelationStatement.asNode());
        });
    }

    /** Recomputes every count, statement node and rank of a store, and adds the display labels papers lack. */
    public static void refreshAll(Dataset dataset) {
        Txn.executeWrite(dataset, () -> {
            UpdateAction.parseExecute(Prefixes.sparql() + """
                DELETE WHERE { ?e skg:paperCount ?n } ;
                DELETE WHERE { ?p skg:occurrenceCount ?n } ;
                INSERT { ?e skg:paperCount ?n }
                WHERE { SELECT ?e (COUNT(?paper) AS ?n) WHERE { ?paper skg:mentions ?e } GROUP BY ?e } ;
                INSERT { ?p skg:occurrenceCount ?n }
                WHERE {
                  { SELECT ?hash (COUNT(?o) AS ?n) WHERE { ?q skg:contentHash ?hash ; prov:wasDerivedFrom ?o } GROUP BY ?hash }
                  ?p skg:contentHash ?hash .
                }
                """, dataset);
            // a fact, written with the paper since the label was introduced: a store written before lacks it
            UpdateAction.parseExecute(Prefixes.sparql() + """
                INSERT { ?p rdfs:label ?label }
                WHERE {
                  ?p a skg:Paper .
                  FILTER NOT EXISTS { ?p rdfs:label ?any }
                  OPTIONAL { ?p dcterms:title ?title }
                  OPTIONAL { ?p dcterms:identifier ?identifier }
                  OPTIONAL { ?p dcterms:abstract ?abstract }
                  BIND(%s AS ?label)
                }
                """.formatted(PaperLabel.SPARQL), dataset);
            RelationStatements.recomputeAll(dataset, dataset.asDatasetGraph().getDefaultGraph());
        });
        refreshRanks(dataset);
    }
}
