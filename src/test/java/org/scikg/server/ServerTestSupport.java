package org.scikg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.scikg.TestSupport;
import org.scikg.link.Iris;

/**
 * What the server tests share: one server on a free port over the seed store (built once per JVM by
 * {@link TestSupport#seeds()}), and a small HTTP client.
 */
final class ServerTestSupport {
    static final String BASE = Iris.DEFAULT_BASE;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static ScikgServer seedServer;

    private ServerTestSupport() {
    }

    /** The shared server over the seed store, started on first use and stopped when the JVM ends. */
    static synchronized ScikgServer seedServer() {
        if (seedServer == null) {
            seedServer = ScikgServer.builder().dataset(seedStore()).port(0).build().start();
            ScikgServer s = seedServer;
            Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        }
        return seedServer;
    }

    static Dataset seedStore() {
        return TestSupport.seeds().graph().dataset();
    }

    /** An in-memory store with one test resource of {@code src/test/resources/server/}. */
    static Dataset fixture(String name) {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFDataMgr.read(ds.getDefaultModel(), ServerTestSupport.class.getResource("/server/" + name).toString());
        return ds;
    }

    static String entity(String slug) {
        return BASE + "entity/" + slug;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> get(URI uri, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.build());
    }

    /** A POST of an HTML form, {@code name=value}, URL-encoded. */
    static HttpResponse<String> postForm(URI uri, String name, String value, String accept) {
        return post(uri, "application/x-www-form-urlencoded", name + "=" + enc(value), accept);
    }

    static HttpResponse<String> post(URI uri, String contentType, String body, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.build());
    }

    /**
     * Sends a request, once more if the first attempt finds its pooled connection closed: a server that refuses a
     * request without reading its body closes the connection, and the client may have reused it meanwhile.
     */
    static HttpResponse<String> send(HttpRequest req) {
        try {
            try {
                return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            } catch (IOException closed) {
                return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The SPARQL endpoint of a server with a GET query. */
    static URI query(ScikgServer s, String sparql) {
        return URI.create(s.sparqlUrl() + "?query=" + enc(sparql));
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }
}
