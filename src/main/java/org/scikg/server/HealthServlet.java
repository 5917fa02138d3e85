package org.scikg.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.jena.system.Txn;

/**
 * {@code GET /health}: 200 and {@code {"status":"ok",...}} when the store answers a query, else 503 and
 * {@code {"status":"error","message":...}}. Cheap enough for a load balancer to call every second: the triple count
 * is read once, as the store does not change while it is served.
 */
final class HealthServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final transient ServerSettings settings;
    private volatile long triples = -1;

    HealthServlet(ServerSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        try {
            boolean answers = new StoreReads(settings).ask("ASK { }", Map.of());
            if (triples < 0) {
                triples = Txn.calculateRead(settings.dataset(),
                        () -> settings.dataset().asDatasetGraph().getDefaultGraph().size());
            }
            body.put("status", answers ? "ok" : "error").put("triples", triples)
                    .put("sparql", settings.sparqlPath()).put("base", settings.base())
                    .put("timeoutMillis", settings.timeout().toMillis()).put("maxRows", settings.maxRows());
            resp.setStatus(answers ? 200 : 503);
        } catch (RuntimeException e) {
            body.put("status", "error").put("message", String.valueOf(e.getMessage()));
            resp.setStatus(503);
        }
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        JSON.writeValue(resp.getOutputStream(), body);
    }
}
