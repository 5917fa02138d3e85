package org.scikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scikg.server.ServerTestSupport.contentType;
import static org.scikg.server.ServerTestSupport.get;
import static org.scikg.server.ServerTestSupport.post;
import static org.scikg.server.ServerTestSupport.postForm;
import static org.scikg.server.ServerTestSupport.query;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scikg.graph.RdfSyntax;
import org.scikg.query.QueryService;
import org.scikg.query.ResultFormat;

/** The SPARQL 1.1 Protocol over real HTTP: formats, errors, and what a read-only server refuses. */
class ServerProtocolTest {
    static final String SELECT = "SELECT ?e ?label WHERE { ?e a skg:Method ; skos:prefLabel ?label } ORDER BY ?label";
    static final String CONSTRUCT = "CONSTRUCT { ?e skos:prefLabel ?l } WHERE { ?e a skg:Method ; skos:prefLabel ?l }";
    static final String MARKER = "ASK { <urn:test:s> <urn:test:p> ?o }";

    static ScikgServer server() {
        return ServerTestSupport.seedServer();
    }

    /** The seed store's answer to a query, written by QueryService as the command line would. */
    static String expected(String sparql, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryService(ServerTestSupport.seedStore(), Duration.ofSeconds(30))
                .run(sparql, Map.of(), format, RdfSyntax.TURTLE, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} by GET")
    @CsvSource({"application/sparql-results+json, application/sparql-results+json",
        "application/sparql-results+xml, application/sparql-results+xml", "text/csv, text/csv",
        "text/tab-separated-values, text/tab-separated-values"})
    void selectAnswersInEachResultFormatByGet(String accept, String type) {
        HttpResponse<String> r = get(query(server(), SELECT), accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith(type), contentType(r));
        assertTrue(r.body().contains("BYOL"), r.body());
    }

    @Test
    void selectByPostFormAndByQueryBodyGivesTheRowsTheCommandLineGives() {
        String csv = expected(SELECT, ResultFormat.CSV);
        HttpResponse<String> form = postForm(server().sparqlUrl(), "query", SELECT, "text/csv");
        HttpResponse<String> body = post(server().sparqlUrl(), "application/sparql-query", SELECT, "text/csv");
        assertEquals(200, form.statusCode(), form.body());
        assertEquals(csv, form.body());
        assertEquals(csv, body.body());
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(
                get(query(server(), SELECT), "application/sparql-results+json").body()
                        .getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertEquals(csv.lines().count() - 1, org.apache.jena.query.ResultSetFormatter.consume(rs));
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({"text/turtle, TTL", "application/ld+json, JSONLD", "application/n-triples, NT"})
    void constructAnswersInEachRdfSyntax(String accept, String lang) {
        HttpResponse<String> r = get(query(server(), CONSTRUCT), accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith(accept), contentType(r));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), org.apache.jena.riot.RDFLanguages.shortnameToLang(lang)).parse(m);
        assertTrue(m.size() > 10, "triples: " + m.size());
        assertTrue(m.listObjects().toList().stream().anyMatch(o -> o.isLiteral()
                && o.asLiteral().getLexicalForm().equals("BYOL")));
    }

    @Test
    void askAnswersTrue() {
        HttpResponse<String> r = get(query(server(), "ASK { ?p a skg:Paper }"), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().replace(" ", "").contains("\"boolean\":true"), r.body());
    }

    @Test
    void malformedQueryIs400WithTheParsersLineAndColumn() {
        HttpResponse<String> r = postForm(server().sparqlUrl(), "query", "SELECT ?x WHERE {\n  ?x ?y\n}", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("at 3:1"), r.body());
        assertTrue(r.body().contains("Encountered"), r.body());
    }

    @Test
    void updateIsRefusedEverywhere() {
        String insert = "INSERT DATA { <urn:test:s> <urn:test:p> <urn:test:o> }";
        URI ds = server().url().resolve("scikg");
        assertRefused(postForm(server().url().resolve("scikg/update"), "update", insert, null));
        assertRefused(postForm(ds, "update", insert, null));
        assertRefused(postForm(server().sparqlUrl(), "update", insert, null));
        assertRefused(post(ds, "application/sparql-update", insert, null));
        assertRefused(post(server().sparqlUrl(), "application/sparql-update", insert, null));
        assertStoreUnchanged();
    }

    @Test
    void uploadIsRefusedEverywhere() {
        String ttl = "<urn:test:s> <urn:test:p> <urn:test:o> .";
        for (String path : new String[] {"scikg?default", "scikg/get?default", "scikg/data?default", "scikg/upload",
            "scikg/sparql?default"}) {
            URI u = server().url().resolve(path);
            assertRefused(post(u, "text/turtle", ttl, null));
            assertRefused(ServerTestSupport.send(java.net.http.HttpRequest.newBuilder(u)
                    .header("Content-Type", "text/turtle").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(ttl))
                    .build()));
            assertRefused(ServerTestSupport.send(java.net.http.HttpRequest.newBuilder(u).DELETE().build()));
        }
        assertStoreUnchanged();
    }

    @Test
    void serviceIsRefusedWhereverItHides() {
        for (String q : new String[] {"SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
            "SELECT * WHERE { ?s a skg:Paper FILTER EXISTS { SERVICE SILENT <http://127.0.0.1:9/x> { ?s ?p ?o } } }",
            "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } } } }"}) {
            HttpResponse<String> r = postForm(server().sparqlUrl(), "query", q, null);
            assertEquals(403, r.statusCode(), q);
            assertTrue(r.body().contains("SERVICE"), r.body());
        }
    }

    @Test
    void graphStoreProtocolReadsTheDefaultGraph() {
        HttpResponse<String> r = get(server().url().resolve("scikg/get?default"), "application/n-triples");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(m);
        assertEquals(defaultGraphSize(), m.size());
    }

    @Test
    void healthSaysOkWithTheStoreSize() {
        HttpResponse<String> r = get(server().url().resolve("health"), null);
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("application/json"));
        assertTrue(r.body().contains("\"status\":\"ok\""), r.body());
        assertTrue(r.body().contains("\"triples\":" + defaultGraphSize()), r.body());
    }

    @Test
    void boundToLoopbackByDefault() throws Exception {
        assertEquals("127.0.0.1", server().url().getHost());
        // Through any other address of this machine, nothing listens on the port.
        for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (var addr : java.util.Collections.list(nic.getInetAddresses())) {
                if (addr instanceof java.net.Inet4Address && !addr.isLoopbackAddress()) {
                    try (java.net.Socket s = new java.net.Socket()) {
                        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                                () -> s.connect(new java.net.InetSocketAddress(addr, server().port()), 2000),
                                "reachable through " + addr);
                    }
                }
            }
        }
    }

    private static void assertRefused(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
    }

    private static void assertStoreUnchanged() {
        HttpResponse<String> r = get(query(server(), MARKER), "application/sparql-results+json");
        assertFalse(r.body().replace(" ", "").contains("\"boolean\":true"), "the store was written: " + r.body());
    }

    /** The seed store's default-graph size, read directly. */
    static long defaultGraphSize() {
        return ServerTestSupport.seedStore().calculateRead(() -> ServerTestSupport.seedStore().getDefaultModel().size());
    }
}
