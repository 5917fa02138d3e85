package org.scikg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.scikg.corpus.CorpusReader;
import org.scikg.corpus.InputFormat;
import org.scikg.corpus.Paper;
import org.scikg.corpus.Problem;
import org.scikg.corpus.ProblemKinds;
import org.scikg.corpus.ReadStats;

/**
 * Bounded fuzzing of the corpus readers: random bytes, soups of line, JSON and CSV fragments, JSON Lines and
 * CSV rows cut anywhere, in each format or detected, plain or gzip, whole or truncated. Every input is read to
 * its end within seconds, nothing escapes but problems, and what comes out is well formed.
 */
class ReaderFuzzTest {
    private static final Set<String> KINDS = problemKinds();
    private static final String[] FORMATS = {"detect", "lines", "jsonl", "csv", "tsv"};

    @Property(tries = 200)
    void anyInputIsReadToTheEndWithEveryProblemPlaced(@ForAll("inputs") byte[] content, @ForAll("formats") String format,
                                                     @ForAll boolean gzip, @ForAll boolean shortLines) {
        Read r = read(gzip ? gzip(content) : content, format, shortLines ? 256 : CorpusReader.DEFAULT_MAX_LINE_BYTES);
        r.checkWellFormed();
    }

    @Property(tries = 100)
    void aTruncatedGzipGivesTheRecordsBeforeTheBreakAndOneProblem(@ForAll("inputs") byte[] content,
                                                                  @ForAll("forcedFormats") String format,
                                                                  @ForAll @IntRange(min = 0, max = 100) int keptPercent) {
        Assume.that(content.length < 2 || content[0] != 0x1f || content[1] != (byte) 0x8b);
        byte[] whole = gzip(content);
        byte[] cut = Arrays.copyOf(whole, whole.length * keptPercent / 100);
        Read all = read(content, format, CorpusReader.DEFAULT_MAX_LINE_BYTES);
        Read part = read(cut, format, CorpusReader.DEFAULT_MAX_LINE_BYTES);
        part.checkWellFormed();
        // a whole file refused as binary (a NUL byte) may be read when the cut falls before the NUL: no prefix then
        if (all.problems.stream().anyMatch(p -> p.kind().equals(ProblemKinds.BINARY_FILE))) return;
        List<String> allTexts = all.papers.stream().map(Paper::text).toList();
        List<String> partTexts = part.papers.stream().map(Paper::text).toList();
        // the records read are a prefix of the whole file's, except perhaps the last (CSV may end early inside a quoted field)
        int sure = Math.max(0, partTexts.size() - 1);
        assertEquals(allTexts.subList(0, Math.min(sure, allTexts.size())), partTexts.subList(0, sure));
        // from two bytes on it is gzip, and a cut one always fails somewhere: in the data, the trailer, or before
        if (cut.length >= 2 && cut.length < whole.length) assertFalse(part.problems.isEmpty());
    }

    private record Read(List<Paper> papers, List<Problem> problems, ReadStats stats) {
        void checkWellFormed() {
            assertEquals(papers.size(), stats.records());
            assertEquals(problems.size(), stats.problems());
            assertTrue(stats.skipped() <= stats.problems());
            long line = 0;
            for (Paper p : papers) {
                assertFalse(p.text().isBlank());
                assertEquals(p.text().strip(), p.text());
                assertEquals("-", p.source().file());
                assertTrue(p.source().line() > line, "records out of line order: " + papers);
                line = p.source().line();
            }
            for (Problem p : problems) {
                assertTrue(KINDS.contains(p.kind()), p.kind());
                assertEquals("-", p.where().file());
                assertFalse(p.message().isBlank());
            }
        }
    }

    private static Read read(byte[] bytes, String format, long maxLineBytes) {
        List<Paper> papers = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ReadStats stats = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CorpusReader.builder()
                .format(format.equals("detect") ? null : InputFormat.require(format))
                .problems(problems::add).stdin(new ByteArrayInputStream(bytes)).maxLineBytes(maxLineBytes).build()
                .read(List.of("-"), papers::add));
        return new Read(papers, problems, stats);
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of(FORMATS);
    }

    @Provide
    Arbitrary<String> forcedFormats() {
        return Arbitraries.of(Arrays.copyOfRange(FORMATS, 1, FORMATS.length));
    }

    @Provide
    Arbitrary<byte[]> inputs() {
        return Arbitraries.oneOf(randomBytes(), fragmentSoup(), jsonRows(), csvRows());
    }

    private static Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    }

    /** Pieces of every format, valid and broken UTF-8, control characters, BOMs and line ends of each kind. */
    private static Arbitrary<byte[]> fragmentSoup() {
        List<byte[]> pieces = new ArrayList<>();
        for (String s : List.of("Abstract:", "Abstract: We propose BERT.", "abstract", " ", "\n", "\n", "\r\n", "\r", "\t",
                "\uFEFF", "{", "}", "[", "]", ":", ",", "\"", "\"\"", "\\", "\\u", "\\ud800", "\\u0000", "\"abstract\"",
                "\"abstract\": \"x\"", "\"id\"", "null", "true", "1e999", "-0", "id,abstract,title", "abstract\tid",
                "\u6df1\u5ea6\u5b66\u4e60", "\uD83D\uDE80", "$\\alpha$", "\u0000", "x".repeat(300))) {
            pieces.add(utf8(s));
        }
        pieces.addAll(List.of(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[]{(byte) 0xC3, 0x28},
                new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xE2, (byte) 0x82}, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[]{0x1f, (byte) 0x8b}));
        return Arbitraries.of(pieces).list().ofMaxSize(200).map(ReaderFuzzTest::concat);
    }

    /** JSON Lines rows with odd values, each perhaps cut short. */
    private static Arbitrary<byte[]> jsonRows() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40).map(ReaderFuzzTest::jsonString),
                Arbitraries.of("null", "1", "-2.5e3", "true", "[]", "{}", "[\"a\", 1]", "\"\"", "\"  \"", "\"\\ud800\"",
                        "\"We propose GPT-4 \\u00e9 \\\"q\\\"\""));
        Arbitrary<String> row = Combinators.combine(value, value, value, Arbitraries.integers().between(0, 120))
                .as((a, id, title, cut) -> {
                    String full = "{\"abstract\": " + a + ", \"id\": " + id + ", \"title\": " + title + "}";
                    return cut < 100 ? full : full.substring(0, Math.min(full.length(), cut - 100));
                });
        return row.list().ofMaxSize(20).map(rows -> utf8(String.join("\n", rows)));
    }

    /** CSV with a header and rows of quoted and bare cells holding quotes, commas and line ends. */
    private static Arbitrary<byte[]> csvRows() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab ,\"\n\r\t;").ofMaxLength(12),
                Arbitraries.strings().withChars("ab ,\"\n").ofMaxLength(12).map(s -> "\"" + s.replace("\"", "\"\"") + "\""),
                Arbitraries.of("\"never closed", "\"\"", "We propose BERT.", ""));
        Arbitrary<String> row = cell.list().ofMaxSize(5).map(cells -> String.join(",", cells));
        Arbitrary<String> header = Arbitraries.of("id,abstract,title", "abstract", "ABSTRACT , id", "id,title", "\"abstract\",\"id\"");
        return Combinators.combine(header, row.list().ofMaxSize(15))
                .as((h, rows) -> utf8(h + "\n" + String.join("\n", rows)));
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20 || Character.isSurrogate(c)) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    private static Set<String> problemKinds() {
        Set<String> kinds = new HashSet<>();
        for (Field f : ProblemKinds.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    kinds.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return kinds;
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
