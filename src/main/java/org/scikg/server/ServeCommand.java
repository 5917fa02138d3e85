package org.scikg.server;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.scikg.graph.KnowledgeGraph;
import org.scikg.link.Iris;
import org.scikg.cli.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code scikg serve}: serves a store over HTTP until stopped. Thin: options become a {@link ScikgServer}. Exit
 * codes: 0 stopped normally, 1 no store or the port cannot be had, 2 a bad option.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over HTTP: a read-only SPARQL endpoint, a page for every paper and entity, "
                + "and an explorer in the browser.",
            "SPARQL 1.1 Protocol at /scikg/sparql (GET and POST; JSON, XML, CSV, TSV; Turtle, JSON-LD, N-Triples), "
                    + "Graph Store Protocol reading at /scikg/get, resources at /resource/..., health at /health.",
            "Safe by default: no update or upload, no SERVICE, a query timeout, a row cap, this machine only."},
        footer = {"", "Examples:", "  scikg serve                       then open http://127.0.0.1:3030/",
            "  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5' "
                    + "http://127.0.0.1:3030/scikg/sparql"})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ScikgServer.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Stop any query after this long (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Return at most this many rows per query (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--cors", paramLabel = "ORIGIN",
            description = "Allow browser pages from this origin (e.g. http://localhost:8080, or *) to query. Repeatable.")
    List<String> cors = new ArrayList<>();

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base IRI the store was built with (build --base); IRIs under it are served at "
                    + "/resource/... (default: ${DEFAULT-VALUE}).")
    String base;

    private final ToIntFunction<ScikgServer> running;

    /** A command that serves until the process is stopped. */
    public ServeCommand() {
        this(server -> {
            server.join();
            return 0;
        });
    }

    /** A command that, once the server has started, runs {@code running} and stops (for tests). */
    ServeCommand(ToIntFunction<ScikgServer> running) {
        this.running = running;
    }

    @Override
    public Integer call() {
        ScikgServer.Builder b = ScikgServer.builder().host(host).port(port).maxRows(maxRows).base(base)
                .timeout(Duration.ofMillis(Math.round(timeout * 1000)));
        cors.forEach(b::corsOrigin);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (KnowledgeGraph kg = store.openExisting()) {
            ScikgServer server;
            try {
                server = b.dataset(kg.dataset()).build();
            } catch (ServerException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            server.start();
            Thread stop = new Thread(server::close, "scikg-serve-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
                err.println("warning: listening on " + host + ": whoever can reach it can query the store");
            }
            out.printf("serving %s at %s%n", store.path().toAbsolutePath(), server.url());
            out.printf("  SPARQL endpoint  %s%n", server.sparqlUrl());
            out.printf("  resources        %sresource/...  (IRIs under %s)%n", server.url(), server.base());
            out.printf("  limits           %s s per query, %d rows; read-only; SERVICE off; CORS %s%n",
                    timeout, maxRows, cors.isEmpty() ? "off" : String.join(" ", cors));
            out.println("Stop with Ctrl+C.");
            out.flush();
            err.flush();
            try {
                return running.applyAsInt(server);
            } finally {
                server.close();
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or has run: nothing left to undo
                }
            }
        }
    }
}
