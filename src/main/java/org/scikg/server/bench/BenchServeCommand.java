package org.scikg.server.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.scikg.graph.KnowledgeGraph;
import org.scikg.query.NamedQuery;
import org.scikg.server.ScikgServer;
import org.scikg.cli.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code scikg bench-serve}: starts the server over a store on a free loopback port, has N clients run the named
 * queries against it for T seconds, prints throughput, latency percentiles and errors, and stops. Thin: the work is
 * {@link LoadBench}'s. Exit codes: 0 done (errors are reported, not fatal), 1 no store, 2 a bad option.
 */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
        description = {"Load-tests the SPARQL server on this machine: N concurrent clients run the named queries for "
                + "T seconds against a store; prints requests per second, p50 and p99 latency and errors.",
            "Only ever talks to a server it starts itself on 127.0.0.1."},
        footer = {"", "Example: scikg bench-serve --store scikg-store --clients 4 --seconds 30"})
public final class BenchServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "4",
            description = "Concurrent clients, 1 to " + LoadBench.MAX_CLIENTS + " (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "T", defaultValue = "30",
            description = "How long the clients run, at most " + LoadBench.MAX_SECONDS + " (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "The server's query timeout (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--query", paramLabel = "NAME", split = ",",
            description = "Only these named queries (default: all of them).")
    List<String> only = List.of();

    @Override
    public Integer call() throws InterruptedException {
        if (clients < 1 || clients > LoadBench.MAX_CLIENTS || seconds < 1 || seconds > LoadBench.MAX_SECONDS) {
            throw new ParameterException(spec.commandLine(), "--clients must be 1.." + LoadBench.MAX_CLIENTS
                    + " and --seconds 1.." + LoadBench.MAX_SECONDS);
        }
        List<NamedQuery> queries = only.isEmpty() ? NamedQuery.all() : only.stream().map(n -> NamedQuery.byName(n)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "no named query '" + n + "'; valid: "
                        + String.join(", ", NamedQuery.names())))).toList();
        PrintWriter out = spec.commandLine().getOut();
        Duration limit = Duration.ofMillis(Math.round(timeout * 1000));
        try (KnowledgeGraph kg = store.openExisting();
             ScikgServer server = ScikgServer.builder().dataset(kg.dataset()).host("127.0.0.1").port(0)
                     .timeout(limit).build().start()) {
            out.printf("store %s (%d triples); server %s; %d named queries; warming up ...%n",
                    store.path().toAbsolutePath(), kg.size(), server.sparqlUrl(), queries.size());
            out.flush();
            LoadBench bench = new LoadBench(server.sparqlUrl(), queries, limit.plusSeconds(10));
            out.print(LoadBench.format(bench.run(clients, Duration.ofSeconds(seconds))));
            out.flush();
        }
        return 0;
    }
}
