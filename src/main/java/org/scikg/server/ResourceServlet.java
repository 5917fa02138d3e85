package org.scikg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.scikg.server.ResourceReader.Summary;

/**
 * {@code GET /resource/PATH}: the resource whose IRI is the base followed by PATH (taken as sent, percent-escapes
 * kept, as the IRIs are minted that way), as an HTML page or as RDF by content negotiation; {@code ?format=NAME}
 * overrides the {@code Accept} header. 404 for an IRI the store says nothing about, 406 for an unacceptable type.
 */
final class ResourceServlet extends HttpServlet {
    /** Characters that cannot occur in an IRI reference; a path with one is refused before any query. */
    private static final Pattern BAD_IRI = Pattern.compile("[\\s<>\"{}|^`\\\\]");

    private final transient ServerSettings settings;
    private final transient ResourceReader reader;
    private final transient ResourcePage pages;

    ResourceServlet(ServerSettings settings) {
        this.settings = settings;
        this.reader = new ResourceReader(new StoreReads(settings));
        this.pages = new ResourcePage(settings, reader);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        Optional<String> iri = settings.iriOf(path);
        if (iri.isEmpty() || BAD_IRI.matcher(iri.get()).find()) {
            plain(resp, 404, "no resource at " + path + "\n");
            return;
        }
        String format = req.getParameter("format");
        Optional<Representation> rep = format == null ? Representation.negotiate(req.getHeader("Accept"))
                : Representation.byName(format);
        resp.setHeader("Vary", "Accept");
        if (rep.isEmpty()) {
            plain(resp, format == null ? 406 : 400, (format == null ? "none of the types asked for is available"
                    : "unknown format '" + format + "'") + "; valid: " + Representation.validNames() + "\n");
            return;
        }
        try {
            Optional<Summary> summary = reader.summary(iri.get());
            if (summary.isEmpty()) {
                plain(resp, 404, "the store says nothing about <" + iri.get() + ">\n");
            } else if (rep.get() == Representation.HTML) {
                html(resp, pages.render(summary.get()));
            } else {
                rdf(resp, rep.get(), reader.describe(iri.get()));
            }
        } catch (QueryCancelledException e) {
            plain(resp, 503, "reading <" + iri.get() + "> took longer than the time limit of "
                    + settings.timeout().toMillis() + " ms\n");
        }
    }

    private static void html(HttpServletResponse resp, String page) throws IOException {
        resp.setStatus(200);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Content-Security-Policy", ResourcePage.CSP);
        resp.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    private static void rdf(HttpServletResponse resp, Representation rep, Model m) throws IOException {
        resp.setStatus(200);
        resp.setContentType(rep.mediaType() + "; charset=utf-8");
        OutputStream out = resp.getOutputStream();
        RDFDataMgr.write(out, m, rep.syntax().lang());
        out.flush();
    }

    static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }
}
