package org.scikg.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvFormatTest {
    @TempDir
    Path dir;
    final Collector c = new Collector();

    @Test
    void columnsMatchIgnoringCaseAndRecordsKeepTheirStartLine() {
        String f = Collector.write(dir, "a.csv", "ID,Title,ABSTRACT,Authors,Year\r\n"
                + "1,T1,\"first, with a comma\nand a second line\",\"A. Smith and B. Jones\",2023\r\n"
                + "2,T2,second,,\r\n"
                + "\r\n"
                + "3,,\"third \"\"quoted\"\"\",C. Lee,\r\n");
        ReadStats stats = c.read(f);
        assertEquals(List.of("first, with a comma\nand a second line", "second", "third \"quoted\""), c.texts());
        assertEquals(List.of(f + ":2", f + ":4", f + ":6"), c.positions());
        Paper first = c.papers.get(0);
        assertEquals("1", first.id());
        assertEquals("T1", first.title());
        assertEquals(List.of("A. Smith", "B. Jones"), first.authors());
        assertEquals("2023", first.date());
        assertEquals(List.of(), c.papers.get(1).authors());
        assertEquals(null, c.papers.get(2).title());
        assertEquals(new ReadStats(1, 3, 0, 0), stats);
    }

    @Test
    void fileWithoutAbstractColumnIsSkippedWithOneProblemAndOthersRead() {
        String bad = Collector.write(dir, "bad.csv", "id,title\n1,x\n2,y\n");
        String good = Collector.write(dir, "good.csv", "abstract\nkept\n");
        c.read(bad, good);
        assertEquals(List.of("no-abstract-column@" + bad + ":1"), c.problemKinds());
        assertEquals(List.of(good + ":2"), c.positions());
    }

    @Test
    void rowWithoutAbstractCellIsSkipped() {
        String f = Collector.write(dir, "a.csv", "id,abstract\n1,good\n2,\n3\n4,  \n5,also good");
        c.read(f);
        assertEquals(List.of(f + ":2", f + ":6"), c.positions());
        assertEquals(List.of("no-abstract@" + f + ":3", "no-abstract@" + f + ":4", "no-abstract@" + f + ":5"),
                c.problemKinds());
    }

    @Test
    void brokenQuoteGivesUpTheRestOfTheFileOnly() {
        String bad = Collector.write(dir, "bad.csv", "id,abstract\n1,good\n\n2,\"never closed\n3,lost\n4,lost too\n");
        String next = Collector.write(dir, "next.csv", "id,abstract\n9,next file\n");
        ReadStats stats = c.read(bad, next);
        assertEquals(List.of(bad + ":2", next + ":2"), c.positions());
        assertEquals(List.of("csv-syntax@" + bad + ":4"), c.problemKinds());
        assertEquals(new ReadStats(2, 2, 1, 1), stats);
    }

    @Test
    void oversizedRecordIsStoppedRatherThanBuffered() {
        String f = Collector.write(dir, "a.csv", "abstract\nfine\n\"open " + "z\n".repeat(200));
        c.read(c.builder().maxLineBytes(100).build(), f);
        assertEquals(List.of(f + ":2"), c.positions());
        assertEquals(List.of("record-too-long@" + f + ":3"), c.problemKinds());
    }

    @Test
    void undecodableLineInCsvKeepsLineNumbersAligned() {
        byte[] bad = {(byte) 0xFF};
        String f = Collector.writeBytes(dir, "a.csv", Collector.concat(Collector.utf8("abstract\nfirst\n"), bad,
                Collector.utf8("\nthird\n")));
        c.read(f);
        assertEquals(List.of(f + ":2", f + ":4"), c.positions());
        assertEquals(List.of("bad-encoding@" + f + ":3"), c.problemKinds());
    }

    @Test
    void tsvIsReadLikeCsv() {
        String f = Collector.write(dir, "a.tsv", "id\tabstract\tcategories\n1\tuses a, comma\tcs.CL cs.AI\n");
        c.read(f);
        assertEquals(List.of("uses a, comma"), c.texts());
        assertEquals("cs.CL cs.AI", c.papers.get(0).categories());
    }
}
