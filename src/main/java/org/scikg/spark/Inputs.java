package org.scikg.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.scikg.ScikgException;
import org.scikg.corpus.CorpusReader;
import org.scikg.corpus.Paper;
import org.scikg.corpus.Problem;
import org.scikg.corpus.ProblemKinds;
import org.scikg.corpus.ProblemListener;
import org.scikg.corpus.SourceRef;

/**
 * The files a job's input arguments stand for, on any Hadoop file system, named and ordered as
 * {@link CorpusReader} names and orders local ones: arguments in the order given, the files below a folder
 * sorted by name, hidden ones (a part of the path starting with a dot) left out. A local argument keeps its
 * spelling ({@code data/000.txt}); a URI argument gives full URIs ({@code hdfs://nn/corpus/a.jsonl}).
 */
final class Inputs {
    /** Files a job can number: the file index takes the bits of an order above the line's 40. */
    static final int MAX_FILES = 1 << 23;

    /** One file to read: its place in input order, where it is and the name positions give. */
    record InputFile(int index, String uri, String name) implements Serializable {
    }

    /** One record read: a paper or a problem, and its place in input order (see {@link #order}). */
    record Read(long order, Paper paper, Problem problem) implements Serializable {
    }

    private Inputs() {
    }

    /** The place of a record in input order: its file's index, then its line. */
    static long order(int file, long line) {
        if (line >= 1L << 40) throw new ScikgException("a file with more than 2^40 lines cannot be numbered");
        return (long) file << 40 | line;
    }

    /**
     * Lists the files of the inputs; a missing path or an empty folder is a problem, as it is for the build.
     *
     * @throws ScikgException for standard input, which a distributed job cannot read, and for a listing that fails
     */
    static List<InputFile> list(List<String> inputs, Configuration conf, ProblemListener problems) {
        List<InputFile> out = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals("-")) throw new ScikgException("a Spark job cannot read standard input: name files or folders");
            try {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf);
                if (!fs.exists(path)) {
                    problems.report(new Problem(SourceRef.ofFile(input), ProblemKinds.NOT_FOUND, "no such file or directory"));
                    continue;
                }
                FileStatus status = fs.getFileStatus(path);
                List<InputFile> found = status.isDirectory() ? members(fs, status.getPath(), input)
                        : List.of(new InputFile(0, status.getPath().toString(), input));
                if (found.isEmpty()) {
                    problems.report(new Problem(SourceRef.ofFile(input), ProblemKinds.EMPTY_DIRECTORY,
                            "directory holds no (visible) files"));
                }
                for (InputFile f : found) out.add(new InputFile(out.size(), f.uri(), f.name()));
            } catch (IOException | IllegalArgumentException e) {
                throw new ScikgException("cannot list " + input + ": " + e.getMessage(), e);
            }
        }
        if (out.size() > MAX_FILES) throw new ScikgException("more than " + MAX_FILES + " input files; join some");
        return out;
    }

    private static List<InputFile> members(FileSystem fs, Path dir, String argument) throws IOException {
        String prefix = dir.toUri().getPath();
        if (!prefix.endsWith("/")) prefix += "/";
        List<InputFile> out = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            String path = f.getPath().toUri().getPath();
            if (!f.isFile() || !path.startsWith(prefix)) continue;
            String relative = path.substring(prefix.length());
            if (hidden(relative)) continue;
            out.add(new InputFile(0, f.getPath().toString(), CorpusReader.memberName(argument, relative)));
        }
        out.sort(Comparator.comparing(InputFile::name));
        return out;
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) return true;
        }
        return false;
    }
}
