package org.scikg.server.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.scikg.query.NamedQuery;
import org.scikg.server.ServerException;

/**
 * A bounded load test of a SPARQL endpoint on this machine: N clients, each in its own thread, send the named
 * queries (with their default parameters) in turn over HTTP for a fixed time, each waiting for its answer before
 * sending the next. Every query is sent once first, untimed, to warm the store. Refuses any endpoint that is not on
 * a loopback address.
 */
public final class LoadBench {
    /** The most clients and seconds a run may ask for. */
    public static final int MAX_CLIENTS = 64;
    public static final int MAX_SECONDS = 600;

    /** Latency figures of one query, or of all, in milliseconds. */
    public record Stats(long requests, long errors, double p50, double p99, double max) {
    }

    /**
     * What a run measured.
     *
     * @param seconds the measured time (from the first request to the last answer)
     * @param throughput answered requests (errors included) per second
     * @param errorKinds how many errors of each kind ({@code HTTP 503}, an exception's class)
     */
    public record Report(int clients, double seconds, double throughput, Stats all, Map<String, Stats> perQuery,
            Map<String, Long> errorKinds) {
    }

    private record Sample(int query, long nanos, String error) {
    }

    private final URI endpoint;
    private final List<NamedQuery> queries;
    private final HttpClient http;
    private final Duration requestTimeout;

    /**
     * @param endpoint a SPARQL query endpoint on a loopback address
     * @param queries what the clients send, in turn
     * @param requestTimeout how long a client waits for one answer
     * @throws ServerException if the endpoint is not on this machine or there are no queries
     */
    public LoadBench(URI endpoint, List<NamedQuery> queries, Duration requestTimeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.queries = List.copyOf(queries);
        this.requestTimeout = requestTimeout;
        if (this.queries.isEmpty()) {
            throw new ServerException("no queries to send");
        }
        try {
            if (endpoint.getHost() == null || !InetAddress.getByName(endpoint.getHost()).isLoopbackAddress()) {
                throw new ServerException("the load test only runs against this machine, not " + endpoint);
            }
        } catch (IOException e) {
            throw new ServerException("cannot resolve " + endpoint.getHost() + ": " + e.getMessage(), e);
        }
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Warms up, then runs the clients for the given time and waits for their last answers.
     *
     * @throws ServerException if the numbers are out of bounds
     */
    public Report run(int clients, Duration duration) throws InterruptedException {
        if (clients < 1 || clients > MAX_CLIENTS || duration.isNegative() || duration.toSeconds() > MAX_SECONDS) {
            throw new ServerException("clients must be 1.." + MAX_CLIENTS + " and seconds 0.." + MAX_SECONDS);
        }
        for (int q = 0; q < queries.size(); q++) {
            send(q);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Future<List<Sample>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            futures.add(pool.submit(() -> client(first, deadline)));
        }
        List<Sample> samples = new ArrayList<>();
        try {
            for (Future<List<Sample>> f : futures) {
                samples.addAll(f.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new ServerException("a client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return report(clients, seconds, samples);
    }

    private List<Sample> client(int first, long deadline) {
        List<Sample> out = new ArrayList<>();
        for (int i = first; System.nanoTime() < deadline && !Thread.currentThread().isInterrupted(); i++) {
            out.add(send(i % queries.size()));
        }
        return out;
    }

    private Sample send(int q) {
        String body = "query=" + URLEncoder.encode(queries.get(q).text(), StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(endpoint).timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long t0 = System.nanoTime();
        String error;
        try {
            HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            error = resp.statusCode() == 200 ? null : "HTTP " + resp.statusCode();
        } catch (IOException e) {
            error = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        return new Sample(q, System.nanoTime() - t0, error);
    }

    private Report report(int clients, double seconds, List<Sample> samples) {
        Map<String, Stats> perQuery = new TreeMap<>();
        for (int q = 0; q < queries.size(); q++) {
            int query = q;
            perQuery.put(queries.get(q).name(), stats(samples.stream().filter(s -> s.query() == query).toList()));
        }
        Map<String, Long> kinds = new TreeMap<>();
        samples.stream().filter(s -> s.error() != null).forEach(s -> kinds.merge(s.error(), 1L, Long::sum));
        return new Report(clients, seconds, samples.size() / Math.max(seconds, 1e-9), stats(samples), perQuery,
                kinds);
    }

    static Stats stats(List<Sample> samples) {
        long[] ns = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        long errors = samples.stream().filter(s -> s.error() != null).count();
        return new Stats(ns.length, errors, percentile(ns, 0.50), percentile(ns, 0.99),
                ns.length == 0 ? 0 : ns[ns.length - 1] / 1e6);
    }

    /** The nearest-rank percentile of sorted nanoseconds, in milliseconds; 0 for none. */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    /** The report as a table. */
    public static String format(Report r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(java.util.Locale.ROOT, "%d clients, %.1f s: %d requests, %.1f requests/s, "
                + "p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors%s%n", r.clients(), r.seconds(),
                r.all().requests(), r.throughput(), r.all().p50(), r.all().p99(), r.all().max(), r.all().errors(),
                r.errorKinds().isEmpty() ? "" : " " + r.errorKinds()));
        b.append(String.format(java.util.Locale.ROOT, "%-22s %8s %7s %10s %10s %10s%n", "query", "requests",
                "errors", "p50 ms", "p99 ms", "max ms"));
        r.perQuery().forEach((name, s) -> b.append(String.format(java.util.Locale.ROOT,
                "%-22s %8d %7d %10.1f %10.1f %10.1f%n", name, s.requests(), s.errors(), s.p50(), s.p99(), s.max())));
        return b.toString();
    }

    /** For tests: the stats of given latencies (ms) with no errors. */
    static Stats statsOfMillis(double... millis) {
        return stats(Arrays.stream(millis).mapToObj(m -> new Sample(0, (long) (m * 1e6), null)).toList());
    }
}
