package org.scikg.viz;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.scikg.ScikgException;
import org.scikg.cli.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code scikg viz}: reads the store, builds a view and writes it. Thin: options become a {@link VizRequest}, then
 * {@link GraphViews#build} and {@link Renderers#write} do the work. Exit codes: 0 written, 1 data error (no store,
 * no matching entity, bad query), 2 usage error (unknown format or view, conflicting options).
 */
@Command(name = "viz", mixinStandardHelpOptions = true,
        description = {"Visualise the links between concepts: an interactive page, a picture or a graph file.",
            "Views: concepts (typed relations and co-mention), papers (paper-entity), a neighbourhood (--focus),"
                    + " or any CONSTRUCT query (--query)."})
public class VizCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "html, graphml, gexf, dot, svg or json (default: from the file's extension, else html).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "Where to write; '-' for standard output.")
    String output;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "concepts",
            description = "concepts or papers (default: ${DEFAULT-VALUE}); --focus and --query choose their own.")
    String view;

    @Option(names = "--focus", paramLabel = "NAME",
            description = "Show the neighbourhood of this entity (name, alias or match key; case, hyphens and"
                    + " spaces ignored).")
    String focus;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1",
            description = "Hops around --focus (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--query", paramLabel = "FILE", description = "Show what this SPARQL CONSTRUCT query returns.")
    Path query;

    @Option(names = "--types", paramLabel = "TYPE", split = ",",
            description = "Keep only these node types, e.g. Model,Dataset.")
    List<String> types = new ArrayList<>();

    @Option(names = "--relations", paramLabel = "REL", split = ",",
            description = "Keep only these relations, e.g. uses,basedOn (add coMention to keep co-mentions).")
    List<String> relations = new ArrayList<>();

    @Option(names = "--co-mention", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Include co-mention edges (default: ${DEFAULT-VALUE}).")
    boolean coMention;

    @Option(names = "--min-weight", paramLabel = "W", defaultValue = "0",
            description = "Drop edges supported by fewer papers.")
    double minWeight;

    @Option(names = "--min-mentions", paramLabel = "M", defaultValue = "0",
            description = "Drop entities mentioned by fewer papers.")
    int minMentions;

    @Option(names = "--top", paramLabel = "N", defaultValue = "0",
            description = "Keep only the N best-ranked nodes (0: all).")
    int top;

    @Option(names = "--rank", paramLabel = "BY", defaultValue = "degree",
            description = "degree or pagerank, for --top (default: ${DEFAULT-VALUE}).")
    String rank;

    private final OutputStream stdout;

    /** A command that writes '-o -' to {@link System#out}. */
    public VizCommand() {
        this(System.out);
    }

    /** A command that writes '-o -' to the given stream (for tests and embedding). */
    public VizCommand(OutputStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        VizFormat fmt = resolveFormat();
        PrintWriter err = spec.commandLine().getErr();
        try {
            VizRequest req = request();
            VizGraph g = GraphViews.build(openStore(store.path()), req);
            write(g, fmt);
            err.printf("wrote %d nodes, %d edges (%s) to %s%n", g.vertexSet().size(), g.edgeSet().size(),
                    fmt.formatName(), "-".equals(output) ? "standard output" : output);
            err.flush();
            return 0;
        } catch (ScikgException e) {
            err.println("scikg viz: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /**
     * Opens an existing TDB2 store, refusing to create one.
     *
     * @throws VizException if the directory does not exist or holds no TDB2 data
     */
    public static Dataset openStore(Path dir) {
        if (!Files.isDirectory(dir) || !looksLikeTdb2(dir)) {
            throw new VizException("no store at " + dir + ": run 'bin/scikg build' first");
        }
        return TDB2Factory.connectDataset(dir.toString());
    }

    private static boolean looksLikeTdb2(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    private VizFormat resolveFormat() {
        if (format == null) {
            return VizFormat.byFileName(output).orElse(VizFormat.HTML);
        }
        return VizFormat.byName(format).orElseThrow(() -> usage("unknown format '" + format
                + "': valid formats are " + VizFormat.validNames()));
    }

    private VizRequest request() {
        if (focus != null && query != null) {
            throw usage("give either --focus or --query, not both");
        }
        VizRequest.View v = VizRequest.View.byName(view).filter(x -> x == VizRequest.View.CONCEPTS
                || x == VizRequest.View.PAPERS).orElseThrow(() -> usage("unknown view '" + view
                + "': valid views are concepts, papers (use --focus or --query for the others)"));
        VizRequest.Ranking ranking = switch (rank.toLowerCase(Locale.ROOT)) {
            case "degree" -> VizRequest.Ranking.DEGREE;
            case "pagerank" -> VizRequest.Ranking.PAGERANK;
            default -> throw usage("unknown ranking '" + rank + "': valid rankings are degree, pagerank");
        };
        VizRequest.Builder b = VizRequest.builder().view(v).entityTypes(types).relationTypes(relations)
                .includeCoMention(coMention).minWeight(minWeight).minMentions(minMentions).top(top, ranking);
        if (focus != null) {
            b.focus(focus, depth);
        }
        if (query != null) {
            b.query(readQuery());
        }
        try {
            return b.build();
        } catch (VizException e) {
            throw usage(e.getMessage());
        }
    }

    private String readQuery() {
        try {
            return Files.readString(query, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new VizException("cannot read query file " + query + ": " + e.getMessage(), e);
        }
    }

    private void write(VizGraph g, VizFormat fmt) {
        if ("-".equals(output)) {
            Renderers.write(g, fmt, stdout);
            return;
        }
        Path file = Path.of(output);
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                Renderers.write(g, fmt, out);
            }
        } catch (IOException e) {
            throw new VizException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
