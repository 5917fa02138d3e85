package org.scikg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scikg.TestSupport;
import org.scikg.build.BuildConfig;
import org.scikg.build.BuildJob;
import org.scikg.build.BuildSummary;
import org.scikg.corpus.Problem;
import org.scikg.graph.KnowledgeGraph;
import org.scikg.graph.Prefixes;

/**
 * Every kind of bad input at once, through a whole build: one folder holding good records among every case
 * the readers know (their own tests cover each alone), plus an empty folder and a path that does not exist.
 * Each problem is reported with its file and line, the rest is stored, the summary counts it all, and unusual
 * text reaches the store intact.
 */
class BadInputBuildTest {
    static final String LATEX = "We minimise $\\mathcal{L}(\\theta)=\\sum_i \\|x_i\\|^2_{\\text{F}}$ with AdamW "
            + "\\cite{loshchilov2019} and reach 91.2\\% accuracy on CIFAR-10.";
    static final String NON_LATIN = "We propose \u6df1\u5ea6\u5b66\u4e60 Transformer (\u0394Net) for "
            + "\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac, \u0627\u0644\u0639\u0631\u0628\u064a\u0629 and "
            + "\u0939\u093f\u0928\u094d\u0926\u0940 text, outperforming BERT on XNLI.";
    static final String EMOJI = "We release \uD83D\uDE80RocketNet, a model that reads emoji \uD83D\uDC69\u200D\uD83D\uDD2C "
            + "and caf\u00e9 names; it outperforms ResNet-50 on ImageNet \uD83C\uDF89.";
    static final String HUGE_START = "We introduce Zorblax-10M, a benchmark of very long inputs. ";

    @TempDir
    static Path tmp;
    static String corpus;
    static boolean rootReadsEverything;
    static BuildSummary summary;
    static final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    static Model graph;

