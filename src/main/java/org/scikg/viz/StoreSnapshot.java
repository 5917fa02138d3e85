package org.scikg.viz;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.scikg.graph.SKG;

/**
 * What the views need from the store, read once with four SELECT queries (see {@code viz/queries/*.rq}): entities
 * and their names, paper titles, paper-entity links with their sentences, and typed relations with their evidence.
 * Call {@link #load} inside a read transaction.
 */
final class StoreSnapshot {
    /** An entity: IRI, short type name and names. */
    record Entity(String iri, String type, String prefLabel, Set<String> altLabels, Set<String> matchKeys) {
    }

    /** One paper's link to one entity. */
    static final class Link {
        boolean introduces;
        int firstIndex = Integer.MAX_VALUE;
        String firstSentence = "";
        final Set<String> sentences = new TreeSet<>();
    }

    /** One typed relation triple. */
    record Relation(String source, String relation, String target) {
    }

    final Map<String, Entity> entities = new TreeMap<>();
    final Map<String, String> paperTitles = new TreeMap<>();
    /** paper IRI → entity IRI → link. */
    final Map<String, Map<String, Link>> byPaper = new TreeMap<>();
    /** entity IRI → paper IRI → link (the same link objects). */
    final Map<String, Map<String, Link>> byEntity = new TreeMap<>();
    /** relation → paper IRI → sentence (empty map when the triple has no evidence). */
    final Map<Relation, Map<String, String>> relations = new TreeMap<>(Comparator.comparing(Relation::source)
            .thenComparing(Relation::relation).thenComparing(Relation::target));

    private StoreSnapshot() {
    }

    /** Reads the snapshot; the caller holds a read transaction where the dataset has them. */
    static StoreSnapshot load(Dataset ds) {
        StoreSnapshot s = new StoreSnapshot();
        s.loadEntities(ds);
        select(ds, "papers.rq", row -> s.paperTitles.put(row.getResource("paper").getURI(),
                firstText(row.get("title"), row.get("id"))));
        select(ds, "mentions.rq", s::addLink);
        select(ds, "relations.rq", s::addRelation);
        return s;
    }

    /** The display title of a paper: its title, else its identifier, else its IRI's last segment. */
    String paperTitle(String paperIri) {
        String t = paperTitles.get(paperIri);
        return t == null || t.isEmpty() ? VizNode.localName(paperIri) : t;
    }

    private void loadEntities(Dataset ds) {
        Map<String, String> types = new HashMap<>();
        Map<String, String> prefs = new HashMap<>();
        Map<String, Set<String>> alts = new HashMap<>();
        Map<String, Set<String>> keys = new HashMap<>();
        select(ds, "entities.rq", row -> {
            String e = row.getResource("e").getURI();
            String type = row.getResource("type").getURI().substring(SKG.NS.length());
            // an entity may also be typed skg:Entity by inference; its subclass wins
            types.merge(e, type, (old, neu) -> "Entity".equals(old) ? neu : old);
            String kind = row.contains("kind") ? row.getLiteral("kind").getString() : "";
            String value = row.contains("value") ? text(row.get("value")) : "";
            switch (kind) {
                case "pref" -> prefs.merge(e, value, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                case "alt" -> alts.computeIfAbsent(e, k -> new TreeSet<>()).add(value);
                case "key" -> keys.computeIfAbsent(e, k -> new TreeSet<>()).add(value);
                default -> { }
            }
        });
        types.forEach((e, type) -> entities.put(e, new Entity(e, type, prefs.getOrDefault(e, ""),
                alts.getOrDefault(e, Set.of()), keys.getOrDefault(e, Set.of()))));
    }

    private void addLink(QuerySolution row) {
        if (!row.get("paper").isURIResource() || !row.get("entity").isURIResource()) {
            return;
        }
        String paper = row.getResource("paper").getURI();
        String entity = row.getResource("entity").getURI();
        Link link = byPaper.computeIfAbsent(paper, k -> new TreeMap<>()).computeIfAbsent(entity, k -> new Link());
        byEntity.computeIfAbsent(entity, k -> new TreeMap<>()).put(paper, link);
        link.introduces |= row.contains("intro") && row.getLiteral("intro").getBoolean();
        if (row.contains("sentence")) {
            String sentence = text(row.get("sentence"));
            int idx = row.contains("idx") ? row.getLiteral("idx").getInt() : Integer.MAX_VALUE - 1;
            link.sentences.add(sentence);
            boolean earlier = idx < link.firstIndex
                    || idx == link.firstIndex && sentence.compareTo(link.firstSentence) < 0;
            if (earlier) {
                link.firstIndex = idx;
                link.firstSentence = sentence;
            }
        }
    }

    private void addRelation(QuerySolution row) {
        if (!row.get("s").isURIResource() || !row.get("o").isURIResource()) {
            return;
        }
        Relation r = new Relation(row.getResource("s").getURI(),
                row.getResource("p").getURI().substring(SKG.NS.length()), row.getResource("o").getURI());
        Map<String, String> support = relations.computeIfAbsent(r, k -> new TreeMap<>());
        if (row.contains("paper") && row.get("paper").isURIResource()) {
            String sentence = row.contains("sentence") ? text(row.get("sentence")) : "";
            support.merge(row.getResource("paper").getURI(), sentence,
                    (a, b) -> a.isEmpty() || !b.isEmpty() && b.compareTo(a) < 0 ? b : a);
        }
    }

    private static void select(Dataset ds, String resource, Consumer<QuerySolution> sink) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(queryText(resource)).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(sink);
        }
    }

    static String queryText(String resource) {
        try (InputStream in = StoreSnapshot.class.getResourceAsStream("/viz/queries/" + resource)) {
            if (in == null) {
                throw new VizException("missing resource viz/queries/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new VizException("cannot read viz/queries/" + resource, e);
        }
    }

    private static String firstText(RDFNode... nodes) {
        for (RDFNode n : nodes) {
            if (n != null && !text(n).isEmpty()) {
                return text(n);
            }
        }
        return "";
    }

    static String text(RDFNode n) {
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? ((Literal) n).getLexicalForm() : n.toString();
    }
}
