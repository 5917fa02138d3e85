package org.scikg.corpus;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scikg.corpus.Collector.gzip;
import static org.scikg.corpus.Collector.utf8;

class CorpusReaderTest {
    @TempDir
    Path dir;
    final Collector c = new Collector();

    @Test
    void directoryIsReadRecursivelyInSortedOrderSkippingHiddenFiles() {
        Collector.write(dir, "in/b.txt", "Abstract:b");
        Collector.write(dir, "in/a/z.txt", "Abstract:a/z");
        Collector.write(dir, "in/a.txt", "Abstract:a");
        Collector.write(dir, "in/c/d/e.jsonl", "{\"abstract\": \"c/d/e\"}");
        Collector.write(dir, "in/.hidden.txt", "Abstract:hidden");
        Collector.write(dir, "in/.git/x.txt", "Abstract:hidden too");
        String in = dir.resolve("in").toString();
        ReadStats stats = c.read(in + "/");
        assertEquals(List.of("a", "a/z", "b", "c/d/e"), c.texts());
        assertEquals(List.of(in + "/a.txt:1", in + "/a/z.txt:1", in + "/b.txt:1", in + "/c/d/e.jsonl:1"), c.positions());
        assertEquals(new ReadStats(4, 4, 0, 0), stats);
    }

    @Test
    void inputsAreReadInTheOrderGiven() {
        String b = Collector.write(dir, "b.txt", "Abstract:b");
        String a = Collector.write(dir, "a.txt", "Abstract:a");
        c.read(b, a);
        assertEquals(List.of("b", "a"), c.texts());
    }

    @Test
    void dashReadsStandardInputAndSniffsItsFormat() {
        CorpusReader reader = c.builder().stdin(new ByteArrayInputStream(utf8("\n{\"abstract\": \"from stdin\"}\n"))).build();
        c.read(reader, "-");
        assertEquals(List.of("-:2"), c.positions());
        assertEquals(List.of("from stdin"), c.texts());
    }

    @Test
    void compressedStandardInputIsRecognisedByContent() {
        byte[] data = gzip(utf8("Abstract:one\nAbstract:two"));
        c.read(c.builder().stdin(new ByteArrayInputStream(data)).build(), "-");
        assertEquals(List.of("-:1", "-:2"), c.positions());
    }

    @Test
    void formatOverrideAppliesToEveryInput() {
        String f = Collector.write(dir, "notes.txt", "{\"abstract\": \"json in a .txt\"}");
        CorpusReader reader = c.builder().format(InputFormat.JSONL)
                .stdin(new ByteArrayInputStream(utf8("{\"abstract\": \"json on stdin\"}"))).build();
        c.read(reader, f, "-");
        assertEquals(List.of("json in a .txt", "json on stdin"), c.texts());
        assertEquals(List.of(), c.problems);
    }

    @Test
    void unknownExtensionsAreSniffed() {
        String json = Collector.write(dir, "corpus", "{\"abstract\": \"json\"}");
        String csv = Collector.write(dir, "papers.dat", "id,abstract\n1,csv");
        String tsv = Collector.write(dir, "papers.data", "id\tabstract\n1\ttsv");
        String lines = Collector.write(dir, "abstracts.out", "\n  Abstract:lines");
        c.read(json, csv, tsv, lines);
        assertEquals(List.of("json", "csv", "tsv", "lines"), c.texts());
        assertEquals(List.of(), c.problems);
    }

    @Test
    void gzipFilesOfEachFormatAreRead() {
        String lines = Collector.writeBytes(dir, "a.txt.gz", gzip(utf8("Abstract:one\n\nAbstract:two")));
        String json = Collector.writeBytes(dir, "b.jsonl.gz", gzip(utf8("{\"abstract\": \"three\"}")));
        String csv = Collector.writeBytes(dir, "c.csv.gz", gzip(utf8("abstract\nfour")));
        c.read(lines, json, csv);
        assertEquals(List.of("one", "two", "three", "four"), c.texts());
        assertEquals(List.of(lines + ":1", lines + ":3", json + ":1", csv + ":2"), c.positions());
    }

