package org.scikg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.scikg.ScikgException;
import org.scikg.graph.KnowledgeGraph;
import org.scikg.graph.RdfSyntax;
import org.scikg.query.NamedQuery;
import org.scikg.query.QueryService;
import org.scikg.query.ResultFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query over the store. The prefixes skg:, res:, dcterms:, prov:, skos:, schema:, "
                + "rdf:, rdfs: and xsd: are predeclared.",
                "SELECT and ASK print rows (--format table|csv|tsv|json|xml); CONSTRUCT and DESCRIBE print RDF "
                        + "(--format ttl|nt|nq|trig|rdfxml|jsonld).",
                "Named queries: --list shows them; --name NAME runs one; --param KEY=VALUE sets its parameters."},
        footer = {"", "Examples:", "  scikg query --name evaluated-on",
                "  scikg query --name co-mentioned --param name=MMLU",
                "  scikg query 'SELECT ?e ?l WHERE { ?e a skg:Benchmark ; skos:prefLabel ?l }'"})
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "The query text.")
        String text;
        @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the query from a file.")
        Path file;
        @Option(names = {"-n", "--name"}, paramLabel = "NAME", description = "Run a named query (see --list).")
        String name;
        @Option(names = "--list", description = "List the named queries and their parameters.")
        boolean list;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format (default: table, or ttl for graphs).")
    String format;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "A named query's parameter.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop the query after this long (default: ${DEFAULT-VALUE}).")
    double timeout = 30;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        if (source.list) {
            for (NamedQuery q : NamedQuery.all()) {
                out.printf("%-22s %s%n", q.name(), q.title());
                q.params().forEach((k, v) -> out.printf("%-22s   --param %s=%s%n", "", k, v));
            }
            out.flush();
            return Main.OK;
        }
        String text;
        Map<String, String> bindings = new LinkedHashMap<>();
        if (source.name != null) {
            NamedQuery q = NamedQuery.byName(source.name).orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "no named query '" + source.name + "'; valid: " + String.join(", ", NamedQuery.names())));
            text = q.text();
            bindings.putAll(q.params());
            for (String k : params.keySet()) {
                if (!q.params().containsKey(k)) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "query '" + q.name() + "' has no parameter '" + k + "'; it has: "
                            + String.join(", ", q.params().keySet()));
                }
            }
        } else if (source.file != null) {
            if (!Files.isReadable(source.file)) throw new ScikgException(source.file + ": no such file");
            text = Files.readString(source.file, StandardCharsets.UTF_8);
        } else {
            text = source.text;
        }
        bindings.putAll(params);
        bindings.values().removeIf(String::isEmpty);
        QueryService.parse(text);
        ResultFormat rows = ResultFormat.TABLE;
        RdfSyntax graph = RdfSyntax.TURTLE;
        if (format != null) {
            var r = ResultFormat.byName(format);
            var g = RdfSyntax.byName(format);
            if (r.isEmpty() && g.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "'; valid: " + ResultFormat.validNames()
                        + " (rows), " + RdfSyntax.validNames() + " (graphs)");
            }
            rows = r.orElse(rows);
            graph = g.orElse(graph);
        }
        try (KnowledgeGraph kg = store.openExisting()) {
            if (org.scikg.graph.Statistics.lacksDerivedData(kg.dataset())) {
                var err = spec.commandLine().getErr();
                err.println("warning: the store was written by an earlier version and lacks derived data the named queries "
                        + "read (paper labels, relation statements and ranks); building into it again (its inputs, or any) adds them");
                err.flush();
            }
            var bytes = Outputs.bytes(out);
            new QueryService(kg.dataset(), Duration.ofMillis((long) (timeout * 1000))).run(text, bindings, rows, graph, bytes);
            bytes.flush();
            out.flush();
        }
        return Main.OK;
    }
}
