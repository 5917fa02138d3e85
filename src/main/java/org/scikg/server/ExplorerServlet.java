package org.scikg.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.scikg.graph.Prefixes;

/**
 * {@code GET /}: the explorer, a SPARQL editor with the named queries and the prefixes ready, results as a table or
 * as a graph (drawn by the viz page in a sandboxed frame), and a search over entity labels. Its script and styles
 * come from {@code /assets/}; its settings (endpoint, prefixes, base, row cap) are a JSON block in the page.
 */
final class ExplorerServlet extends HttpServlet {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'";

    private final transient String page;

    ExplorerServlet(ServerSettings settings) {
        ObjectNode config = new ObjectMapper().createObjectNode()
                .put("endpoint", settings.sparqlPath())
                .put("base", settings.base())
                .put("resourcePath", ServerSettings.RESOURCE_PATH)
                .put("maxRows", settings.maxRows())
                .put("timeoutMillis", settings.timeout().toMillis());
        ObjectNode prefixes = config.putObject("prefixes");
        new TreeMap<>(Prefixes.ALL).forEach(prefixes::put);
        // The res: prefix follows the base the store was built with.
        prefixes.put("res", settings.base());
        try {
            this.page = Html.fill(Html.resource("/server/explorer.html"),
                    Map.of("CONFIG", Html.scriptSafe(new ObjectMapper().writeValueAsString(config))));
        } catch (JsonProcessingException e) {
            throw new ServerException("cannot write the explorer's settings", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(200);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("Cache-Control", "no-cache");
        resp.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }
}