    @Test
    void truncatedGzipKeepsTheRecordsBeforeTheBreak() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 3000; i++) text.append("Abstract:record ").append(i).append(' ').append(i * 7919L % 10007).append('\n');
        byte[] whole = gzip(utf8(text.toString()));
        String f = Collector.writeBytes(dir, "a.txt.gz", Arrays.copyOf(whole, whole.length / 2));
        String next = Collector.write(dir, "next.txt", "Abstract:next file");
        c.read(f, next);
        int kept = c.papers.size() - 1;
        assertTrue(kept > 100 && kept < 3000, "kept " + kept);
        assertEquals("record " + kept + " " + (kept * 7919L % 10007), c.papers.get(kept - 1).text());
        assertEquals(List.of("truncated-gzip@" + f + ":" + (kept + 1)), c.problemKinds());
        assertEquals(next + ":1", c.positions().get(kept));
    }

    @Test
    void binaryFileIsSkippedWithOneProblem() {
        String bin = Collector.writeBytes(dir, "model.txt", new byte[]{'A', 'b', 0, 1, 2, 0, '\n', 'x'});
        String good = Collector.write(dir, "good.txt", "Abstract:good");
        ReadStats stats = c.read(bin, good);
        assertEquals(List.of("binary-file@" + bin), c.problemKinds());
        assertEquals(List.of(good + ":1"), c.positions());
        assertEquals(new ReadStats(2, 1, 0, 1), stats);
    }

    @Test
    void emptyFileIsAWarning() {
        String empty = Collector.write(dir, "empty.txt", "");
        String good = Collector.write(dir, "good.txt", "Abstract:good");
        c.read(empty, good);
        assertEquals(List.of("empty-file@" + empty), c.problemKinds());
        assertEquals(List.of("good"), c.texts());
    }

    @Test
    void emptyDirectoryIsReported() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Collector.write(empty, ".only-hidden", "Abstract:hidden");
        String good = Collector.write(dir, "good.txt", "Abstract:good");
        c.read(empty.toString(), good);
        assertEquals(List.of("empty-directory@" + empty), c.problemKinds());
        assertEquals(List.of("good"), c.texts());
    }

    @Test
    void missingPathIsReportedAndTheRestRead() {
        String missing = dir.resolve("nope.txt").toString();
        String good = Collector.write(dir, "good.txt", "Abstract:good");
        ReadStats stats = c.read(missing, good);
        assertEquals(List.of("not-found@" + missing), c.problemKinds());
        assertEquals(List.of("good"), c.texts());
        assertEquals(new ReadStats(1, 1, 0, 1), stats);
    }

    @Test
    void unreadableFileIsReportedAndTheRestRead() throws IOException {
        String secret = Collector.write(dir, "secret.txt", "Abstract:secret");
        String good = Collector.write(dir, "good.txt", "Abstract:good");
        Path path = Path.of(secret);
        Assumptions.assumeTrue(Files.getFileStore(path).supportsFileAttributeView("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(path), "running as root: a 000 file is still readable");
        c.read(secret, good);
        assertEquals(List.of("unreadable@" + secret), c.problemKinds());
        assertEquals(List.of("good"), c.texts());
    }

    @Test
    void usageErrorsThrowCorpusException() {
        CorpusReader reader = c.builder().build();
        assertThrows(CorpusException.class, () -> reader.read(List.of(), p -> { }));
        assertThrows(CorpusException.class, () -> reader.read(List.of(" "), p -> { }));
        assertThrows(CorpusException.class, () -> CorpusReader.builder().build());
        assertThrows(CorpusException.class, () -> c.builder().maxLineBytes(0).build());
    }

    @Test
    void progressReachesTheTotalSize() {
        String a = Collector.write(dir, "a.txt", "Abstract:one\nAbstract:two\n");
        String b = Collector.writeBytes(dir, "b.jsonl.gz", gzip(utf8("{\"abstract\": \"three\"}\n")));
        List<Long> seen = new ArrayList<>();
        c.read(c.builder().progress(seen::add).build(), a, b);
        long total = CorpusReader.totalBytes(List.of(a, b, "-", dir.resolve("missing").toString()));
        assertEquals(Files.exists(Path.of(a)) ? 26 + new java.io.File(b).length() : -1, total);
        assertEquals(total, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) assertTrue(seen.get(i) >= seen.get(i - 1));
    }
}
