package org.scikg.viz;

import java.util.Random;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** Stores for the viz tests: the Turtle fixture, a hostile one, and a large synthetic one. */
final class VizTestData {
    static final String SKG = org.scikg.graph.SKG.NS;
    static final String RES = "https://w3id.org/scikg/resource/";
    static final String HOSTILE = "</script><script>window.__pwned=1;alert(1)</script>\"'<!--";
    static final String[] TYPES = {"Model", "Method", "Benchmark", "Dataset", "Task", "Metric", "Software"};

    private VizTestData() {
    }

    /** The nine-entity, three-paper fixture of src/test/resources/viz/viz-fixture.ttl, in memory. */
    static Dataset fixture() {
        Dataset ds = DatasetFactory.createTxnMem();
        ds.executeWrite(() -> RDFDataMgr.read(ds, "viz/viz-fixture.ttl"));
        return ds;
    }

    /**
     * The project's shared fixture (src/test/resources/fixtures/mini-graph.ttl, written for every subsystem), or
     * null where it is not on the class path.
     */
    static Dataset miniGraph() {
        if (VizTestData.class.getResource("/fixtures/mini-graph.ttl") == null) {
            return null;
        }
        Dataset ds = DatasetFactory.createTxnMem();
        ds.executeWrite(() -> RDFDataMgr.read(ds, "fixtures/mini-graph.ttl"));
        return ds;
    }

    /** The number of entities in a store, counted with SPARQL rather than with the code under test. */
    static int entityCount(Dataset ds) {
        String q = "PREFIX skg: <" + SKG + "> SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { VALUES ?t { skg:Model"
                + " skg:Method skg:Benchmark skg:Dataset skg:Task skg:Metric skg:Software } ?e a ?t }";
        return ds.calculateRead(() -> {
            try (var qe = org.apache.jena.query.QueryExecution.dataset(ds).query(q).build()) {
                return qe.execSelect().next().getLiteral("n").getInt();
            }
        });
    }

    static String entity(String slug) {
        return RES + "entity/" + slug;
    }

    /** Two entities and one paper whose labels, title and sentences try to break out of the page. */
    static Dataset hostile() {
        Dataset ds = DatasetFactory.createTxnMem();
        ds.executeWrite(() -> {
            Model m = ds.getDefaultModel();
            Resource bad = entity(m, "bad", "Method", HOSTILE);
            bad.addProperty(SKOS.altLabel, "<img src=x onerror=alert(2)>");
            Resource good = entity(m, "good", "Dataset", "Good \"quoted\" 'name' & co");
            Resource paper = paper(m, "p1", "Title " + HOSTILE);
            mention(m, paper, bad, "m1", "We use " + HOSTILE + " <img src=x onerror=alert(3)> \u2028 here.");
            mention(m, paper, good, "m2", "On Good \"quoted\" data.");
            relation(m, bad, "evaluatedOn", good, paper, "ev1", "Evidence " + HOSTILE);
        });
        return ds;
    }

    /**
     * A synthetic store: {@code entities} entities, {@code papers} papers mentioning {@code perPaper} entities
     * each (skewed towards a few popular ones; every entity mentioned at least once), and {@code relations} typed
     * relations with evidence.
     */
    static Dataset synthetic(int entities, int papers, int perPaper, int relations, long seed) {
        Random rnd = new Random(seed);
        Dataset ds = DatasetFactory.createTxnMem();
        ds.executeWrite(() -> {
            Model m = ds.getDefaultModel();
            Resource[] es = new Resource[entities];
            for (int i = 0; i < entities; i++) {
                es[i] = entity(m, "e" + i, TYPES[i % TYPES.length], "Entity " + i);
            }
            Resource[] ps = new Resource[papers];
            for (int p = 0; p < papers; p++) {
                ps[p] = paper(m, "p" + p, "Paper " + p);
                for (int k = 0; k < perPaper; k++) {
                    int e = k == 0 ? p % entities : (int) (entities * Math.pow(rnd.nextDouble(), 2.5));
                    mention(m, ps[p], es[e], "m" + p + "-" + k, "Sentence " + k + " of paper " + p + ".");
                }
            }
            for (int i = 0; i < entities - papers; i++) {
                mention(m, ps[rnd.nextInt(papers)], es[papers + i], "x" + i, "Extra mention.");
            }
            for (int r = 0; r < relations; r++) {
                String rel = VizEdge.TYPED_RELATIONS.get(r % VizEdge.TYPED_RELATIONS.size());
                relation(m, es[rnd.nextInt(entities)], rel, es[rnd.nextInt(entities)], ps[rnd.nextInt(papers)],
                        "r" + r, "Relation sentence " + r + ".");
            }
        });
        return ds;
    }

    private static Resource entity(Model m, String slug, String type, String label) {
        return m.createResource(entity(slug)).addProperty(RDF.type, m.createResource(SKG + type))
                .addProperty(SKOS.prefLabel, label).addProperty(m.createProperty(SKG, "matchKey"), slug);
    }

    private static Resource paper(Model m, String id, String title) {
        return m.createResource(RES + "paper/" + id).addProperty(RDF.type, m.createResource(SKG + "Paper"))
                .addProperty(DCTerms.title, title).addProperty(DCTerms.identifier, id);
    }

    private static void mention(Model m, Resource paper, Resource entity, String id, String sentence) {
        paper.addProperty(m.createProperty(SKG, "mentions"), entity);
        m.createResource(RES + "mention/" + id).addProperty(RDF.type, m.createResource(SKG + "Mention"))
                .addProperty(m.createProperty(SKG, "inPaper"), paper)
                .addProperty(m.createProperty(SKG, "mentionOf"), entity)
                .addProperty(m.createProperty(SKG, "sentence"), sentence)
                .addLiteral(m.createProperty(SKG, "sentenceIndex"), 0);
    }

    private static void relation(Model m, Resource s, String rel, Resource o, Resource paper, String id,
            String sentence) {
        Property p = m.createProperty(SKG, rel);
        s.addProperty(p, o);
        m.createResource(RES + "evidence/" + id).addProperty(RDF.type, m.createResource(SKG + "Evidence"))
                .addProperty(RDF.subject, s).addProperty(RDF.predicate, p).addProperty(RDF.object, o)
                .addProperty(m.createProperty(SKG, "inPaper"), paper)
                .addProperty(m.createProperty(SKG, "sentence"), sentence);
    }
}
