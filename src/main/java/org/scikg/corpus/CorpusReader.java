package org.scikg.corpus;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads abstracts from files, directories and standard input, in any {@link InputFormat}, plain or
 * gzip-compressed, and pushes them to a sink one at a time (nothing is held beyond the current line).
 * Problems in the data never throw: each goes to the {@link ProblemListener} with its file and line,
 * the bad line, row or file is skipped, and reading goes on. Immutable and reusable once built.
 *
 * <pre>{@code
 * CorpusReader reader = CorpusReader.builder().problems(p -> System.err.println(p)).build();
 * ReadStats stats = reader.read(List.of("data/"), paper -> graph.add(paper));
 * }</pre>
 */
public final class CorpusReader {
    /** The default limit on one line (and one CSV record): 16 MiB. */
    public static final long DEFAULT_MAX_LINE_BYTES = 16L * 1024 * 1024;
    private static final int SNIFF_BYTES = 8 * 1024;
    private static final int BUFFER_SIZE = 64 * 1024;

    private final InputFormat format;
    private final ProblemListener problems;
    private final InputStream stdin;
    private final ProgressListener progress;
    private final long maxLineBytes;
    private final RecordParser linesParser = new LinesParser();
    private final RecordParser jsonParser;
    private final RecordParser csvParser;
    private final RecordParser tsvParser;

    private CorpusReader(Builder builder) {
        this.format = builder.format;
        this.problems = builder.problems;
        this.stdin = builder.stdin;
        this.progress = builder.progress == null ? bytes -> { } : builder.progress;
        this.maxLineBytes = builder.maxLineBytes;
        this.jsonParser = new JsonLinesParser(maxLineBytes);
        this.csvParser = new CsvRecordParser(',', maxLineBytes);
        this.tsvParser = new CsvRecordParser('\t', maxLineBytes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The format forced on every input, or empty when each input's format is detected. */
    public Optional<InputFormat> format() {
        return Optional.ofNullable(format);
    }

    /**
     * Reads the inputs in order, delivering each record to {@code sink} as soon as it is read.
     *
     * @param inputs file paths, directory paths (read recursively, files in sorted order, hidden ones
     *               skipped) or {@code "-"} for standard input
     * @param sink   receives each paper; an exception it throws stops reading and propagates
     * @return the counts of files, records, skipped records and problems
     * @throws CorpusException if {@code inputs} is null or empty, or holds a null or blank entry
     */
    public ReadStats read(List<String> inputs, Consumer<Paper> sink) {
        if (inputs == null || inputs.isEmpty()) throw new CorpusException("no inputs given: name a file, a directory or '-'");
        for (String input : inputs) {
            if (input == null || input.isBlank()) throw new CorpusException("an input path is empty: " + inputs);
        }
        Objects.requireNonNull(sink, "sink");
        ReadContext context = new ReadContext(problems, sink, progress);
        for (String input : inputs) readInput(input, context);
        return context.stats();
    }

    /**
     * Reads one input its caller opened, from any file system, to its end, and closes it. The input is named
     * {@code name} in positions and problems, and read as a file of that name is: the format from the name's
     * extension (or the one forced on the reader, or sniffed), gzip detected by its first bytes.
     *
     * @param in   the input's bytes; closed when read, also after a failure
     * @param name the name positions and problems give, e.g. {@code data/000.txt} or {@code hdfs://nn/a.jsonl}
     * @param sink receives each paper; an exception it throws stops reading and propagates
     * @return the counts of this input's records, skipped records and problems (files is 1)
     */
    public ReadStats read(InputStream in, String name, Consumer<Paper> sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sink, "sink");
        ReadContext context = new ReadContext(problems, sink, progress);
        context.fileOpened();
        readStream(in, name, context);
        return context.stats();
    }

    /**
     * The name a file below a directory argument goes by in positions: the argument without trailing
     * separators, a slash, and the file's path below the directory with {@code /} between its parts. A
     * reader of another file system names files by it, so that positions agree with this reader's.
     */
    public static String memberName(String directoryArgument, String relativePath) {
        return InputFiles.join(directoryArgument, relativePath);
    }

    /**
     * The total size in bytes of the files the inputs stand for (as stored, so compressed size for
     * gzip), for sizing a progress bar; standard input and missing paths count 0. Never throws for
     * missing or unreadable paths.
     */
    public static long totalBytes(List<String> inputs) {
        return inputs == null ? 0 : InputFiles.totalBytes(inputs);
    }

    private void readInput(String input, ReadContext context) {
        if (input.equals(InputFiles.STDIN)) {
            context.fileOpened();
            readStream(new FilterInputStream(stdin) {
                @Override
                public void close() {
                    // standard input belongs to the caller
                }
            }, InputFiles.STDIN, context);
            return;
        }
        Optional<Path> path = InputFiles.toPath(input);
        if (path.isEmpty() || !Files.exists(path.get())) {
            context.report(SourceRef.ofFile(input), ProblemKinds.NOT_FOUND, "no such file or directory");
        } else if (Files.isDirectory(path.get())) {
            readDirectory(path.get(), input, context);
        } else {
            readFile(path.get(), input, context);
        }
    }

    private void readDirectory(Path dir, String input, ReadContext context) {
        List<InputFiles.Member> members = InputFiles.members(dir, input, (name, e) ->
                context.report(SourceRef.ofFile(name), ProblemKinds.UNREADABLE,
                        "cannot read: " + InputFiles.describe(e) + "; skipped"));
        if (members.isEmpty()) {
            context.report(SourceRef.ofFile(input), ProblemKinds.EMPTY_DIRECTORY, "directory holds no (visible) files");
        }
        for (InputFiles.Member member : members) readFile(member.path(), member.name(), context);
    }

    private void readFile(Path path, String name, ReadContext context) {
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (IOException e) {
            context.report(SourceRef.ofFile(name), ProblemKinds.UNREADABLE,
                    "cannot open: " + InputFiles.describe(e) + "; skipped");
            return;
        }
        context.fileOpened();
        readStream(in, name, context);
    }

    /** Reads one opened input to its end and closes it; reports rather than throws I/O trouble. */
    private void readStream(InputStream raw, String name, ReadContext context) {
        ByteLineReader lines = null;
        boolean gzip = false;
        try (InputStream buffered = new BufferedInputStream(context.counting(raw), BUFFER_SIZE)) {
            gzip = isGzip(buffered);
            try (InputStream content = gzip ? new GZIPInputStream(buffered, BUFFER_SIZE) : buffered) {
                lines = new ByteLineReader(content, name, context, maxLineBytes);
                RecordParser parser = parserFor(lines, name, context);
                if (parser != null) parser.parse(lines, name, context);
            }
        } catch (IOException e) {
            reportReadFailure(e, gzip, new SourceRef(name, lines == null ? 1 : lines.lineNumber() + 1), context);
        }
        context.fileDone();
    }

    /** The parser for this input, or null after reporting an empty or binary input. */
    private RecordParser parserFor(ByteLineReader lines, String name, ReadContext context) throws IOException {
        byte[] head = lines.peek(SNIFF_BYTES);
        if (head.length == 0) {
            context.report(SourceRef.ofFile(name), ProblemKinds.EMPTY_FILE, "file is empty");
            return null;
        }
        for (byte b : head) {
            if (b == 0) {
                context.report(SourceRef.ofFile(name), ProblemKinds.BINARY_FILE,
                        "file looks binary (NUL bytes near the start; UTF-16 is not supported); skipped");
                return null;
            }
        }
        InputFormat chosen = format != null ? format
                : InputFormat.forFileName(name.equals(InputFiles.STDIN) ? "" : name)
                        .orElseGet(() -> InputFormat.sniff(firstNonBlankLine(head)));
        return switch (chosen) {
            case LINES -> linesParser;
            case JSONL -> jsonParser;
            case CSV -> csvParser;
            case TSV -> tsvParser;
        };
    }

    private static void reportReadFailure(IOException e, boolean gzip, SourceRef at, ReadContext context) {
        if (gzip && e instanceof EOFException) {
            context.report(at, ProblemKinds.TRUNCATED_GZIP,
                    "compressed data ends unexpectedly (truncated file?); records before this line were kept");
        } else if (gzip && e instanceof ZipException) {
            context.report(at, ProblemKinds.CORRUPT_GZIP,
                    "corrupt compressed data (" + e.getMessage() + "); the rest of this file is skipped");
        } else {
            context.report(at, ProblemKinds.READ_ERROR,
                    "read failed: " + InputFiles.describe(e) + "; the rest of this file is skipped");
        }
    }

    private static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b;
    }