    @BeforeAll
    static void buildTheCorpus() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("corpus"));
        corpus = dir.toString();
        writeCorpus(dir);
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        String missing = tmp.resolve("missing.txt").toString();
        try (KnowledgeGraph kg = KnowledgeGraph.inMemory()) {
            BuildConfig config = BuildConfig.of(List.of(corpus, empty.toString(), missing));
            summary = new BuildJob(config, TestSupport.extractor(), TestSupport.vocabulary(), kg, problems::add).run();
            graph = Stores.copy(kg);
        }
    }

    private static void writeCorpus(Path dir) throws IOException {
        write(dir, "a-good.txt", "Abstract:We introduce Zorblax, a benchmark of planning problems, and evaluate GPT-4 on it.\n"
                + "Abstract:" + LATEX + "\nAbstract:" + NON_LATIN + "\nAbstract:" + EMOJI + "\n");
        bytes(dir, "b-bad-bytes.txt", concat(utf8("Abstract:We present Frobnicate, a method for sparse attention.\n"
                + "Abstract:caf"), new byte[]{(byte) 0xC3, 0x28}, utf8(" broken \n"),
                utf8("Abstract:We evaluate Frobnicate on the Long Range Arena benchmark.\n")));
        write(dir, "c-bom-crlf.txt", "\uFEFFAbstract:We describe KappaNet, a convolutional network for audio.\r\n"
                + "\r\n   \r\nthis line has no prefix\r\nAbstract:KappaNet is trained with SGD on AudioSet.\r\n");
        StringBuilder huge = new StringBuilder("Abstract:").append(HUGE_START);
        while (huge.length() < 10 * 1024 * 1024) huge.append("All work and no play makes a dull model. ");
        write(dir, "d-huge-line.txt", huge + "\nAbstract:A short abstract after the huge line fine-tunes LLaMA with LoRA.\n");
        bytes(dir, "e-binary.txt", new byte[]{'P', 'K', 3, 4, 0, 0, 0, 8, '\n', (byte) 0xFF, 0, 'A'});
        bytes(dir, "f-truncated.txt.gz", truncatedGzip());
        write(dir, "g-rows.jsonl", String.join("\n",
                "{\"id\": \"odd id <1> \\\"q\\\" {x}\", \"title\": \"Angle <brackets> & \\\"quotes\\\"\", "
                        + "\"abstract\": \"We propose Quantum Fold Attention (QFA), which outperforms Longformer on PG-19.\"}",
                "{\"abstract\": \"unterminated",
                "{\"title\": \"no abstract here\"}",
                "[1, 2, 3]",
                "{\"id\": \"..\", \"abstract\": \"We study dot segments in identifiers with MixMatch on STL-10.\"}",
                "{\"abstract\": \"Control\\u0001char, form\\ffeed and a lone \\ud800 surrogate next to GPT-2.\"}", ""));
        write(dir, "h-no-abstract-column.csv", "id,title\n1,Nothing here\n");
        write(dir, "i-rows.csv", "id,abstract,title\n"
                + "c1,\"We train DeltaFormer, a model with \"\"quoted\"\" names, on WikiText-103.\",T1\n"
                + "c2\n"
                + "c3,\"a quote that never closes\n"
                + "c4,After the break,T4\n");
        write(dir, "j-empty.txt", "");
        Files.createSymbolicLink(dir.resolve("k-dangling.txt"), tmp.resolve("nowhere.txt"));
        Files.createSymbolicLink(dir.resolve("l-loop"), dir);
        Path secret = write(dir, "m-secret.txt", "Abstract:A secret abstract about SecretNet.\n");
        if (Files.getFileStore(secret).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        }
        // as root (or without POSIX permissions) the file is read like any other
        rootReadsEverything = Files.isReadable(secret);
    }

    @Test
    void everyProblemIsReportedWithItsFileAndLine() {
        List<String> expected = new ArrayList<>(List.of(
                "bad-encoding@" + at("b-bad-bytes.txt:2"),
                "no-prefix@" + at("c-bom-crlf.txt:4"),
                "abstract-truncated@" + at("d-huge-line.txt:1"),
                "binary-file@" + at("e-binary.txt"),
                "truncated-gzip@" + at("f-truncated.txt.gz:3"),
                "invalid-json@" + at("g-rows.jsonl:2"),
                "no-abstract@" + at("g-rows.jsonl:3"),
                "invalid-json@" + at("g-rows.jsonl:4"),
                "no-abstract-column@" + at("h-no-abstract-column.csv:1"),
                "no-abstract@" + at("i-rows.csv:3"),
                "csv-syntax@" + at("i-rows.csv:4"),
                "empty-file@" + at("j-empty.txt"),
                "unreadable@" + at("k-dangling.txt"),
                "unreadable@" + at("l-loop"),
                "empty-directory@" + tmp.resolve("empty"),
                "not-found@" + tmp.resolve("missing.txt")));
        if (!rootReadsEverything) expected.add("unreadable@" + at("m-secret.txt"));
        List<String> reported = problems.stream().map(p -> p.kind() + "@" + p.where()).sorted().toList();
        assertEquals(expected.stream().sorted().toList(), reported, () -> String.join("\n", problems.stream().map(Problem::toString).toList()));
    }

    @Test
    void everyGoodRecordIsStoredAndNothingElse() {
        TreeSet<String> expected = new TreeSet<>(List.of("a-good.txt:1", "a-good.txt:2", "a-good.txt:3", "a-good.txt:4",
                "b-bad-bytes.txt:1", "b-bad-bytes.txt:3", "c-bom-crlf.txt:1", "c-bom-crlf.txt:5",
                "d-huge-line.txt:1", "d-huge-line.txt:2", "f-truncated.txt.gz:1", "f-truncated.txt.gz:2",
                "g-rows.jsonl:1", "g-rows.jsonl:5", "g-rows.jsonl:6", "i-rows.csv:2"));
        if (rootReadsEverything) expected.add("m-secret.txt:1");
        assertEquals(expected, new TreeSet<>(storedAbstracts().keySet()));
    }

    @Test
    void theSummaryCountsRecordsPapersAndWarnings() {
        long good = rootReadsEverything ? 17 : 16;
        assertEquals(good, summary.records());
        assertEquals(good, summary.papers());
        assertEquals(good, summary.extracted());
        assertEquals(0, summary.failed());
        assertEquals(problems.size(), summary.warnings());
        assertEquals(rootReadsEverything ? 16 : 17, summary.warnings());
    }

    @Test
    void latexNonLatinScriptsAndEmojiAreIntactInTheLiterals() {
        Map<String, String> stored = storedAbstracts();
        assertEquals(LATEX, stored.get("a-good.txt:2"));
        assertEquals(NON_LATIN, stored.get("a-good.txt:3"));
        assertEquals(EMOJI, stored.get("a-good.txt:4"));
    }

    @Test
    void mentionsPointAtTheirSurfaceFormsInUnusualText() {
        // offsets count UTF-16 units, as Java strings do (SPARQL's SUBSTR counts code points: past an emoji they differ)
        List<String> wrong = new ArrayList<>();
        select("SELECT ?a ?s ?b ?e WHERE { ?m a skg:Mention ; skg:inPaper ?p ; skg:surfaceForm ?s ; "
                + "skg:startOffset ?b ; skg:endOffset ?e . ?p dcterms:abstract ?a }", row -> {
                    String text = row.get(0);
                    String surface = text.substring(Integer.parseInt(row.get(2)), Integer.parseInt(row.get(3)));
                    if (!surface.equals(row.get(1))) wrong.add(row.get(1) + " != " + surface);
                });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyIriIsValid() {
        assertEquals(List.of(), Stores.badIris(graph));
        assertTrue(graph.containsResource(graph.createResource(
                "https://w3id.org/scikg/resource/paper/odd%20id%20%3C1%3E%20%22q%22%20%7Bx%7D")));
        assertTrue(graph.containsResource(graph.createResource("https://w3id.org/scikg/resource/paper/%2E%2E")));
    }

    @Test
    void byteOrderMarkCarriageReturnsAndBlankLinesLeaveNoTrace() {
        Map<String, String> stored = storedAbstracts();
        assertEquals("We describe KappaNet, a convolutional network for audio.", stored.get("c-bom-crlf.txt:1"));
        assertEquals("KappaNet is trained with SGD on AudioSet.", stored.get("c-bom-crlf.txt:5"));
    }

    @Test
    void aTenMegabyteAbstractIsStoredWholeAndReadInPart() {
        String text = storedAbstracts().get("d-huge-line.txt:1");
        assertTrue(text.length() >= 10 * 1024 * 1024 - 100, "stored " + text.length() + " characters");
        assertTrue(text.startsWith(HUGE_START));
        Problem p = problems.stream().filter(x -> x.kind().equals("abstract-truncated")).findFirst().orElseThrow();
        assertTrue(p.message().contains("only the first"), p.message());
    }

    @Test
    void controlCharactersAndLoneSurrogatesBecomeOneCharacterEach() {
        String text = storedAbstracts().get("g-rows.jsonl:6");
        assertEquals("Control char, form feed and a lone \uFFFD surrogate next to GPT-2.", text);
    }

    /** {@code corpus/name[:line]} as the build names a member of the corpus folder. */
    private static String at(String nameAndLine) {
        return corpus + "/" + nameAndLine;
    }

    /** The stored abstracts by where they were read, as {@code name:line} within the corpus folder. */
    private static Map<String, String> storedAbstracts() {
        Map<String, String> out = new TreeMap<>();
        select("SELECT ?a ?f ?l WHERE { ?p dcterms:abstract ?a ; prov:wasDerivedFrom ?s . "
                + "?s skg:sourceFile ?f ; skg:sourceLine ?l }", row -> {
                    String file = row.get(1);
                    assertTrue(file.startsWith(corpus + "/"), file);
                    out.put(file.substring(corpus.length() + 1) + ":" + row.get(2), row.get(0));
                });
        return out;
    }

    private static void select(String where, Consumer<List<String>> row) {
        try (QueryExecution qe = QueryExecution.model(graph).query(Prefixes.sparql() + where).build()) {
            var rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            while (rs.hasNext()) {
                var q = rs.next();
                row.accept(vars.stream().map(v -> q.get(v).asLiteral().getLexicalForm()).toList());
            }
        }
    }

    /** Three lines gzipped without compression (so the cut is exact on any zlib), cut inside the third. */
    private static byte[] truncatedGzip() throws IOException {
        String first = "Abstract:We compress abstracts with Brotli before training GPT-2.\n"
                + "Abstract:Stored blocks make this cut exact with zlib.\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.NO_COMPRESSION);
            }
        }) {
            gz.write(utf8(first + "Abstract:This third line is cut off in the middle.\n"));
        }
        // 10 bytes of gzip header, 5 of the stored block's header, then the text itself
        return Arrays.copyOf(out.toByteArray(), 10 + 5 + utf8(first).length + 12);
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        return bytes(dir, name, utf8(content));
    }

    private static Path bytes(Path dir, String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
