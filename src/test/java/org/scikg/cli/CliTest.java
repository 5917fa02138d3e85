package org.scikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scikg.TestSupport;

/** The commands as a user runs them, through picocli, on the store built from data/ (no model loading). */
class CliTest {
    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String store() {
        return TestSupport.seeds().dir().toString();
    }

    @Test
    void aSyntaxErrorGivesLineAndColumnAndExitCodeOne() {
        // The stray '}' is on line 3, column 11 (counted by hand: two spaces, "FILTER(", a space, then '}').
        Run r = run("query", "--store", store(), "SELECT ?x WHERE {\n  ?x a skg:Paper .\n  FILTER( }");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("at 3:11"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }

    @Test
    void selectPrintsCsv() {
        Run r = run("query", "--store", store(), "--format", "csv",
                "SELECT (COUNT(?p) AS ?n) WHERE { ?p a skg:Paper }");
        assertEquals(0, r.code(), r.err());
        assertEquals("n\r\n40\r\n", r.out());
    }

    @Test
    void constructPrintsTurtle() {
        Run r = run("query", "--store", store(), "CONSTRUCT { ?e a skg:Benchmark } WHERE { ?e a skg:Benchmark ; skos:prefLabel \"MMLU\" }");
        assertEquals(0, r.code(), r.err());
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new java.io.StringReader(r.out()), null, Lang.TURTLE);
        assertEquals(1, m.size(), r.out());
    }

    @Test
    void namedQueryWithAParameter() {
        Run r = run("query", "--store", store(), "--name", "alias", "--param", "name=Bootstrap Your Own Latent");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("BYOL"), r.out());
    }

    @Test
    void aQueryOnAStoreOfAnEarlierVersionWarnsThatItLacksDerivedData(@TempDir Path tmp) {
        assertTrue(run("query", "--store", store(), "--name", "introduces").err().isEmpty());
        try (var kg = org.scikg.graph.KnowledgeGraph.open(tmp.resolve("old"))) {
            org.apache.jena.system.Txn.executeWrite(kg.dataset(), () -> kg.dataset().getDefaultModel().add(
                    kg.dataset().getDefaultModel().createResource("https://example.org/paper/1"),
                    org.apache.jena.vocabulary.RDF.type, org.scikg.graph.SKG.Paper));
            kg.release();
        }
        Run r = run("query", "--store", tmp.resolve("old").toString(), "--name", "introduces");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("warning: the store was written by an earlier version"), r.err());
    }

    @Test
    void anUnknownNamedQueryOrFormatIsAUsageError() {
        assertEquals(2, run("query", "--store", store(), "--name", "nope").code());
        assertEquals(2, run("export", "--store", store(), "--format", "docx").code());
        Run r = run("export", "--store", store(), "--format", "docx");
        assertTrue(r.err().contains("ttl, nt, nq, trig, rdfxml, jsonld"), r.err());
    }

    @Test
    void aMissingStoreSaysHowToMakeOne(@TempDir Path tmp) {
        Run r = run("stats", "--store", tmp.resolve("nothing").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("run 'bin/scikg build"), r.err());
    }

    @Test
    void statsCountsPapers() {
        Run r = run("stats", "--store", store());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*papers\\s+40\\b.*"), r.out());
    }

    @Test
    void validateSaysTheSeedGraphConforms() {
        Run r = run("validate", "--store", store());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().startsWith("conforms"), r.out());
    }

    @Test
    void exportWritesEverySyntaxThatParsesBack(@TempDir Path tmp) throws Exception {
        java.util.Map<String, String> ext = java.util.Map.of("ttl", "ttl", "nt", "nt", "nq", "nq", "trig", "trig",
                "rdfxml", "rdf", "jsonld", "jsonld");
        for (String f : ext.keySet()) {
            Path out = tmp.resolve("g." + ext.get(f));
            Run r = run("export", "--store", store(), "--format", f, "-o", out.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(Files.size(out) > 1000, f);
            var ds = RDFDataMgr.loadDataset(out.toString());
            assertTrue(ds.getDefaultModel().size() > 1000 || ds.listModelNames().hasNext(), f);
        }
    }
}
