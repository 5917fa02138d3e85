package org.scikg.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The corpus formats the {@link CorpusReader} understands, with their names, media types and file
 * extensions. Any of them may be gzip-compressed; compression is recognised by content, and a trailing
 * {@code .gz} is looked through when a format is chosen by file name.
 */
public enum InputFormat {
    /** One abstract per line, each line starting with {@code Abstract:}. */
    LINES("lines", "text/plain", List.of("txt", "abstracts")),
    /** JSON Lines: one object per line with an {@code abstract} member (or {@code text}, as in gold files). */
    JSONL("jsonl", "application/x-ndjson", List.of("jsonl", "ndjson", "json")),
    /** Comma-separated values with a header row that has an {@code abstract} column. */
    CSV("csv", "text/csv", List.of("csv")),
    /** Tab-separated values, otherwise as {@link #CSV} (double quotes may enclose a field). */
    TSV("tsv", "text/tab-separated-values", List.of("tsv"));

    private static final String LINES_PREFIX = "Abstract:";

    private final String formatName;
    private final String mediaType;
    private final List<String> extensions;

    InputFormat(String formatName, String mediaType, List<String> extensions) {
        this.formatName = formatName;
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /** The short name used on the command line, e.g. {@code jsonl}. */
    public String formatName() {
        return formatName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** File extensions without the dot, lower case. */
    public List<String> extensions() {
        return extensions;
    }

    /** The format with this name, ignoring case and surrounding space; empty for null or unknown names. */
    public static Optional<InputFormat> byName(String name) {
        if (name == null) return Optional.empty();
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.formatName.equals(wanted)).findFirst();
    }

    /**
     * The format with this name.
     *
     * @throws CorpusException naming the valid formats, if the name is unknown
     */
    public static InputFormat require(String name) {
        return byName(name).orElseThrow(() -> new CorpusException(
                "unknown input format '" + name + "'; valid formats: " + validNames()));
    }

    /**
     * The format a file name's extension implies, ignoring case and looking through a trailing
     * {@code .gz} ({@code a.jsonl.gz} is JSON Lines); empty when the extension is unknown or absent.
     */
    public static Optional<InputFormat> forFileName(String fileName) {
        if (fileName == null) return Optional.empty();
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        int dot = name.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        String ext = name.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    /** The valid names, for messages: {@code lines, jsonl, csv, tsv}. */
    public static String validNames() {
        return Arrays.stream(values()).map(InputFormat::formatName).collect(Collectors.joining(", "));
    }

    /**
     * Guesses the format from the first non-blank line of an input: an opening brace means JSON Lines, the
     * {@code Abstract:} prefix means lines, a header with an {@code abstract} column means TSV (if split
     * by tabs) or CSV; anything else, including null, is taken as lines.
     */
    public static InputFormat sniff(String firstNonBlankLine) {
        if (firstNonBlankLine == null) return LINES;
        String line = firstNonBlankLine.replace("\uFEFF", "").strip();
        if (line.startsWith("{")) return JSONL;
        if (line.startsWith(LINES_PREFIX)) return LINES;
        if (line.indexOf('\t') >= 0 && hasAbstractCell(line, "\t")) return TSV;
        if (hasAbstractCell(line, ",")) return CSV;
        return LINES;
    }

    private static boolean hasAbstractCell(String header, String delimiter) {
        for (String cell : header.split(delimiter, -1)) {
            String name = cell.strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1).strip();
            }
            if (name.equalsIgnoreCase("abstract")) return true;
        }
        return false;
    }
}
