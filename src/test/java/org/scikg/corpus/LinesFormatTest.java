package org.scikg.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scikg.corpus.Collector.concat;
import static org.scikg.corpus.Collector.utf8;

class LinesFormatTest {
    @TempDir
    Path dir;
    final Collector c = new Collector();

    @Test
    void eachPrefixedLineIsOneRecordWithItsPhysicalLine() {
        String f = Collector.write(dir, "a.txt", "Abstract: one \nAbstract:two\n\n   Abstract:\tthree");
        ReadStats stats = c.read(f);
        assertEquals(List.of("one", "two", "three"), c.texts());
        assertEquals(List.of(f + ":1", f + ":2", f + ":4"), c.positions());
        assertEquals(new ReadStats(1, 3, 0, 0), stats);
    }

    @Test
    void crlfLineEndsAreRemoved() {
        String f = Collector.write(dir, "a.txt", "Abstract:first\r\nAbstract:second\r\n");
        c.read(f);
        assertEquals(List.of("first", "second"), c.texts());
        assertEquals(List.of(f + ":1", f + ":2"), c.positions());
        assertEquals(List.of(), c.problems);
    }

    @Test
    void blankLinesAreSkippedSilently() {
        String f = Collector.write(dir, "a.txt", "\n  \t \nAbstract:x\n\n\r\n");
        c.read(f);
        assertEquals(List.of(f + ":3"), c.positions());
        assertEquals(List.of(), c.problems);
    }

    @Test
    void lineWithoutPrefixIsReportedAndSkippedNotJoined() {
        String f = Collector.write(dir, "a.txt", "Abstract:a\nstray continuation\nAbstract:b");
        ReadStats stats = c.read(f);
        assertEquals(List.of("a", "b"), c.texts());
        assertEquals(List.of(f + ":1", f + ":3"), c.positions());
        assertEquals(List.of("no-prefix@" + f + ":2"), c.problemKinds());
        assertEquals(new ReadStats(1, 2, 1, 1), stats);
    }

    @Test
    void prefixWithoutTextIsNoAbstract() {
        String f = Collector.write(dir, "a.txt", "Abstract:   \nAbstract:b");
        c.read(f);
        assertEquals(List.of("b"), c.texts());
        assertEquals(List.of("no-abstract@" + f + ":1"), c.problemKinds());
    }

    @Test
    void byteOrderMarkAtStartIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String f = Collector.writeBytes(dir, "a.txt", concat(bom, utf8("Abstract:a\nAbstract:b")));
        c.read(f);
        assertEquals(List.of("a", "b"), c.texts());
        assertEquals(List.of(), c.problems);
    }

    @Test
    void undecodableLineIsReportedAndFollowingLinesStillRead() {
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        byte[] cutMultibyte = {(byte) 0xE2, (byte) 0x82};
        String f = Collector.writeBytes(dir, "a.txt", concat(utf8("Abstract:good one\nAbstract:bad "), bad,
                utf8(" end\nAbstract:good two\nAbstract:cut "), cutMultibyte, utf8("\nAbstract:caf\u00e9 three")));
        ReadStats stats = c.read(f);
        assertEquals(List.of("good one", "good two", "caf\u00e9 three"), c.texts());
        assertEquals(List.of(f + ":1", f + ":3", f + ":5"), c.positions());
        assertEquals(List.of("bad-encoding@" + f + ":2", "bad-encoding@" + f + ":4"), c.problemKinds());
        assertEquals(2, stats.skipped());
    }

    @Test
    void tenMegabyteLineIsReadWhole() {
        String big = "x".repeat(10 * 1024 * 1024);
        String f = Collector.write(dir, "a.txt", "Abstract:before\nAbstract:" + big + "\nAbstract:after\n");
        c.read(f);
        assertEquals(3, c.papers.size());
        assertEquals(big.length(), c.papers.get(1).text().length());
        assertEquals(List.of(f + ":1", f + ":2", f + ":3"), c.positions());
        assertEquals(List.of(), c.problems);
    }

    @Test
    void lineOverTheLimitIsReportedAndSkipped() {
        String f = Collector.write(dir, "a.txt", "Abstract:before\nAbstract:" + "y".repeat(200) + "\nAbstract:after");
        c.read(c.builder().maxLineBytes(100).build(), f);
        assertEquals(List.of("before", "after"), c.texts());
        assertEquals(List.of(f + ":1", f + ":3"), c.positions());
        assertEquals(List.of("line-too-long@" + f + ":2"), c.problemKinds());
    }

    @Test
    void latexNonLatinScriptsAndEmojiAreKeptIntact() {
        String text = "We minimise $\\mathcal{L}(\\theta)=\\sum_i \\|x_i\\|^2_{\\text{F}}$ \\cite{vaswani}; "
                + "\u6df1\u5ea6\u5b66\u4e60, \u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac, "
                + "\u0627\u0644\u0639\u0631\u0628\u064a\u0629, \u0939\u093f\u0928\u094d\u0926\u0940 "
                + "\uD83D\uDE80 \uD83D\uDC69\u200D\uD83D\uDD2C caf\u00e9 \u2014 done.";
        String f = Collector.write(dir, "a.txt", "Abstract:  " + text + "  \nAbstract:plain");
        c.read(f);
        assertEquals(List.of(text, "plain"), c.texts());
        assertEquals(List.of(), c.problems);
    }
}
