package org.scikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scikg.server.ServerTestSupport.contentType;
import static org.scikg.server.ServerTestSupport.get;

import java.net.URI;
import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** Every paper and entity IRI resolves when served, as HTML for browsers and as RDF for RDF clients. */
class LinkedDataTest {
    /** What Chromium sends when it follows a link. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
            + "*/*;q=0.8";

    static URI at(String path) {
        return ServerTestSupport.seedServer().url().resolve(path);
    }

    static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(m);
        return m;
    }

    @Test
    void anEntityIriAsTurtleForRdfClients() {
        HttpResponse<String> r = get(at("resource/entity/byol"), "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/turtle"));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
        Model m = parse(r.body(), Lang.TURTLE);
        assertTrue(m.contains(ResourceFactory.createResource(ServerTestSupport.entity("byol")), SKOS.prefLabel, "BYOL"));
    }

    @Test
    void anEntityIriAsJsonLdAndNTriples() {
        HttpResponse<String> jsonld = get(at("resource/entity/byol"), "application/ld+json");
        assertTrue(contentType(jsonld).startsWith("application/ld+json"));
        HttpResponse<String> nt = get(at("resource/entity/byol?format=nt"), BROWSER);
        assertTrue(contentType(nt).startsWith("application/n-triples"), "format= overrides Accept");
        assertEquals(parse(nt.body(), Lang.NTRIPLES).size(), parse(jsonld.body(), Lang.JSONLD).size());
    }

    @Test
    void withNoPreferenceAnRdfClientGetsTurtle() {
        assertTrue(contentType(get(at("resource/entity/byol"), null)).startsWith("text/turtle"));
        assertTrue(contentType(get(at("resource/entity/byol"), "*/*")).startsWith("text/turtle"));
    }

    @Test
    void aBrowserGetsAPageWithLabelTypeRelationsAndPapersWithTheirSentences() {
        HttpResponse<String> r = get(at("resource/entity/byol"), BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/html"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        String page = r.body();
        assertTrue(page.contains("<h1>BYOL <span class=\"type\">Method</span></h1>"), page);
        assertTrue(page.contains("Bootstrap Your Own Latent"), "alias");
        assertTrue(page.contains("<section id=\"relations\">") && page.contains("ImageNet"), "relations");
        assertTrue(page.contains("“We introduce Bootstrap Your Own Latent (BYOL), a new approach"), "evidence");
        assertTrue(page.contains("<span class=\"badge\">introduces</span>"));
        assertTrue(page.contains("/api/graph?entity=" + ServerTestSupport.enc(ServerTestSupport.entity("byol"))),
                "neighbourhood graph frame");
    }

    @Test
    void aPaperPageListsItsEntitiesAndLinksBackToThem() {
        String paper = ServerTestSupport.seedServer().base() + "paper/";
        HttpResponse<String> entity = get(at("resource/entity/byol"), BROWSER);
        int at = entity.body().indexOf("href=\"/resource/paper/");
        String path = entity.body().substring(at + 6, entity.body().indexOf('"', at + 6));
        HttpResponse<String> r = get(at(path.substring(1)), BROWSER);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.body().contains("<blockquote class=\"abstract\">"), "abstract");
        assertTrue(r.body().contains("<a href=\"/resource/entity/byol\">BYOL</a>"), r.body());
        Model m = parse(get(at(path.substring(1)), "text/turtle").body(), Lang.TURTLE);
        assertTrue(m.listSubjects().toList().stream().anyMatch(s -> s.isURIResource()
                && s.getURI().startsWith(paper)));
    }

    @Test
    void unknownIrisAre404AndBadFormats400Or406() {
        assertEquals(404, get(at("resource/entity/no-such-thing"), BROWSER).statusCode());
        assertEquals(404, get(at("resource/"), BROWSER).statusCode());
        assertEquals(400, get(at("resource/entity/byol?format=docx"), null).statusCode());
        assertEquals(406, get(at("resource/entity/byol"), "image/png").statusCode());
    }

    @Test
    void anotherBaseIriAndPercentEncodedSlugsResolve() {
        try (ScikgServer s = ScikgServer.builder().dataset(ServerTestSupport.fixture("custom-base.ttl")).port(0)
                .base("http://kg.example/res").build().start()) {
            HttpResponse<String> cpp = get(s.url().resolve("resource/entity/c%2B%2B"), "text/turtle");
            assertEquals(200, cpp.statusCode(), cpp.body());
            assertTrue(parse(cpp.body(), Lang.TURTLE).contains(
                    ResourceFactory.createResource("http://kg.example/res/entity/c%2B%2B"), SKOS.prefLabel, "C++"));
            HttpResponse<String> paper = get(s.url().resolve("resource/paper/cs%2F0112017"), BROWSER);
            assertEquals(200, paper.statusCode(), paper.body());
            assertTrue(paper.body().contains("A paper with an old-style identifier"));
            assertTrue(paper.body().contains("<a href=\"/resource/entity/c%2B%2B\">C++</a>"), paper.body());
            assertEquals(404, get(s.url().resolve("resource/entity/byol"), null).statusCode());
        }
    }
}
