package org.scikg.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.scikg.graph.SKG;

/**
 * What a resource page shows, read from the store with the queries in {@code server/queries/}. Every read binds the
 * resource by substitution and runs under the server's timeout.
 */
final class ResourceReader {
    /** Papers without a title are named by the start of their abstract, this long. */
    static final int SNIPPET = 90;

    /** A resource named for display: IRI, label and short type name (may be empty). */
    record Ref(String iri, String label, String type) {
    }

    /** What names a resource and says what it is. */
    record Summary(String iri, String label, List<String> types, List<String> altLabels, String abstractText) {
        boolean isPaper() {
            return types.contains("Paper");
        }

        boolean isEntity() {
            return types.stream().anyMatch(t -> !t.equals("Entity") && ENTITY_TYPES.contains(t));
        }
    }

    /** One statement: predicate and value (a literal's text, or a resource). */
    record Property(String predicate, String text, Ref resource) {
    }

    /** A typed relation of an entity: out (entity → other) or in (other → entity). */
    record Relation(boolean outgoing, String predicate, Ref other, long papers) {
    }

    /** A paper mentioning an entity, with the sentences that do. */
    record PaperMention(Ref paper, boolean introduces, String date, List<String> sentences) {
    }

    /** A reported result. */
    record ResultRow(Ref subject, String metric, String value, Ref benchmark, Ref paper, String sentence) {
    }

    /** A relation stated in a paper, with its sentence. */
    record Statement(Ref subject, String predicate, Ref object, String sentence) {
    }

    /** An entity a paper mentions. */
    record EntityMention(Ref entity, boolean introduces) {
    }

    static final Set<String> ENTITY_TYPES = Set.of("Entity", "Model", "Method", "Benchmark", "Dataset", "Task",
            "Metric", "Software");

    private final StoreReads reads;

    ResourceReader(StoreReads reads) {
        this.reads = reads;
    }

    /** The resource's names and types; empty when the store says nothing about it. */
    Optional<Summary> summary(String iri) {
        List<QuerySolution> rows = run("summary", "this", iri);
        if (rows.isEmpty() && !reads.ask("ASK { ?this ?p ?o }", bind("this", iri))) {
            return Optional.empty();
        }
        String pref = null;
        String title = null;
        String id = null;
        String abs = null;
        List<String> types = new ArrayList<>();
        Set<String> alts = new LinkedHashSet<>();
        for (QuerySolution r : rows) {
            String p = r.getResource("p").getURI();
            RDFNode o = r.get("o");
            if (p.equals(RDF.type.getURI()) && o.isURIResource()) {
                types.add(shortName(o.asResource().getURI()));
            } else if (o.isLiteral()) {
                String v = o.asLiteral().getLexicalForm();
                if (p.equals(SKOS.prefLabel.getURI())) pref = v;
                else if (p.equals(SKOS.altLabel.getURI())) alts.add(v);
                else if (p.equals(DCTerms.title.getURI())) title = v;
                else if (p.equals(DCTerms.identifier.getURI())) id = v;
                else if (p.equals(DCTerms.abstract_.getURI())) abs = v;
            }
        }
        String label = first(pref, title, abs == null ? null : snippet(abs), id, localName(iri));
        return Optional.of(new Summary(iri, label, List.copyOf(types), List.copyOf(alts), abs));
    }

    /** Every statement about the resource. */
    List<Property> properties(String iri) {
        List<Property> out = new ArrayList<>();
        for (QuerySolution r : run("properties", "this", iri)) {
            RDFNode o = r.get("o");
            String p = r.getResource("p").getURI();
            if (o.isLiteral()) out.add(new Property(p, o.asLiteral().getLexicalForm(), null));
            else out.add(new Property(p, null, ref(o, r.get("label"), null)));
        }
        return out;
    }

    /** Statements whose object is the resource, as properties of their subjects. */
    List<Property> incoming(String iri) {
        return run("incoming", "this", iri).stream()
                .map(r -> new Property(r.getResource("p").getURI(), null, ref(r.get("s"), r.get("label"), null)))
                .toList();
    }

