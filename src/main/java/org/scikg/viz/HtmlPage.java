package org.scikg.viz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The self-contained interactive page: Cytoscape.js (from its WebJar), the page's script and style, and the graph as
 * JSON in a {@code <script type="application/json">} block, all inlined, so it opens from {@code file://} with no
 * network. A Content-Security-Policy allows only the two inline scripts (by hash) and no fetches at all.
 *
 * <p>Small graphs are laid out in the browser ('cose'); larger ones get Fruchterman-Reingold positions computed
 * here and the 'preset' layout; on very large ones co-mention edges start hidden.
 */
final class HtmlPage {
    /** Up to this many nodes the browser runs the 'cose' force layout; above it, positions are precomputed. */
    static final int COSE_LIMIT = 300;
    /** Above this many edges co-mention edges start hidden. */
    static final int HIDE_CO_MENTION_LIMIT = 5000;
    private static final Pattern SLOT = Pattern.compile("@([A-Z]+)@");

    private HtmlPage() {
    }

    /** The page for this graph. */
    static String render(VizGraph g) {
        boolean small = g.vertexSet().size() <= COSE_LIMIT;
        ObjectNode doc = ElementsJson.document(g, small ? Map.of() : ForceLayout.positions(g));
        doc.put("title", g.title());
        doc.put("layout", small ? "cose" : "preset");
        doc.put("hideCoMention", g.edgeSet().size() > HIDE_CO_MENTION_LIMIT);
        legend(doc.putArray("types"), Palette.types(g));
        legend(doc.putArray("relations"), Palette.relations(g));
        String cytoscape = cytoscapeScript();
        String app = resource("/viz/page.js");
        String csp = "default-src 'none'; script-src " + hash(cytoscape) + " " + hash(app)
                + "; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'";
        return fill(resource("/viz/page.html"), Map.of(
                "CSP", csp, // built here from base64 hashes: no quote or angle bracket to escape
                "TITLE", escapeHtml("scikg: " + g.title()),
                "CSS", resource("/viz/page.css"),
                "DATA", scriptSafeJson(toJson(doc)),
                "CYTOSCAPE", cytoscape,
                "APP", app));
    }

    /**
     * JSON that can sit inside a script element: {@code <}, {@code >} and {@code &} (which only occur inside JSON
     * strings) and the line separators U+2028/U+2029 become {@code \}{@code uXXXX} escapes, so no text can close the
     * element or start a comment, and the block still parses with {@code JSON.parse}.
     */
    static String scriptSafeJson(String json) {
        return JsonInHtml.escape(json);
    }

    /** Text made safe for HTML element content and quoted attribute values. */
    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** Replaces each {@code @NAME@} of the template (never of the inserted values) with its value. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder(template.length() + values.values().stream()
                .mapToInt(String::length).sum());
        int last = 0;
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v != null) {
                sb.append(template, last, m.start()).append(v);
                last = m.end();
            }
        }
        return sb.append(template, last, template.length()).toString();
    }

    private static void legend(ArrayNode arr, Iterable<Palette.Entry> entries) {
        for (Palette.Entry e : entries) {
            arr.addObject().put("name", e.name()).put("color", e.color()).put("style", e.style())
                    .put("count", e.count());
        }
    }

    private static String toJson(ObjectNode doc) {
        try {
            return ElementsJson.MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new VizException("cannot write the page data", e);
        }
    }

    /** Cytoscape.js, minified, from the WebJar on the class path. */
    static String cytoscapeScript() {
        Properties pom = new Properties();
        try (InputStream in = HtmlPage.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/cytoscape/pom.properties")) {
            if (in == null) {
                throw new VizException("the cytoscape WebJar (org.webjars.npm:cytoscape) is not on the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new VizException("cannot read the cytoscape WebJar", e);
        }
        String js = resource("/META-INF/resources/webjars/cytoscape/" + pom.getProperty("version")
                + "/dist/cytoscape.min.js");
        // cannot happen with today's build, but would end the script element early
        return js.replace("</script", "<\\/script");
    }

    static String resource(String path) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new VizException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new VizException("cannot read resource " + path, e);
        }
    }

    private static String hash(String script) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
