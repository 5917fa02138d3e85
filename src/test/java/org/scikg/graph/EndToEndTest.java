package org.scikg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scikg.TestSupport;
import org.scikg.build.BuildSummary;
import org.scikg.corpus.Problem;
import org.scikg.export.Exporter;

/** The whole spine on the seed corpus in data/: read, extract, link, store in TDB2, query, export, validate. */
class EndToEndTest {
    private static final String P = Prefixes.sparql();

    private static boolean ask(String where) {
        var kg = TestSupport.seeds().graph();
        return Txn.calculateRead(kg.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(kg.dataset()).query(P + "ASK { " + where + " }").build()) {
                return qe.execAsk();
            }
        });
    }

    @Test
    void fortyEightLinesMakeFortyDistinctPapers() {
        BuildSummary s = TestSupport.seeds().summary();
        assertEquals(48, s.records());
        assertEquals(40, s.papers());
        assertEquals(8, s.duplicates());
        assertEquals(40, TestSupport.seeds().graph().count(SKG.Paper.getURI()));
        assertEquals(48, TestSupport.seeds().graph().count(SKG.SourceOccurrence.getURI()));
        assertEquals(List.of(), TestSupport.seeds().problems());
    }

    @Test
    void theGeminiAbstractIntroducesGemini() {
        assertTrue(ask("?p dcterms:abstract ?a ; skg:introduces ?e . ?e skos:prefLabel \"Gemini\" "
                + "FILTER(STRSTARTS(?a, \"This report introduces a new family of multimodal models, Gemini\"))"));
    }

    @Test
    void mmluIsABenchmark() {
        assertTrue(ask("?e skos:prefLabel \"MMLU\" ; a skg:Benchmark"));
    }

    @Test
    void byolIsAlsoCalledBootstrapYourOwnLatent() {
        assertTrue(ask("?e skos:prefLabel \"BYOL\" ; skos:altLabel \"Bootstrap Your Own Latent\""));
    }

    @Test
    void everyEntityHasExactlyOneType() {
        assertTrue(!ask("?e a ?t1, ?t2 FILTER(?t1 != ?t2) FILTER(?t1 IN (skg:Model, skg:Method, skg:Benchmark, "
                + "skg:Dataset, skg:Task, skg:Metric, skg:Software))"
                + " FILTER(?t2 IN (skg:Model, skg:Method, skg:Benchmark, skg:Dataset, skg:Task, skg:Metric, skg:Software))"));
    }

    @Test
    void mentionOffsetsPointAtTheirSurfaceForm() {
        assertTrue(!ask("?m a skg:Mention ; skg:inPaper ?p ; skg:surfaceForm ?s ; skg:startOffset ?b ; skg:endOffset ?e . "
                + "?p dcterms:abstract ?a FILTER(SUBSTR(?a, ?b + 1, ?e - ?b) != ?s)"));
    }

    @Test
    void turtleExportParsesBackIntoAnIsomorphicGraph() {
        var kg = TestSupport.seeds().graph();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = Exporter.export(kg.dataset(), RdfSyntax.TURTLE, out);
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new ByteArrayInputStream(out.toByteArray()), Lang.TURTLE);
        Model stored = Txn.calculateRead(kg.dataset(), () -> ModelFactory.createDefaultModel().add(kg.dataset().getDefaultModel()));
        assertEquals(stored.size(), n);
        assertTrue(back.isIsomorphicWith(stored));
    }

    @Test
    void theGraphConformsToTheShapes() {
        Validation.Report r = Validation.validate(TestSupport.seeds().graph().dataset(), null);
        assertTrue(r.conforms(), () -> String.join("\n", r.violations().subList(0, Math.min(20, r.violations().size()))));
    }

    @Test
    void buildingAgainChangesNothing(@TempDir Path tmp) {
        try (KnowledgeGraph kg = KnowledgeGraph.inMemory()) {
            List<Problem> problems = new ArrayList<>();
            TestSupport.build(kg, List.of("data"), problems);
            Model first = Txn.calculateRead(kg.dataset(), () -> ModelFactory.createDefaultModel().add(kg.dataset().getDefaultModel()));
            BuildSummary again = TestSupport.build(kg, List.of("data"), problems);
            Model second = Txn.calculateRead(kg.dataset(), () -> ModelFactory.createDefaultModel().add(kg.dataset().getDefaultModel()));
            assertEquals(0, again.extracted());
            assertEquals(40, again.unchanged());
            assertTrue(first.isIsomorphicWith(second));
        }
    }

    @Test
    void aBadLineIsReportedWithItsFileAndLineAndTheRestIsStored(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("mixed.txt");
        Files.writeString(f, "Abstract:We introduce Zorblax, a new benchmark of planning problems.\n"
                + "this line has no prefix\n"
                + "Abstract:We propose Quantum Fold Attention (QFA) for long inputs.");
        try (KnowledgeGraph kg = KnowledgeGraph.inMemory()) {
            List<Problem> problems = new ArrayList<>();
            BuildSummary s = TestSupport.build(kg, List.of(f.toString()), problems);
            assertEquals(1, problems.size(), problems.toString());
            assertEquals(f.toString(), problems.get(0).where().file());
            assertEquals(2, problems.get(0).where().line());
            assertEquals(2, s.extracted());
        }
    }
}
