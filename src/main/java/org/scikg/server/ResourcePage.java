package org.scikg.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import org.scikg.graph.Prefixes;
import org.scikg.server.ResourceReader.EntityMention;
import org.scikg.server.ResourceReader.PaperMention;
import org.scikg.server.ResourceReader.Property;
import org.scikg.server.ResourceReader.Ref;
import org.scikg.server.ResourceReader.Relation;
import org.scikg.server.ResourceReader.ResultRow;
import org.scikg.server.ResourceReader.Statement;
import org.scikg.server.ResourceReader.Summary;

/**
 * The HTML page of a paper, an entity or any other resource: server-side HTML with no script of its own (every
 * value escaped), the small neighbourhood graph drawn by the viz renderer in a sandboxed frame
 * ({@code /api/graph}), and links to the RDF representations.
 */
final class ResourcePage {
    /** The most papers listed on an entity page. */
    static final int MAX_PAPERS = 200;
    /** Frames may come from this server only; styles from its assets; no scripts run in the page itself. */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
            + "base-uri 'none'; form-action 'self'";
    private static final PrefixMapping PREFIXES = Prefixes.mapping();

    private final ServerSettings settings;
    private final ResourceReader reader;

    ResourcePage(ServerSettings settings, ResourceReader reader) {
        this.settings = settings;
        this.reader = reader;
    }

    /** The whole page for a resource the store knows. */
    String render(Summary s) {
        StringBuilder b = new StringBuilder(16_384);
        header(b, s);
        if (s.isEntity()) {
            entity(b, s);
        } else if (s.isPaper()) {
            paper(b, s);
        } else {
            table(b, "Statements", reader.properties(s.iri()), true);
            table(b, "Referenced by", reader.incoming(s.iri()), true);
        }
        return Html.fill(Html.resource("/server/resource.html"), Map.of(
                "TITLE", Html.esc("scikg: " + s.label()),
                "ALTERNATES", alternates(),
                "BODY", b.toString()));
    }

    private void header(StringBuilder b, Summary s) {
        b.append("<h1>").append(Html.esc(s.label()));
        s.types().stream().filter(t -> !t.equals("Entity") || s.types().size() == 1)
                .forEach(t -> b.append(" <span class=\"type\">").append(Html.esc(t)).append("</span>"));
        b.append("</h1>\n<p class=\"iri\"><code>").append(Html.esc(s.iri())).append("</code> · as ");
        for (Representation r : List.of(Representation.TURTLE, Representation.JSONLD, Representation.NTRIPLES)) {
            b.append("<a href=\"?format=").append(r.formatName()).append("\">").append(r.formatName())
                    .append("</a> ");
        }
        b.append("</p>\n");
        if (!s.altLabels().isEmpty()) {
            b.append("<p class=\"alt\">Also written: ").append(Html.esc(String.join(", ", s.altLabels())))
                    .append("</p>\n");
        }
    }

    private void entity(StringBuilder b, Summary s) {
        graphFrame(b, "entity", s);
        List<Relation> rels = reader.relations(s.iri());
        if (!rels.isEmpty()) {
            b.append("<section id=\"relations\"><h2>Relations (").append(rels.size()).append(")</h2><table>\n");
            for (Relation r : rels) {
                b.append("<tr><td>").append(r.outgoing() ? "" : "← ").append(Html.esc(r.predicate()))
                        .append(r.outgoing() ? " →" : "").append("</td><td>").append(link(r.other()))
                        .append(type(r.other().type())).append("</td><td class=\"num\">").append(r.papers())
                        .append(r.papers() == 1 ? " paper" : " papers").append("</td></tr>\n");
            }
            b.append("</table></section>\n");
        }
        results(b, reader.results("subject", s.iri()), false);
        List<PaperMention> papers = reader.papers(s.iri());
        b.append("<section id=\"papers\"><h2>Papers (").append(papers.size()).append(")</h2><ol class=\"papers\">\n");
        for (PaperMention p : papers.subList(0, Math.min(MAX_PAPERS, papers.size()))) {
            b.append("<li>").append(link(p.paper()));
            if (p.introduces()) b.append(" <span class=\"badge\">introduces</span>");
            if (!p.date().isEmpty()) b.append(" <span class=\"date\">").append(Html.esc(p.date())).append("</span>");
            b.append("<ul class=\"evidence\">");
            p.sentences().forEach(x -> b.append("<li>“").append(Html.esc(x)).append("”</li>"));
            b.append("</ul></li>\n");
        }
        b.append("</ol>");
        if (papers.size() > MAX_PAPERS) {
            b.append("<p class=\"more\">… and ").append(papers.size() - MAX_PAPERS).append(" more</p>");
        }
        b.append("</section>\n");
        details(b, s);
    }

