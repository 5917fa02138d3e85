package org.scikg.viz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.scikg.graph.SKG;

/**
 * The graph of what a SPARQL CONSTRUCT query returns: every triple between two resources is an edge named by its
 * predicate's local name; {@code rdf:type} and literal triples describe nodes instead. Nodes the store knows
 * (entities, papers) get their labels, types, mentions and evidence from the snapshot.
 */
final class QueryView {
    private final StoreSnapshot store;
    private final ViewBuilder views;
    private final VizRequest req;

    QueryView(StoreSnapshot store, ViewBuilder views, VizRequest req) {
        this.store = store;
        this.views = views;
        this.req = req;
    }

    /**
     * Parses and runs the query.
     *
     * @throws VizException if the query does not parse (with its line and column) or is not a CONSTRUCT
     */
    static Model construct(Dataset ds, String queryText) {
        Query q;
        try {
            q = QueryFactory.create(queryText);
        } catch (QueryParseException e) {
            throw new VizException("query line " + e.getLine() + ", column " + e.getColumn() + ": "
                    + e.getMessage(), e);
        }
        if (!q.isConstructType()) {
            throw new VizException("--query needs a SPARQL CONSTRUCT query, not a " + q.queryType());
        }
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            return qe.execConstruct();
        }
    }

    /** The graph of the constructed model. */
    VizGraph build(Model m, String title) {
        VizGraph g = new VizGraph(title);
        Map<String, VizNode> nodes = new HashMap<>();
        List<Statement> links = m.listStatements().filterKeep(s -> s.getObject().isResource()
                && !s.getPredicate().equals(RDF.type)).toList();
        for (Statement s : links) {
            nodes.computeIfAbsent(id(s.getSubject()), k -> node(s.getSubject(), m));
            nodes.computeIfAbsent(id(s.getObject()), k -> node(s.getObject().asResource(), m));
        }
        m.listSubjects().forEach(r -> nodes.computeIfAbsent(id(r), k -> node(r, m)));
        nodes.values().stream().filter(n -> req.keepsType(n.type())).forEach(g::addVertex);
        for (Statement s : links) {
            String relation = s.getPredicate().getLocalName().isEmpty() ? s.getPredicate().getURI()
                    : s.getPredicate().getLocalName();
            String src = id(s.getSubject());
            String dst = id(s.getObject());
            if (req.keepsRelation(relation) && g.node(src).isPresent() && g.node(dst).isPresent()) {
                g.connect(edge(src, relation, dst, s.getPredicate().getURI()));
            }
        }
        return g;
    }

    private VizEdge edge(String src, String relation, String dst, String predicate) {
        if (predicate.startsWith(SKG.NS)) {
            Map<String, String> support = store.relations.get(new StoreSnapshot.Relation(src, relation, dst));
            if (support != null && !support.isEmpty()) {
                return new VizEdge(src, dst, relation, support.size(), List.copyOf(support.keySet()),
                        views.evidence(support));
            }
            StoreSnapshot.Link link = store.byPaper.getOrDefault(src, Map.of()).get(dst);
            if (link != null && !link.firstSentence.isEmpty()) {
                return new VizEdge(src, dst, relation, 1, List.of(src),
                        List.of(new VizEvidence(src, store.paperTitle(src), link.firstSentence)));
            }
        }
        return VizEdge.of(src, dst, relation, 1);
    }

    private VizNode node(Resource r, Model m) {
        String id = id(r);
        StoreSnapshot.Entity e = store.entities.get(id);
        if (e != null) {
            return views.entityNode(e);
        }
        if (store.paperTitles.containsKey(id)) {
            return views.paperNode(id, store.byPaper.getOrDefault(id, Map.of()).size());
        }
        Resource type = r.getPropertyResourceValue(RDF.type);
        String typeName = type == null || !type.isURIResource() ? "Other" : type.getLocalName();
        return VizNode.of(id, label(r, m), typeName);
    }

    private static String label(Resource r, Model m) {
        for (var p : List.of(SKOS.prefLabel, RDFS.label, DCTerms.title)) {
            Statement s = m.getProperty(r, p);
            if (s != null && s.getObject().isLiteral()) {
                return s.getString();
            }
        }
        return r.isURIResource() ? VizNode.localName(r.getURI()) : id(r);
    }

    private static String id(RDFNode r) {
        return r.isURIResource() ? r.asResource().getURI() : "_:" + r.asResource().getId().getLabelString();
    }
}
