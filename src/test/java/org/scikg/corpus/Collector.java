package org.scikg.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Test helper: collects what a read delivers and reports, and writes input files. */
final class Collector {
    final List<Paper> papers = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    CorpusReader.Builder builder() {
        return CorpusReader.builder().problems(problems::add);
    }

    ReadStats read(String... inputs) {
        return read(builder().build(), inputs);
    }

    ReadStats read(CorpusReader reader, String... inputs) {
        return reader.read(List.of(inputs), papers::add);
    }

    List<String> texts() {
        return papers.stream().map(Paper::text).toList();
    }

    /** Each paper's position, {@code file:line}. */
    List<String> positions() {
        return papers.stream().map(p -> p.source().toString()).toList();
    }

    /** Each problem as {@code kind@file:line}. */
    List<String> problemKinds() {
        return problems.stream().map(p -> p.kind() + "@" + p.where()).toList();
    }

    static String write(Path dir, String name, String content) {
        return writeBytes(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static String writeBytes(Path dir, String name, byte[] content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) out.writeBytes(part);
        return out.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
