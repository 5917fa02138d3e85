package org.scikg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.scikg.graph.BulkLoad;
import org.scikg.graph.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-loads RDF files into the store with Jena's TDB2 bulk loader: the N-Triples part files "
                + "'scikg-spark build' writes, or any N-Triples, N-Quads, Turtle, ... file (.gz too).",
                "A folder stands for its RDF files (names starting with _ or . are skipped, e.g. _SUCCESS, _problems).",
                "All or nothing: a file that does not parse stops the load with its file and line, and the store is "
                        + "left as it was. Triples already stored, or repeated across files, are stored once.",
                "Then query, export, stats, viz and serve work on the store. Best into a new store: loaded entities "
                        + "are not linked to stored ones of other spellings (a 'build' does that)."},
        footer = {"", "Exit code: 0 when loaded, 1 on a bad or missing file (nothing loaded), 2 on a usage error."})
final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "PARTS", arity = "1..*", description = "RDF files, or folders of them.")
    List<Path> parts;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = BulkLoad.files(parts);
        try (KnowledgeGraph kg = KnowledgeGraph.open(store.store)) {
            err.println("loading " + files.size() + " files into " + store.store.toAbsolutePath());
            err.flush();
            BulkLoad.Summary s = BulkLoad.load(kg, files, line -> {
                err.println(line);
                err.flush();
            });
            PrintWriter out = spec.commandLine().getOut();
            out.printf("files loaded        %d%n", s.files());
            out.printf("triples read        %d%n", s.parsed());
            out.printf("triples added       %d (store now holds %d)%n", s.after() - s.before(), s.after());
            out.printf("rate                %.0f triples/s (loading; %.0f triples/s with the derived counts)%n",
                    s.loadRate(), s.parsed() / Math.max(1e-9, s.seconds()));
            out.printf("time                %.1f s (of which %.1f s deriving the counts)%n", s.seconds(), s.deriveSeconds());
            out.flush();
            return Main.OK;
        }
    }
}
