package org.scikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scikg.server.ServerTestSupport.get;
import static org.scikg.server.ServerTestSupport.postForm;
import static org.scikg.server.ServerTestSupport.query;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.scikg.query.NamedQuery;
import org.scikg.query.ResultFormat;

/** The server's limits over real HTTP: the timeout, the row cap, concurrent clients, CORS, bad settings. */
class ServerLimitsTest {
    /** Every triple joined with every triple, four times over: 10^15 rows on the seed store. */
    static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @Test
    void pathologicalQueryIsStoppedByTheTimeout() {
        try (ScikgServer s = ScikgServer.builder().dataset(ServerTestSupport.seedStore()).port(0)
                .timeout(Duration.ofSeconds(1)).build().start()) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = postForm(s.sparqlUrl(), "query", CROSS_PRODUCT, "application/sparql-results+json");
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(seconds < 20, "took " + seconds + " s");
            assertFalse(r.body().contains("\"n\""), "no rows: " + r.body());
            // the server is free again at once
            assertEquals(200, get(query(s, "ASK { ?s ?p ?o }"), null).statusCode());
        }
    }

    @Test
    void aRequestMayLowerTheTimeoutButNotRaiseIt() {
        SafeQuery q = new SafeQuery(Duration.ofSeconds(10), 100);
        assertEquals(10_000, q.timeoutMillis(null));
        assertEquals(2_500, q.timeoutMillis("2.5"));
        assertEquals(10_000, q.timeoutMillis("60"));
        assertEquals(10_000, q.timeoutMillis("soon"));
        assertEquals(10_000, q.timeoutMillis("-1"));
    }

    @Test
    void rowsAreCappedAndTheCapIsSaid() {
        try (ScikgServer s = ScikgServer.builder().dataset(ServerTestSupport.seedStore()).port(0).maxRows(5)
                .build().start()) {
            HttpResponse<String> r = get(query(s, "SELECT * WHERE { ?s ?p ?o }"), "text/csv");
            assertEquals(200, r.statusCode());
            assertEquals(6, r.body().lines().count(), r.body());
            assertEquals("5", r.headers().firstValue(SafeQuery.ROW_LIMIT_HEADER).orElse(""));
            HttpResponse<String> small = get(query(s, "SELECT * WHERE { ?s ?p ?o } LIMIT 2"), "text/csv");
            assertEquals(3, small.body().lines().count());
            assertTrue(small.headers().firstValue(SafeQuery.ROW_LIMIT_HEADER).isEmpty());
        }
    }

    @Test
    void manyClientsAtOnceGetTheRightAnswers() throws Exception {
        ScikgServer s = ServerTestSupport.seedServer();
        List<NamedQuery> queries = NamedQuery.all();
        List<String> expected = queries.stream().map(q -> ServerProtocolTest.expected(q.text(), ResultFormat.CSV))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8 * queries.size(); i++) {
                String text = queries.get(i % queries.size()).text();
                answers.add(pool.submit(() -> postForm(s.sparqlUrl(), "query", text, "text/csv").body()));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(expected.get(i % queries.size()), answers.get(i).get(),
                        "answer to " + queries.get(i % queries.size()).name());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void corsHeadersOnlyForTheAllowedOrigin() {
        try (ScikgServer s = ScikgServer.builder().dataset(ServerTestSupport.seedStore()).port(0)
                .corsOrigin("http://allowed.example").build().start()) {
            HttpResponse<String> ok = ServerTestSupport.send(HttpRequest.newBuilder(query(s, "ASK {}"))
                    .header("Origin", "http://allowed.example").build());
            assertEquals("http://allowed.example", ok.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            HttpResponse<String> other = ServerTestSupport.send(HttpRequest.newBuilder(query(s, "ASK {}"))
                    .header("Origin", "http://other.example").build());
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            HttpResponse<String> preflight = ServerTestSupport.send(HttpRequest.newBuilder(s.sparqlUrl())
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "http://allowed.example").header("Access-Control-Request-Method", "POST")
                    .build());
            assertEquals(204, preflight.statusCode());
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        }
        HttpResponse<String> none = ServerTestSupport.send(HttpRequest.newBuilder(
                query(ServerTestSupport.seedServer(), "ASK {}")).header("Origin", "http://allowed.example").build());
        assertTrue(none.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "CORS is off by default");
    }

    @Test
    void badSettingsAreRefusedWhenBuilt() {
        var ds = ServerTestSupport.fixture("custom-base.ttl");
        Map<String, Runnable> cases = Map.of(
                "port", () -> ScikgServer.builder().dataset(ds).port(70_000).build(),
                "timeout", () -> ScikgServer.builder().dataset(ds).timeout(Duration.ZERO).build(),
                "row cap", () -> ScikgServer.builder().dataset(ds).maxRows(0).build(),
                "base IRI", () -> ScikgServer.builder().dataset(ds).base("not an iri").build(),
                "CORS origin", () -> ScikgServer.builder().dataset(ds).corsOrigin("example.org").build(),
                "store", () -> ScikgServer.builder().build());
        cases.forEach((what, build) -> {
            String message = assertThrows(ServerException.class, build::run).getMessage();
            assertTrue(message.contains(what), what + ": " + message);
        });
    }

    @Test
    void aPortInUseIsAClearError() {
        ScikgServer first = ServerTestSupport.seedServer();
        ScikgServer second = ScikgServer.builder().dataset(ServerTestSupport.seedStore()).port(first.port()).build();
        ServerException e = assertThrows(ServerException.class, second::start);
        assertTrue(e.getMessage().contains("cannot listen on 127.0.0.1:" + first.port()), e.getMessage());
    }
}
