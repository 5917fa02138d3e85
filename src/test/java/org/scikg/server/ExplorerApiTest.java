package org.scikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scikg.server.ServerTestSupport.contentType;
import static org.scikg.server.ServerTestSupport.enc;
import static org.scikg.server.ServerTestSupport.get;
import static org.scikg.server.ServerTestSupport.postForm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.scikg.query.NamedQuery;

/** The explorer's page, assets and API: search, named queries and graph pages. */
class ExplorerApiTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static URI at(String path) {
        return ServerTestSupport.seedServer().url().resolve(path);
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith("application/json"), contentType(r));
        return JSON.readTree(r.body());
    }

    @Test
    void theExplorerPageCarriesItsSettingsAndAStrictPolicy() {
        HttpResponse<String> r = get(at(""), "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertTrue(r.body().contains("\"endpoint\":\"/scikg/sparql\""), r.body());
        assertTrue(r.body().contains("\"skg\":\"https://w3id.org/scikg/ontology#\""), "prefixes");
    }

    @Test
    void assetsComeFromTheJarAndTheWebJar() {
        for (String a : new String[] {"explorer.js", "site.css", "codemirror/codemirror.js", "codemirror/sparql.js"}) {
            HttpResponse<String> r = get(at("assets/" + a), null);
            assertEquals(200, r.statusCode(), a);
            assertTrue(r.body().length() > 500, a);
        }
        int traversal = get(at("assets/..%2F..%2Fetc/passwd"), null).statusCode();
        assertTrue(traversal == 400 || traversal == 404, "status " + traversal);
        assertEquals(404, get(at("assets/codemirror/lib/codemirror.js"), null).statusCode());
    }

    @Test
    void namedQueriesAreListedWithTheirTextAndParameters() throws Exception {
        JsonNode list = json(get(at("api/named-queries"), null));
        assertEquals(NamedQuery.names().size(), list.size());
        JsonNode co = null;
        for (JsonNode q : list) {
            if (q.get("name").asText().equals("co-mentioned")) co = q;
        }
        assertTrue(co != null && co.get("text").asText().contains("SELECT"));
        assertEquals("MMLU", co.get("params").get("name").asText());
    }

    @Test
    void searchFindsEntitiesByLabelAliasOrKey() throws Exception {
        JsonNode byAlias = json(get(at("api/search?q=" + enc("bootstrap your own")), null)).get("results");
        assertEquals("BYOL", byAlias.get(0).get("label").asText());
        assertEquals("/resource/entity/byol", byAlias.get(0).get("href").asText());
        assertEquals("Method", byAlias.get(0).get("type").asText());
        JsonNode byKey = json(get(at("api/search?q=" + enc("byol explore")), null)).get("results");
        assertEquals("BYOL-Explore", byKey.get(0).get("label").asText());
        JsonNode prefixFirst = json(get(at("api/search?q=byol"), null)).get("results");
        assertEquals("BYOL", prefixFirst.get(0).get("label").asText(), "the exact match comes first");
        assertEquals(0, json(get(at("api/search?q=zzzzqqq"), null)).get("results").size());
        assertEquals(400, get(at("api/search"), null).statusCode());
    }

    @Test
    void anEntitysGraphIsTheVizPage() {
        HttpResponse<String> r = get(at("api/graph?entity=" + enc(ServerTestSupport.entity("byol"))), null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith("text/html"));
        assertTrue(r.body().contains("id=\"scikg-data\"") && r.body().contains("\"BYOL\""));
        assertEquals(404, get(at("api/graph?entity=" + enc(ServerTestSupport.entity("nothing"))), null).statusCode());
    }

    @Test
    void aQuerysResultsAreDrawnFromRowsOrTriples() {
        String rows = NamedQuery.byName("evaluated-on").orElseThrow().text();
        HttpResponse<String> fromRows = postForm(at("api/graph"), "query", rows, null);
        assertEquals(200, fromRows.statusCode(), fromRows.body());
        assertTrue(fromRows.body().contains("\"evaluatedOn\""), "the store's links between the rows' entities");
        HttpResponse<String> fromTriples = postForm(at("api/graph"), "query",
                "CONSTRUCT { ?a skg:uses ?b } WHERE { ?a skg:uses ?b }", null);
        assertEquals(200, fromTriples.statusCode(), fromTriples.body());
        assertTrue(fromTriples.body().contains("\"uses\""));
    }

    @Test
    void graphRequestsThatCannotBeDrawnSayWhy() {
        assertEquals(400, postForm(at("api/graph"), "query", "SELECT WHERE {", null).statusCode());
        assertEquals(422, postForm(at("api/graph"), "query", "ASK { ?s ?p ?o }", null).statusCode());
        assertEquals(422, postForm(at("api/graph"), "query", "SELECT ?x WHERE { BIND(1 AS ?x) }", null).statusCode());
        assertEquals(403, postForm(at("api/graph"), "query",
                "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", null).statusCode());
        assertEquals(400, get(at("api/graph"), null).statusCode());
        assertEquals(404, get(at("api/nothing"), null).statusCode());
    }
}
