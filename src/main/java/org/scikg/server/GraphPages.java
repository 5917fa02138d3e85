package org.scikg.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.util.FmtUtils;
import org.scikg.graph.Prefixes;
import org.scikg.query.QueryService;
import org.scikg.viz.GraphViews;
import org.scikg.viz.VizGraph;
import org.scikg.viz.VizRequest;

/**
 * The graphs the server draws with the viz renderer: an entity's neighbourhood, a paper's entities and relations,
 * and what a user's query returns. A user's query runs first under the server's timeout and a small row cap; what
 * it names is then handed to {@link GraphViews} as a CONSTRUCT over fixed VALUES, which cannot run long.
 */
final class GraphPages {
    /** Nodes kept (best ranked by degree) in a query's graph. */
    static final int MAX_NODES = 150;
    /** Nodes kept around an entity. */
    static final int ENTITY_NODES = 40;
    /** Rows or CONSTRUCT solutions of a user's query that are drawn. */
    static final int MAX_ROWS = 500;
    /** Literal values this long or shorter are looked up as entity labels. */
    private static final int MAX_LABEL = 200;

    /** A query the graph page will not draw, with the HTTP status that says why. */
    static final class Refused extends ServerException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /** Graphs kept, most recently used first: the store does not change while served. */
    static final int CACHED = 64;
    /** Graph builds at once: each reads the whole store (see {@link GraphViews}), so they queue. */
    static final int BUILDS = 2;