    private static String firstNonBlankLine(byte[] head) {
        for (String line : new String(head, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) return line;
        }
        return null;
    }

    /** Configures a {@link CorpusReader}; {@link #problems} is required. */
    public static final class Builder {
        private InputFormat format;
        private ProblemListener problems;
        private InputStream stdin = System.in;
        private ProgressListener progress;
        private long maxLineBytes = DEFAULT_MAX_LINE_BYTES;

        private Builder() {
        }

        /** Forces this format on every input; null (the default) detects it per input. */
        public Builder format(InputFormat format) {
            this.format = format;
            return this;
        }

        /** Where problems go (required). */
        public Builder problems(ProblemListener problems) {
            this.problems = problems;
            return this;
        }

        /** What {@code "-"} reads; {@code System.in} by default. It is never closed. */
        public Builder stdin(InputStream stdin) {
            this.stdin = stdin;
            return this;
        }

        /** Told the bytes read so far after each record; none by default (null for none). */
        public Builder progress(ProgressListener progress) {
            this.progress = progress;
            return this;
        }

        /** Longest line (and CSV record) accepted, in bytes; longer ones are skipped with a problem. */
        public Builder maxLineBytes(long maxLineBytes) {
            this.maxLineBytes = maxLineBytes;
            return this;
        }

        /** @throws CorpusException if no problem listener or no stdin is set, or the line limit is out of range */
        public CorpusReader build() {
            if (problems == null) {
                throw new CorpusException("CorpusReader needs a problem listener: call problems(...), "
                        + "e.g. problems(p -> System.err.println(p))");
            }
            if (stdin == null) throw new CorpusException("CorpusReader stdin must not be null");
            if (maxLineBytes < 1 || maxLineBytes > Integer.MAX_VALUE - 16) {
                throw new CorpusException("maxLineBytes must be between 1 and " + (Integer.MAX_VALUE - 16)
                        + ", was " + maxLineBytes);
            }
            return new CorpusReader(this);
        }
    }
}
