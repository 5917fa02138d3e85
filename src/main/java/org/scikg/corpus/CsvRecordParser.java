package org.scikg.corpus;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CSV or TSV with a header row (RFC 4180 quoting). Column names are matched ignoring case and
 * surrounding space; {@code abstract} is required, {@code id, title, authors, date} (else
 * {@code year}){@code , categories, doi, url} are optional. A record's line is the physical line it
 * starts on. A syntax error (such as an unterminated quote) gives up the rest of the file.
 */
final class CsvRecordParser implements RecordParser {
    private final CSVFormat format;
    private final long maxRecordChars;

    CsvRecordParser(char delimiter, long maxRecordChars) {
        this.format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .get();
        this.maxRecordChars = maxRecordChars;
    }

    @Override
    public void parse(ByteLineReader lines, String file, ReadContext context) throws IOException {
        CsvLineFeed feed = new CsvLineFeed(lines, maxRecordChars);
        CSVParser parser;
        try {
            parser = CSVParser.parse(feed, format);
        } catch (CSVException | CsvLineFeed.RecordTooLongException e) {
            giveUp(e, new SourceRef(file, feed.nextContentLine(0)), context);
            return;
        }
        Map<String, Integer> columns = columnIndex(parser.getHeaderNames());
        if (!columns.containsKey("abstract")) {
            context.report(new SourceRef(file, feed.nextContentLine(0)), ProblemKinds.NO_ABSTRACT_COLUMN,
                    "no 'abstract' column in the header " + parser.getHeaderNames() + "; file skipped");
            return;
        }
        readRecords(parser, feed, columns, file, context);
    }

    private void readRecords(CSVParser parser, CsvLineFeed feed, Map<String, Integer> columns,
                             String file, ReadContext context) throws IOException {
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            // hasNext() parses exactly one record; its start is the first non-empty line after those
            // consumed before, known once the parser has read that far
            long consumed = parser.getCurrentLineNumber();
            feed.markRecordStart();
            CSVRecord record;
            try {
                if (!records.hasNext()) return;
                record = records.next();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CSVException || e.getCause() instanceof CsvLineFeed.RecordTooLongException) {
                    giveUp(e.getCause(), new SourceRef(file, feed.nextContentLine(consumed)), context);
                    return;
                }
                throw e.getCause();
            }
            deliver(record, columns, new SourceRef(file, feed.nextContentLine(consumed)), context);
        }
    }

    private static void giveUp(IOException e, SourceRef at, ReadContext context) {
        boolean tooLong = e instanceof CsvLineFeed.RecordTooLongException;
        String reason = tooLong ? e.getMessage() + " (an unterminated quote?)" : syntaxMessage(e);
        context.reject(at, tooLong ? ProblemKinds.RECORD_TOO_LONG : ProblemKinds.CSV_SYNTAX,
                "CSV record starting here is broken: " + reason + "; the rest of this file is skipped");
    }

    /** The parser's message in plainer words, without its own position (ours is more precise). */
    private static String syntaxMessage(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field is never closed (the file ends inside quotes)";
        }
        return message.replaceFirst("^\\(startline \\d+\\)\\s*", "").strip();
    }

    private static Map<String, Integer> columnIndex(List<String> headerNames) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < headerNames.size(); i++) {
            String name = headerNames.get(i) == null ? "" : headerNames.get(i).strip().toLowerCase(Locale.ROOT);
            columns.putIfAbsent(name, i);
        }
        return columns;
    }

    private static void deliver(CSVRecord record, Map<String, Integer> columns, SourceRef at, ReadContext context) {
        String text = cell(record, columns, "abstract");
        if (text == null) {
            int column = columns.get("abstract") + 1;
            String why = record.size() < column ? "the row has only " + record.size() + " cells" : "the cell is empty";
            context.reject(at, ProblemKinds.NO_ABSTRACT, "no abstract in column " + column + " (" + why + "); skipped");
            return;
        }
        String date = cell(record, columns, "date");
        context.deliver(new Paper(cell(record, columns, "id"), text, cell(record, columns, "title"),
                PaperFields.splitAuthors(cell(record, columns, "authors")),
                date != null ? date : cell(record, columns, "year"), cell(record, columns, "categories"),
                cell(record, columns, "doi"), cell(record, columns, "url"), at));
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= record.size() ? null : PaperFields.clean(record.get(index));
    }
}