    private final ServerSettings settings;
    private final StoreReads reads;
    private final Semaphore builds = new Semaphore(BUILDS, true);
    private final Map<String, VizGraph> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, VizGraph> eldest) {
                    return size() > CACHED;
                }
            });

    GraphPages(ServerSettings settings, StoreReads reads) {
        this.settings = settings;
        this.reads = reads;
    }

    /**
     * The graph for a request, from the cache or built now, with at most {@link #BUILDS} builds at once.
     *
     * @throws Refused (503) if no build slot frees up within the server's timeout
     */
    VizGraph cached(String key, Supplier<VizGraph> build) {
        VizGraph g = cache.get(key);
        if (g != null) {
            return g;
        }
        try {
            if (!builds.tryAcquire(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Refused(503, "the server is busy drawing other graphs: try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(503, "interrupted");
        }
        try {
            g = build.get();
            cache.put(key, g);
            return g;
        } finally {
            builds.release();
        }
    }

    /**
     * The entity with its typed relations and co-mentions, the best connected first.
     *
     * @throws org.scikg.viz.VizException if the store has no such entity
     */
    VizGraph entity(String iri) {
        String label = reads.select("SELECT ?l WHERE { ?this skos:prefLabel ?l }", Map.of("this", resource(iri)))
                .stream().map(r -> r.getLiteral("l").getLexicalForm()).findFirst()
                .orElseThrow(() -> new org.scikg.viz.VizException("no entity <" + iri + "> in the store"));
        return GraphViews.build(settings.dataset(), VizRequest.builder().focus(label, 1)
                .top(ENTITY_NODES, VizRequest.Ranking.DEGREE).build());
    }

    /** The paper, the entities it mentions and the relations it supports. */
    VizGraph paper(String iri) {
        String p = FmtUtils.stringForNode(NodeFactory.createURI(iri));
        String construct = Prefixes.sparql() + "CONSTRUCT { " + p + " skg:mentions ?e . ?s ?r ?o }\nWHERE { { "
                + p + " skg:mentions ?e } UNION { ?ev skg:inPaper " + p
                + " ; rdf:subject ?s ; rdf:predicate ?r ; rdf:object ?o } }";
        return GraphViews.build(settings.dataset(), VizRequest.builder().query(construct).build());
    }

    /**
     * What a query returns: a CONSTRUCT's or DESCRIBE's triples, or the resources a SELECT's rows name (IRIs, and
     * literals that are entity labels) with the store's links between them.
     *
     * @throws org.scikg.query.QueryException on a syntax error (with line:column)
     * @throws Refused if the query uses SERVICE (403), is an ASK or names nothing drawable (422)
     * @throws org.apache.jena.query.QueryCancelledException if it runs out of time
     */
    VizGraph query(String text) {
        Query q = QueryService.parse(text);
        if (SafeQuery.usesService(q)) {
            throw new Refused(403, "SERVICE (federated query) is disabled on this server");
        }
        if (!q.hasLimit() || q.getLimit() > MAX_ROWS) {
            q.setLimit(MAX_ROWS);
        }
        String construct;
        if (q.isSelectType()) {
            construct = linksBetween(named(reads.select(q, Map.of())));
        } else if (q.isConstructType() || q.isDescribeType()) {
            construct = fixed(reads.graph(q, Map.of()));
        } else {
            throw new Refused(422, "an ASK query has no graph to draw");
        }
        if (construct == null) {
            throw new Refused(422, "nothing to draw: the results name no resource of the store");
        }
        return GraphViews.build(settings.dataset(), VizRequest.builder().query(construct)
                .top(MAX_NODES, VizRequest.Ranking.DEGREE).build());
    }

    /** The IRIs the rows hold, and the entities whose preferred label is one of their literals. */
    private Set<String> named(List<QuerySolution> rows) {
        Set<String> iris = new LinkedHashSet<>();
        Set<Node> labels = new LinkedHashSet<>();
        for (QuerySolution row : rows) {
            row.varNames().forEachRemaining(v -> {
                RDFNode n = row.get(v);
                if (n.isURIResource()) {
                    iris.add(n.asResource().getURI());
                } else if (n.isLiteral() && n.asLiteral().getLexicalForm().length() <= MAX_LABEL) {
                    labels.add(NodeFactory.createLiteralString(n.asLiteral().getLexicalForm()));
                }
            });
        }
        if (!labels.isEmpty()) {
            String q = "SELECT DISTINCT ?e WHERE { VALUES ?l { " + values(labels) + " } ?e skos:prefLabel ?l }";
            reads.select(q, Map.of()).forEach(r -> iris.add(r.getResource("e").getURI()));
        }
        return iris;
    }

    /** A CONSTRUCT of the resources' types and of the store's triples between them; null when there are none. */
    private static String linksBetween(Set<String> iris) {
        if (iris.isEmpty()) {
            return null;
        }
        String set = values(iris.stream().limit(MAX_NODES * 2L).map(NodeFactory::createURI).toList());
        return Prefixes.sparql() + "CONSTRUCT { ?x a ?t . ?x ?p ?y }\nWHERE { VALUES ?x { " + set + " }\n"
                + "  { ?x a ?t } UNION { VALUES ?y { " + set + " } ?x ?p ?y } }";
    }

    /** A CONSTRUCT that gives back the model's triples (those without blank nodes); null when there are none. */
    private static String fixed(Model m) {
        List<Triple> triples = m.getGraph().find().filterDrop(t -> t.getSubject().isBlank()
                || t.getObject().isBlank()).toList();
        if (triples.isEmpty()) {
            return null;
        }
        String rows = triples.stream().map(t -> "(" + FmtUtils.stringForNode(t.getSubject()) + " "
                + FmtUtils.stringForNode(t.getPredicate()) + " " + FmtUtils.stringForNode(t.getObject()) + ")")
                .collect(Collectors.joining("\n"));
        return "CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s ?p ?o) {\n" + rows + "\n} }";
    }

    private static String values(java.util.Collection<Node> nodes) {
        return nodes.stream().map(FmtUtils::stringForNode).collect(Collectors.joining(" "));
    }

    private static org.apache.jena.rdf.model.Resource resource(String iri) {
        return org.apache.jena.rdf.model.ResourceFactory.createResource(iri);
    }
}
