package org.scikg.corpus;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Finding the files an input argument stands for, and how to name them in positions. */
final class InputFiles {
    /** A file found below a directory argument, with the name it is reported under. */
    record Member(Path path, String name, long size) {
    }

    static final String STDIN = "-";

    private InputFiles() {
    }

    /** The argument as a path, or empty when it is not a valid path on this system. */
    static Optional<Path> toPath(String argument) {
        try {
            return Optional.of(Path.of(argument));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * The regular files below {@code dir} (following links), hidden files and directories (names
     * starting with a dot) left out, sorted by their path relative to {@code dir}. Entries that cannot be
     * visited go to {@code onError} with their name.
     */
    static List<Member> members(Path dir, String dirArgument, BiConsumer<String, IOException> onError) {
        List<Member> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                            return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (isHidden(file)) return FileVisitResult.CONTINUE;
                            if (attrs.isRegularFile()) {
                                found.add(new Member(file, name(dirArgument, dir, file), attrs.size()));
                            } else {
                                // links are followed, so a link seen here leads nowhere; a FIFO could block forever
                                onError.accept(name(dirArgument, dir, file), new java.nio.file.FileSystemException(
                                        file.toString(), null, attrs.isSymbolicLink()
                                                ? "symbolic link to nothing" : "not a regular file"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!isHidden(file)) onError.accept(name(dirArgument, dir, file), e);
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            onError.accept(dirArgument, e);
        }
        found.sort(Comparator.comparing(Member::name));
        return found;
    }

    /** Total size of the files the inputs stand for; standard input, missing paths and errors count 0. */
    static long totalBytes(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            if (input == null || input.equals(STDIN)) continue;
            Path path = toPath(input).orElse(null);
            if (path == null) continue;
            if (Files.isDirectory(path)) {
                total += members(path, input, (name, e) -> { }).stream().mapToLong(Member::size).sum();
            } else {
                try {
                    total += Files.size(path);
                } catch (IOException e) {
                    // not there or not readable: read() reports it; a progress total just leaves it out
                }
            }
        }
        return total;
    }

    /** A message for the user about an I/O failure, without Java class names where possible. */
    static String describe(IOException e) {
        if (e instanceof FileSystemLoopException) return "symbolic-link loop";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        String reason = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) reason = fse.getReason();
        return reason == null ? e.getClass().getSimpleName() : reason;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** The directory argument joined with the file's relative path, always with {@code /}. */
    private static String name(String dirArgument, Path dir, Path file) {
        StringBuilder relative = new StringBuilder();
        for (Path part : dir.relativize(file)) {
            if (relative.length() > 0) relative.append('/');
            relative.append(part);
        }
        return join(dirArgument, relative.toString());
    }

    /** The directory argument without trailing separators, a slash, and a relative path with {@code /}. */
    static String join(String dirArgument, String relative) {
        String base = dirArgument;
        while (base.length() > 1 && (base.endsWith("/") || base.endsWith(File.separator))) {
            base = base.substring(0, base.length() - 1);
        }
        if (relative.length() == 0) return base;
        return base.endsWith("/") ? base + relative : base + "/" + relative;
    }
}
