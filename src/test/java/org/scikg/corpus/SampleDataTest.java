package org.scikg.corpus;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the shared sample inputs when they are present (they live outside the repository). */
class SampleDataTest {
    private static final String SEEDS = "/work/shared/seeds";
    private static final String ARXIV = "/work/shared/corpus/arxiv-2025-20k.jsonl.gz";

    /**
     * Checked by hand: five files of 10, 10, 10, 8 and 10 {@code Abstract:} lines, each without a final
     * newline (43 newline characters, 48 physical lines), all ASCII, no blank or unprefixed lines.
     */
    @Test
    void seedsGiveFortyEightRecordsOnePerPhysicalLine() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of(SEEDS)), SEEDS + " not present");
        Collector c = new Collector();
        ReadStats stats = c.read(SEEDS);
        assertEquals(new ReadStats(5, 48, 0, 0), stats);
        assertEquals(List.of(), c.problems);
        String last = SEEDS + "/003_40f23afc402a7976.txt";
        List<String> fileEnds = List.of(SEEDS + "/000_4cf71bcfa2656f20.txt:10", SEEDS + "/001_f5760ef1eaefb0ba.txt:10",
                SEEDS + "/002_b0d64b6e613ee02f.txt:10", last + ":8", SEEDS + "/004_b78bdff603093718.txt:10");
        assertEquals(fileEnds, List.of(c.positions().get(9), c.positions().get(19), c.positions().get(29),
                c.positions().get(37), c.positions().get(47)));
        assertTrue(c.texts().get(0).startsWith("In this work, we introduce Gemma 2,"));
        assertEquals(700, c.texts().get(0).length());
        assertEquals(891, c.papers.get(37).text().length());
        assertTrue(c.papers.get(37).text().endsWith("Reverb's performance characteristics."));
    }

    @Test
    void realArxivCorpusStreamsTwentyThousandRecords() {
        Assumptions.assumeTrue(Files.isReadable(Path.of(ARXIV)), ARXIV + " not present");
        List<Problem> problems = new ArrayList<>();
        List<Paper> firstPaper = new ArrayList<>();
        long[] count = {0};
        CorpusReader reader = CorpusReader.builder().problems(problems::add).build();
        ReadStats stats = reader.read(List.of(ARXIV), paper -> {
            if (count[0]++ == 0) firstPaper.add(paper);
            assertTrue(!paper.text().isBlank() && paper.id() != null && paper.date() != null);
        });
        assertEquals(List.of(), problems);
        assertEquals(new ReadStats(1, 20_000, 0, 0), stats);
        Paper first = firstPaper.get(0);
        assertEquals("2503.11742", first.id());
        assertEquals("cs.CV cs.AI", first.categories());
        assertEquals("2025-03-18", first.date());
        assertEquals(new SourceRef(ARXIV, 1), first.source());
    }
}
