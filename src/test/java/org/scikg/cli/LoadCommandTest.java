package org.scikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scikg.graph.KnowledgeGraph;

/** {@code scikg load}: part files and folders of them into a TDB2 store, all or nothing. */
class LoadCommandTest {
    record Run(int code, String out, String err) {
    }

    private static final String T1 = "<https://example.org/a> <https://example.org/p> \"one\" .\n";
    private static final String T2 = "<https://example.org/b> <https://example.org/p> \"two\" .\n";

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static long size(Path store) {
        try (KnowledgeGraph kg = KnowledgeGraph.open(store)) {
            return kg.size();
        }
    }

    @Test
    void aFolderOfPartsIsLoadedAndItsBookkeepingFilesAreSkipped(@TempDir Path tmp) throws IOException {
        Path parts = Files.createDirectories(tmp.resolve("parts"));
        gzip(parts.resolve("part-r-00000.nt.gz"), T1 + T2);
        Files.writeString(parts.resolve("part-r-00001.nt"), T2);
        Files.writeString(parts.resolve("_SUCCESS"), "");
        Files.writeString(parts.resolve(".part-r-00001.nt.crc"), "not RDF");
        Files.createDirectories(parts.resolve("_problems"));
        Files.writeString(parts.resolve("_problems/part-00000"), "a.txt:2: line does not start with 'Abstract:'");
        Path store = tmp.resolve("store");
        Run r = run("load", "--store", store.toString(), parts.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("files loaded        2"), r.out());
        assertTrue(r.out().contains("triples read        3"), r.out());
        assertEquals(2, size(store), "a triple in two parts is stored once");
        Run q = run("query", "--store", store.toString(), "--format", "csv", "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o");
        assertEquals("o\r\none\r\ntwo\r\n", q.out(), q.err());
    }

    @Test
    void aBadPartNamesItsFileAndLineAndLeavesTheStoreAsItWas(@TempDir Path tmp) throws IOException {
        Path store = tmp.resolve("store");
        Path good = tmp.resolve("good.nt");
        Files.writeString(good, T1);
        assertEquals(0, run("load", "--store", store.toString(), good.toString()).code());
        Path bad = tmp.resolve("bad.nt");
        Files.writeString(bad, T2 + T2 + "\"a literal subject\" <https://example.org/p> \"x\" .\n");
        Run r = run("load", "--store", store.toString(), good.toString(), bad.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("error: " + bad + ":3: "), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
        assertEquals(1, size(store), "nothing of the failed load is stored");
    }

    @Test
    void aFileOfNoKnownSyntaxIsRefusedBeforeLoading(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("triples.txt");
        Files.writeString(f, T1);
        Run r = run("load", "--store", tmp.resolve("store").toString(), f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(f + ": not a known RDF syntax"), r.err());
    }
}
