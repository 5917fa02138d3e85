package org.scikg.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesFormatTest {
    @TempDir
    Path dir;
    final Collector c = new Collector();

    @Test
    void allFieldsAreRead() {
        String f = Collector.write(dir, "a.jsonl", "{\"id\": 2503.11742, \"title\": \" Safe VLMs \", "
                + "\"abstract\": \" Vision-language models. \", \"authors\": [\"A. Smith\", \"B. Jones\"], "
                + "\"categories\": [\"cs.CV\", \"cs.AI\"], \"date\": \"2025-03-18\", "
                + "\"doi\": \"10.1/x\", \"url\": \"https://arxiv.org/abs/2503.11742\"}\n");
        c.read(f);
        Paper expected = new Paper("2503.11742", "Vision-language models.", "Safe VLMs", List.of("A. Smith", "B. Jones"),
                "2025-03-18", "cs.CV cs.AI", "10.1/x", "https://arxiv.org/abs/2503.11742", new SourceRef(f, 1));
        assertEquals(List.of(expected), c.papers);
        assertEquals(List.of(), c.problems);
    }

    @Test
    void authorStringIsSplitAndYearStandsInForDate() {
        String f = Collector.write(dir, "a.jsonl",
                "{\"abstract\": \"t\", \"authors\": \"A. Smith, B. Jones and C. Lee\", \"year\": 2024, \"categories\": \"cs.LG\"}");
        c.read(f);
        Paper p = c.papers.get(0);
        assertEquals(List.of("A. Smith", "B. Jones", "C. Lee"), p.authors());
        assertEquals("2024", p.date());
        assertEquals("cs.LG", p.categories());
        assertEquals(null, p.id());
        assertEquals(null, p.title());
    }

    @Test
    void malformedRowIsReportedWithItsLineAndNeighboursKept() {
        String f = Collector.write(dir, "a.jsonl",
                "{\"abstract\": \"first\"}\n{\"abstract\": \"broken\"\n\n{\"abstract\": \"third\"}\n");
        ReadStats stats = c.read(f);
        assertEquals(List.of("first", "third"), c.texts());
        assertEquals(List.of(f + ":1", f + ":4"), c.positions());
        assertEquals(List.of("invalid-json@" + f + ":2"), c.problemKinds());
        assertTrue(c.problems.get(0).message().startsWith("invalid JSON at column"), c.problems.get(0).message());
        assertEquals(new ReadStats(1, 2, 1, 1), stats);
    }

    @Test
    void nonObjectsAndTrailingGarbageAreInvalidJson() {
        String f = Collector.write(dir, "a.jsonl", "[1, 2]\n{\"abstract\": \"a\"} extra\n{\"abstract\": \"ok\"}");
        c.read(f);
        assertEquals(List.of("ok"), c.texts());
        assertEquals(List.of("invalid-json@" + f + ":1", "invalid-json@" + f + ":2"), c.problemKinds());
    }

    @Test
    void missingBlankOrNonStringAbstractIsNoAbstract() {
        String f = Collector.write(dir, "a.jsonl",
                "{\"title\": \"t\"}\n{\"abstract\": \"  \"}\n{\"abstract\": 5}\n{\"abstract\": null}\n{\"abstract\": \"ok\"}");
        c.read(f);
        assertEquals(List.of(f + ":5"), c.positions());
        assertEquals(List.of("no-abstract@" + f + ":1", "no-abstract@" + f + ":2", "no-abstract@" + f + ":3",
                "no-abstract@" + f + ":4"), c.problemKinds());
    }

    @Test
    void goldRecordsGiveTheirTextWhenThereIsNoAbstract() {
        String f = Collector.write(dir, "a.jsonl", "{\"id\": \"g1\", \"text\": \"Gold text.\", \"entities\": []}\n"
                + "{\"abstract\": \"Abstract wins.\", \"text\": \"not this\"}\n{\"text\": 5}");
        c.read(f);
        assertEquals(List.of("Gold text.", "Abstract wins."), c.texts());
        assertEquals(List.of("no-abstract@" + f + ":3"), c.problemKinds());
    }

    @Test
    void byteOrderMarkBeforeFirstObjectIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String f = Collector.writeBytes(dir, "a.jsonl", Collector.concat(bom, Collector.utf8("{\"abstract\": \"a\"}")));
        c.read(f);
        assertEquals(List.of("a"), c.texts());
        assertEquals(List.of(), c.problems);
    }

    @Test
    void unicodeEscapesAndLatexSurvive() {
        String f = Collector.write(dir, "a.jsonl", "{\"abstract\": \"$\\\\alpha$ \\u00e9 \\ud83d\\ude80 \u6df1\u5ea6\"}");
        c.read(f);
        assertEquals(List.of("$\\alpha$ \u00e9 \uD83D\uDE80 \u6df1\u5ea6"), c.texts());
    }
}
