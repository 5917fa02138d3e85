package org.scikg.corpus;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputFormatTest {
    @Test
    void byNameIgnoresCaseAndRejectsUnknownNames() {
        assertEquals(Optional.of(InputFormat.JSONL), InputFormat.byName(" JSONL "));
        assertEquals(Optional.empty(), InputFormat.byName("xml"));
        assertEquals(Optional.empty(), InputFormat.byName(null));
    }

    @Test
    void requireListsTheValidNames() {
        CorpusException e = assertThrows(CorpusException.class, () -> InputFormat.require("xml"));
        assertTrue(e.getMessage().contains("lines, jsonl, csv, tsv"), e.getMessage());
    }

    @Test
    void forFileNameLooksThroughGz() {
        assertEquals(Optional.of(InputFormat.LINES), InputFormat.forFileName("data/000_x.txt"));
        assertEquals(Optional.of(InputFormat.LINES), InputFormat.forFileName("a.abstracts"));
        assertEquals(Optional.of(InputFormat.JSONL), InputFormat.forFileName("corpus.JSONL.gz"));
        assertEquals(Optional.of(InputFormat.JSONL), InputFormat.forFileName("x.ndjson"));
        assertEquals(Optional.of(InputFormat.JSONL), InputFormat.forFileName("x.json"));
        assertEquals(Optional.of(InputFormat.CSV), InputFormat.forFileName("papers.csv.gz"));
        assertEquals(Optional.of(InputFormat.TSV), InputFormat.forFileName("papers.tsv"));
        assertEquals(Optional.empty(), InputFormat.forFileName("README"));
        assertEquals(Optional.empty(), InputFormat.forFileName("archive.gz"));
        assertEquals(Optional.empty(), InputFormat.forFileName("dir.csv/file"));
    }

    @Test
    void sniffRecognisesEachFormatFromItsFirstLine() {
        assertEquals(InputFormat.JSONL, InputFormat.sniff("  {\"abstract\": \"x\"}"));
        assertEquals(InputFormat.LINES, InputFormat.sniff("\uFEFFAbstract: text"));
        assertEquals(InputFormat.CSV, InputFormat.sniff("id,Title,\"ABSTRACT\""));
        assertEquals(InputFormat.TSV, InputFormat.sniff("id\ttitle\tabstract"));
        assertEquals(InputFormat.LINES, InputFormat.sniff("id,title,summary"));
        assertEquals(InputFormat.LINES, InputFormat.sniff("just some text"));
        assertEquals(InputFormat.LINES, InputFormat.sniff(null));
    }
}
