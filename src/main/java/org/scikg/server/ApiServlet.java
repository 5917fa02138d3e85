package org.scikg.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.QueryCancelledException;
import org.scikg.query.NamedQuery;
import org.scikg.query.QueryException;
import org.scikg.viz.Renderers;
import org.scikg.viz.VizException;
import org.scikg.viz.VizFormat;
import org.scikg.viz.VizGraph;

/**
 * The explorer's API under {@code /api/}:
 * <ul>
 *   <li>{@code GET search?q=TEXT}: up to 20 entities whose label, alias or match key contains the text, as JSON
 *       ({@code {"query":..,"results":[{"iri","href","label","type","papers"}]}}).</li>
 *   <li>{@code GET named-queries}: the bundled named queries as JSON (name, title, description, params, text).</li>
 *   <li>{@code GET graph?entity=IRI}, {@code ?paper=IRI}, or {@code GET|POST graph} with {@code query=SPARQL}: the
 *       viz page (Cytoscape.js, self-contained) of a neighbourhood or of a query's results.</li>
 * </ul>
 * Errors are plain text: 400 for a bad request or query (with line:column), 403 for SERVICE, 404 for an unknown
 * entity, 422 for a query with nothing to draw, 503 when a query runs out of time.
 */
final class ApiServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The most entities a search returns. */
    static final int SEARCH_LIMIT = 20;

    private final transient ServerSettings settings;
    private final transient StoreReads reads;
    private final transient GraphPages graphs;
    private final transient SearchIndex search;

    ApiServlet(ServerSettings settings) {
        this.settings = settings;
        this.reads = new StoreReads(settings);
        this.graphs = new GraphPages(settings, reads);
        this.search = new SearchIndex(reads);
    }

    /** Reads the search index in the background, so that the first search is as quick as the others. */
    @Override
    public void init() {
        Thread warm = new Thread(() -> {
            try {
                search.search("warm-up", 1);
            } catch (RuntimeException e) {
                // The first real search reads it again and reports what went wrong.
            }
        }, "scikg-search-index");
        warm.setDaemon(true);
        warm.start();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String what = req.getPathInfo() == null ? "" : req.getPathInfo();
        try {
            switch (what) {
                case "/search" -> search(req, resp);
                case "/named-queries" -> namedQueries(resp);
                case "/graph" -> graph(req, resp);
                default -> ResourceServlet.plain(resp, 404,
                        "no API at /api" + what + "; there are /api/search, /api/named-queries, /api/graph\n");
            }
        } catch (QueryException e) {
            ResourceServlet.plain(resp, 400, e.getMessage() + "\n");
        } catch (QueryCancelledException e) {
            ResourceServlet.plain(resp, 503, "query stopped after the time limit of "
                    + settings.timeout().toMillis() + " ms\n");
        } catch (VizException e) {
            ResourceServlet.plain(resp, 404, e.getMessage() + "\n");
        } catch (GraphPages.Refused e) {
            ResourceServlet.plain(resp, e.status(), e.getMessage() + "\n");
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if ("/graph".equals(req.getPathInfo())) {
            doGet(req, resp);
        } else {
            resp.setHeader("Allow", "GET");
            ResourceServlet.plain(resp, 405, "only GET here\n");
        }
    }

    private void search(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        if (q == null || q.isBlank()) {
            ResourceServlet.plain(resp, 400, "give the text to search for: /api/search?q=TEXT\n");
            return;
        }
        ObjectNode body = JSON.createObjectNode().put("query", q);
        ArrayNode results = body.putArray("results");
        for (SearchIndex.Hit h : search.search(q, SEARCH_LIMIT)) {
            results.addObject().put("iri", h.iri()).put("href", settings.href(h.iri())).put("label", h.label())
                    .put("type", h.type()).put("papers", h.papers());
        }
        json(resp, body);
    }

    private static void namedQueries(HttpServletResponse resp) throws IOException {
        ArrayNode list = JSON.createArrayNode();
        for (NamedQuery q : NamedQuery.all()) {
            ObjectNode o = list.addObject().put("name", q.name()).put("title", q.title())
                    .put("description", q.description()).put("text", q.text());
            ObjectNode params = o.putObject("params");
            q.params().forEach(params::put);
        }
        json(resp, list);
    }

    private void graph(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String entity = req.getParameter("entity");
        String paper = req.getParameter("paper");
        String query = req.getParameter("query");
        VizGraph g;
        if (entity != null) {
            g = graphs.cached("entity " + entity, () -> graphs.entity(entity));
        } else if (paper != null) {
            g = graphs.cached("paper " + paper, () -> graphs.paper(paper));
        } else if (query != null && !query.isBlank()) {
            g = graphs.cached("query " + query, () -> graphs.query(query));
        } else {
            ResourceServlet.plain(resp, 400, "give entity=IRI, paper=IRI or query=SPARQL\n");
            return;
        }
        resp.setStatus(200);
        resp.setContentType(VizFormat.HTML.mediaType() + "; charset=utf-8");
        // The page carries its own strict policy; this one only keeps it out of other sites' frames.
        resp.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        Renderers.write(g, VizFormat.HTML, resp.getOutputStream());
    }

    private static void json(HttpServletResponse resp, Object body) throws IOException {
        resp.setStatus(200);
        resp.setContentType("application/json; charset=utf-8");
        JSON.writeValue(resp.getOutputStream(), body);
    }
}
