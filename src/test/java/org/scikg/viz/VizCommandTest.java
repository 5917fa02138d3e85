package org.scikg.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VizCommandTest {
    @TempDir
    static Path tmp;
    static Path store;

    private final StringWriter err = new StringWriter();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    @BeforeAll
    static void buildStore() {
        store = tmp.resolve("store");
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, "viz/viz-fixture.ttl"));
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new VizCommand(stdout));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void writesTheFileAndSaysWhatItWrote() throws Exception {
        Path out = tmp.resolve("out/concepts.graphml");
        assertEquals(0, run("--store", store.toString(), "-o", out.toString()));
        assertTrue(Files.readString(out).contains("<graphml"), "format taken from the extension");
        assertEquals("wrote 9 nodes, 30 edges (graphml) to " + out + System.lineSeparator(), err.toString());
    }

    @Test
    void dashWritesToStandardOutput() {
        assertEquals(0, run("--store", store.toString(), "--format", "json", "-o", "-", "--no-co-mention"));
        assertTrue(stdout.toString(StandardCharsets.UTF_8).startsWith("{"));
        assertTrue(err.toString().startsWith("wrote 9 nodes, 9 edges (json) to standard output"));
    }

    @Test
    void focusAndFiltersReachTheRequest() {
        assertEquals(0, run("--store", store.toString(), "-f", "dot", "-o", "-", "--focus", "BYOL-explore",
                "--depth", "1", "--types", "Method,Benchmark"));
        assertTrue(err.toString().startsWith("wrote 3 nodes, 5 edges"), err.toString());
    }

    @Test
    void unknownFormatIsAUsageErrorListingTheValidOnes() {
        assertEquals(2, run("--store", store.toString(), "--format", "png", "-o", "x.png"));
        assertTrue(err.toString().contains("unknown format 'png': valid formats are html, graphml, gexf, dot, svg,"
                + " json"), err.toString());
    }

    @Test
    void missingStoreIsADataErrorWithAHint() {
        Path none = tmp.resolve("nowhere");
        assertEquals(1, run("--store", none.toString(), "-o", tmp.resolve("x.html").toString()));
        assertEquals("scikg viz: no store at " + none + ": run 'bin/scikg build' first" + System.lineSeparator(),
                err.toString());
        assertFalse(Files.exists(none), "the store is not created");
    }

    @Test
    void unknownFocusIsADataError() {
        assertEquals(1, run("--store", store.toString(), "-o", "-", "--focus", "nothing-like-it"));
        assertTrue(err.toString().startsWith("scikg viz: no entity matches 'nothing-like-it'"));
    }

    @Test
    void focusAndQueryTogetherAreAUsageError() throws Exception {
        Path q = Files.writeString(tmp.resolve("q.rq"), "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");
        assertEquals(2, run("--store", store.toString(), "-o", "-", "--focus", "BYOL", "--query", q.toString()));
    }

    @Test
    void queryFileBuildsTheQueryView() throws Exception {
        Path q = Files.writeString(tmp.resolve("uses.rq"), "PREFIX skg: <https://w3id.org/scikg/ontology#>\n"
                + "CONSTRUCT { ?s skg:uses ?o } WHERE { ?s skg:uses ?o }");
        assertEquals(0, run("--store", store.toString(), "-f", "svg", "-o", "-", "--query", q.toString()));
        assertTrue(err.toString().startsWith("wrote 4 nodes, 2 edges (svg)"));
    }
}