    List<Relation> relations(String entity) {
        return run("entity-relations", "this", entity).stream().map(r -> new Relation(
                "out".equals(text(r.get("dir"))), shortName(r.getResource("p").getURI()),
                ref(r.get("other"), r.get("otherLabel"), r.get("otherType")), r.getLiteral("papers").getLong()))
                .toList();
    }

    /** The papers mentioning an entity, in the query's order, each with its distinct sentences. */
    List<PaperMention> papers(String entity) {
        Map<String, PaperMention> byPaper = new LinkedHashMap<>();
        for (QuerySolution r : run("entity-papers", "this", entity)) {
            String paper = r.getResource("paper").getURI();
            PaperMention pm = byPaper.computeIfAbsent(paper, k -> new PaperMention(paperRef(r, "paper"),
                    r.contains("intro") && r.getLiteral("intro").getBoolean(), text(r.get("date")),
                    new ArrayList<>()));
            String s = text(r.get("sentence"));
            if (!s.isEmpty() && !pm.sentences().contains(s)) pm.sentences().add(s);
        }
        return byPaper.values().stream().map(pm -> new PaperMention(pm.paper(), pm.introduces(), pm.date(),
                List.copyOf(pm.sentences()))).toList();
    }

    /** Results reported for an entity (subject) or in a paper (paper). */
    List<ResultRow> results(String var, String iri) {
        return run("results", var, iri).stream().map(r -> new ResultRow(
                ref(r.get("subject"), r.get("subjectLabel"), null), text(r.get("metricName")), text(r.get("value")),
                r.contains("benchmark") ? ref(r.get("benchmark"), r.get("benchmarkLabel"), null) : null,
                paperRef(r, "paper"), text(r.get("sentence")))).toList();
    }

    List<EntityMention> paperEntities(String paper) {
        return run("paper-entities", "this", paper).stream().map(r -> new EntityMention(
                ref(r.get("e"), r.get("label"), r.get("type")), r.getLiteral("intro").getBoolean())).toList();
    }

    List<Statement> paperRelations(String paper) {
        return run("paper-relations", "this", paper).stream().map(r -> new Statement(
                ref(r.get("s"), r.get("sLabel"), null), shortName(r.getResource("p").getURI()),
                ref(r.get("o"), r.get("oLabel"), null), text(r.get("sentence")))).toList();
    }

    /** The RDF description sent to RDF clients: statements both ways, with neighbours' labels. */
    Model describe(String iri) {
        Model m = reads.graph(StoreReads.bundled("describe"), bind("this", iri));
        m.setNsPrefixes(org.scikg.graph.Prefixes.mapping());
        return m;
    }

    private List<QuerySolution> run(String query, String var, String iri) {
        return reads.select(StoreReads.bundled(query), bind(var, iri));
    }

    private static Map<String, Resource> bind(String var, String iri) {
        return Map.of(var, ResourceFactory.createResource(iri));
    }

    private static Ref paperRef(QuerySolution r, String var) {
        if (!r.contains(var) || !r.get(var).isURIResource()) return null;
        String title = text(r.get("title"));
        String abs = text(r.get("abstract"));
        String iri = r.getResource(var).getURI();
        return new Ref(iri, first(title, abs.isEmpty() ? null : snippet(abs), localName(iri)), "Paper");
    }

    private static Ref ref(RDFNode node, RDFNode label, RDFNode type) {
        if (node == null) return null;
        String iri = node.isURIResource() ? node.asResource().getURI() : "_:" + node.asResource().getId();
        String l = text(label);
        return new Ref(iri, l.isEmpty() ? localName(iri) : l, text(type));
    }

    static String snippet(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= SNIPPET ? t : t.substring(0, SNIPPET).strip() + "…";
    }

    static String text(RDFNode n) {
        if (n == null) return "";
        return n.isLiteral() ? ((Literal) n).getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : "";
    }

    /** A namespace term's short name: {@code skg:Model} → {@code Model}; other IRIs unchanged but for skg. */
    static String shortName(String iri) {
        return iri.startsWith(SKG.NS) ? iri.substring(SKG.NS.length()) : iri;
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v;
        }
        return "";
    }
}
