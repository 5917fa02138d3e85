package org.scikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scikg.cli.Main;
import picocli.CommandLine;

/** {@code scikg serve} through picocli: options to a running server, and the exit codes. */
class ServeCommandTest {
    static Path store;

    @BeforeAll
    static void smallStoreOnDisk() throws Exception {
        store = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-stores")), "serve");
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds.getDefaultModel(),
                ServeCommandTest.class.getResource("/server/custom-base.ttl").toString()));
    }

    record Run(int code, String out, String err) {
    }

    static Run main(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void servesTheStoreUntilStopped() {
        AtomicReference<String> health = new AtomicReference<>();
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new ServeCommand(server -> {
            health.set(ServerTestSupport.get(server.url().resolve("health"), null).body());
            return 0;
        }));
        cl.setOut(new PrintWriter(out));
        int code = cl.execute("--store", store.toString(), "--port", "0", "--base", "http://kg.example/res/",
                "--timeout", "2.5", "--max-rows", "50", "--cors", "http://localhost:8080");
        assertEquals(0, code);
        assertTrue(out.toString().contains("serving " + store.toAbsolutePath() + " at http://127.0.0.1:"), out.toString());
        assertTrue(out.toString().contains("/scikg/sparql"), out.toString());
        assertTrue(health.get().contains("\"timeoutMillis\":2500") && health.get().contains("\"maxRows\":50"),
                health.get());
        assertTrue(health.get().contains("\"base\":\"http://kg.example/res/\""), health.get());
    }

    @Test
    void aBadOptionIsAUsageError() {
        Run r = main("serve", "--store", store.toString(), "--port", "70000");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("port 70000 is out of range"), r.err());
        assertEquals(2, main("serve", "--store", store.toString(), "--cors", "example.org").code());
        assertEquals(2, main("serve", "--port", "many").code());
    }

    @Test
    void aMissingStoreIsADataError() {
        Run r = main("serve", "--store", store.resolve("nothing-here").toString(), "--port", "0");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("no store at"), r.err());
    }
}