    private void paper(StringBuilder b, Summary s) {
        if (s.abstractText() != null) {
            b.append("<blockquote class=\"abstract\">").append(Html.esc(s.abstractText())).append("</blockquote>\n");
        }
        graphFrame(b, "paper", s);
        List<EntityMention> entities = reader.paperEntities(s.iri());
        b.append("<section id=\"entities\"><h2>Entities (").append(entities.size()).append(")</h2><ul>\n");
        for (EntityMention e : entities) {
            b.append("<li>").append(link(e.entity())).append(type(e.entity().type()));
            if (e.introduces()) b.append(" <span class=\"badge\">introduced</span>");
            b.append("</li>\n");
        }
        b.append("</ul></section>\n");
        List<Statement> statements = reader.paperRelations(s.iri());
        if (!statements.isEmpty()) {
            b.append("<section id=\"relations\"><h2>Relations (").append(statements.size()).append(")</h2><ul>\n");
            for (Statement st : statements) {
                b.append("<li>").append(link(st.subject())).append(" <em>").append(Html.esc(st.predicate()))
                        .append("</em> ").append(link(st.object())).append("<ul class=\"evidence\"><li>“")
                        .append(Html.esc(st.sentence())).append("”</li></ul></li>\n");
            }
            b.append("</ul></section>\n");
        }
        results(b, reader.results("paper", s.iri()), true);
        details(b, s);
    }

    private void results(StringBuilder b, List<ResultRow> rows, boolean withSubject) {
        if (rows.isEmpty()) return;
        b.append("<section id=\"results\"><h2>Results (").append(rows.size()).append(")</h2><table>\n<tr>")
                .append(withSubject ? "<th>Of</th>" : "").append("<th>Metric</th><th>Value</th><th>On</th>")
                .append(withSubject ? "" : "<th>Paper</th>").append("</tr>\n");
        for (ResultRow r : rows) {
            b.append("<tr title=\"").append(Html.esc(r.sentence())).append("\">");
            if (withSubject) b.append("<td>").append(link(r.subject())).append("</td>");
            b.append("<td>").append(Html.esc(r.metric())).append("</td><td>").append(Html.esc(r.value()))
                    .append("</td><td>").append(r.benchmark() == null ? "" : link(r.benchmark())).append("</td>");
            if (!withSubject) b.append("<td>").append(link(r.paper())).append("</td>");
            b.append("</tr>\n");
        }
        b.append("</table></section>\n");
    }

    private void details(StringBuilder b, Summary s) {
        List<Property> props = reader.properties(s.iri());
        b.append("<details><summary>All statements (").append(props.size()).append(")</summary>");
        table(b, null, props, false);
        b.append("</details>\n");
    }

    private void table(StringBuilder b, String title, List<Property> props, boolean section) {
        if (section) b.append("<section><h2>").append(Html.esc(title)).append(" (").append(props.size())
                .append(")</h2>");
        b.append("<table class=\"props\">\n");
        for (Property p : props) {
            b.append("<tr><td>").append(Html.esc(PREFIXES.shortForm(p.predicate()))).append("</td><td>")
                    .append(p.resource() == null ? Html.esc(p.text()) : link(p.resource())).append("</td></tr>\n");
        }
        b.append("</table>").append(section ? "</section>\n" : "\n");
    }

    private void graphFrame(StringBuilder b, String kind, Summary s) {
        String src = "/api/graph?" + kind + "=" + URLEncoder.encode(s.iri(), StandardCharsets.UTF_8);
        b.append("<section id=\"graph\"><h2>Neighbourhood</h2><iframe class=\"graph\" src=\"").append(Html.esc(src))
                .append("\" title=\"graph around ").append(Html.esc(s.label()))
                .append("\" sandbox=\"allow-scripts allow-downloads\"></iframe></section>\n");
    }

    /** A link to a resource: its page here, or its IRI when that is a web address; else just its label. */
    private String link(Ref r) {
        if (r == null) return "";
        String href = settings.href(r.iri());
        if (!href.startsWith("/") && !href.regionMatches(true, 0, "http://", 0, 7)
                && !href.regionMatches(true, 0, "https://", 0, 8)) {
            return Html.esc(r.label());
        }
        return "<a href=\"" + Html.esc(href) + "\">" + Html.esc(r.label()) + "</a>";
    }

    private static String type(String t) {
        return t == null || t.isEmpty() ? "" : " <span class=\"type\">" + Html.esc(t) + "</span>";
    }

    private static String alternates() {
        StringBuilder b = new StringBuilder();
        for (Representation r : List.of(Representation.TURTLE, Representation.JSONLD, Representation.NTRIPLES)) {
            b.append("<link rel=\"alternate\" type=\"").append(r.mediaType()).append("\" href=\"?format=")
                    .append(r.formatName()).append("\">\n");
        }
        return b.toString();
    }
}
