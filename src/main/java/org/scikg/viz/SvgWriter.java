package org.scikg.viz;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * A static SVG picture: Fruchterman-Reingold positions ({@link ForceLayout}), nodes coloured by type and sized by
 * mentions, edges coloured and dashed by relation (co-mentions drawn first and faint), labels on the best-known
 * nodes, and a legend of types and relations.
 */
final class SvgWriter {
    /** At most this many node labels are drawn, the most-mentioned first, so that big pictures stay legible. */
    static final int MAX_LABELS = 200;
    /** Room around the drawing for labels centred under nodes at its edge. */
    private static final double MARGIN = 90;
    private static final double LEGEND_WIDTH = 200;

    private final VizGraph g;
    private final Writer out;
    private final int maxMentions;

    private SvgWriter(VizGraph g, Writer out) {
        this.g = g;
        this.out = out;
        this.maxMentions = Math.max(1, g.vertexSet().stream().mapToInt(VizNode::mentions).max().orElse(1));
    }

    /** Writes the picture of the graph. */
    static void write(VizGraph g, Writer out) throws IOException {
        new SvgWriter(g, out).write();
    }

    private void write() throws IOException {
        Map<VizNode, Point2D> at = ForceLayout.positions(g);
        double side = ForceLayout.side(g.vertexSet().size());
        List<Palette.Entry> types = Palette.types(g);
        List<Palette.Entry> relations = Palette.relations(g);
        // the legend grows with the drawing, so that it stays legible when a big picture is viewed whole
        double legendScale = Math.max(1, side / 1000);
        double height = Math.max(side + 2 * MARGIN, 60 + 18.0 * legendScale * (types.size() + relations.size() + 3));
        double width = side + 2 * MARGIN + LEGEND_WIDTH * legendScale;
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" "
                + "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\">\n",
                width, height, width, height));
        out.write("<title>" + xml("scikg: " + g.title()) + "</title>\n");
        markers(relations);
        out.write("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        edges(at, relations);
        nodes(at);
        legend(side + 2 * MARGIN, legendScale, types, relations);
        out.write("</svg>\n");
        out.flush();
    }

    private void markers(List<Palette.Entry> relations) throws IOException {
        out.write("<defs>\n");
        for (int i = 0; i < relations.size(); i++) {
            out.write("<marker id=\"arrow" + i + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" "
                    + "markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\""
                    + relations.get(i).color() + "\"/></marker>\n");
        }
        out.write("</defs>\n");
    }

    private void edges(Map<VizNode, Point2D> at, List<Palette.Entry> relations) throws IOException {
        List<String> order = relations.stream().map(Palette.Entry::name).toList();
        out.write("<g class=\"edges\" fill=\"none\">\n");
        // co-mentions first, so the typed relations are drawn over them
        List<VizEdge> sorted = g.edgeSet().stream().sorted(Comparator.comparing((VizEdge e) -> e.directed())
                .thenComparing(VizEdge::source).thenComparing(VizEdge::target)).toList();
        for (VizEdge e : sorted) {
            Point2D s = at.get(g.getEdgeSource(e));
            Point2D t = shortened(s, at.get(g.getEdgeTarget(e)), radius(g.getEdgeTarget(e)) + 1);
            String dash = switch (Palette.relationStyle(e.relation())) {
                case "dashed" -> " stroke-dasharray=\"6 3\"";
                case "dotted" -> " stroke-dasharray=\"2 3\"";
                default -> "";
            };
            String arrow = e.directed() ? " marker-end=\"url(#arrow" + order.indexOf(e.relation()) + ")\"" : "";
            double w = Math.min(6, 0.8 + Math.log(Math.max(1, e.weight())));
            out.write(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"%s\" stroke-width=\"%.1f\" stroke-opacity=\"%s\"%s%s><title>%s</title></line>\n",
                    x(s), y(s), x(t), y(t), Palette.relationColor(e.relation()), w,
                    e.directed() ? "0.85" : "0.45", dash, arrow, xml(e.relation() + " (" + fmt(e.weight()) + ")")));
        }
        out.write("</g>\n");
    }

    private void nodes(Map<VizNode, Point2D> at) throws IOException {
        Set<VizNode> labelled = g.vertexSet().stream()
                .sorted(Comparator.comparingInt(VizNode::mentions).reversed().thenComparing(VizNode::id))
                .limit(MAX_LABELS).collect(Collectors.toCollection(HashSet::new));
        out.write("<g class=\"nodes\" stroke=\"#ffffff\" stroke-width=\"1\">\n");
        List<VizNode> sorted = g.vertexSet().stream().sorted(Comparator.comparing(VizNode::id)).toList();
        for (VizNode n : sorted) {
            Point2D p = at.get(n);
            double r = radius(n);
            out.write(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\">"
                    + "<title>%s</title></circle>\n", x(p), y(p), r, Palette.typeColor(n.type()),
                    xml(n.label() + " (" + n.type() + ", " + n.mentions() + ")")));
            if (labelled.contains(n)) {
                out.write(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" "
                        + "text-anchor=\"middle\" fill=\"#222222\" stroke=\"none\">%s</text>\n",
                        x(p), y(p) + r + 11, xml(n.label())));
            }
        }
        out.write("</g>\n");
    }

    private void legend(double left, double scale, List<Palette.Entry> types, List<Palette.Entry> relations)
            throws IOException {
        out.write(String.format(Locale.ROOT, "<g class=\"legend\" transform=\"translate(%.0f,%.0f) scale(%.2f)\" "
                + "font-size=\"12\">\n", left, MARGIN, scale));
        out.write("<text x=\"0\" y=\"0\" font-weight=\"bold\">Types</text>\n");
        double y = 18;
        for (Palette.Entry t : types) {
            out.write(String.format(Locale.ROOT, "<circle cx=\"6\" cy=\"%.0f\" r=\"6\" fill=\"%s\"/>"
                    + "<text x=\"18\" y=\"%.0f\">%s (%d)</text>\n", y - 4, t.color(), y, xml(t.name()), t.count()));
            y += 18;
        }
        out.write(String.format(Locale.ROOT, "<text x=\"0\" y=\"%.0f\" font-weight=\"bold\">Relations</text>\n",
                y + 8));
        y += 26;
        for (Palette.Entry r : relations) {
            String dash = "solid".equals(r.style()) ? "" : " stroke-dasharray=\""
                    + ("dashed".equals(r.style()) ? "6 3" : "2 3") + "\"";
            out.write(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%.0f\" x2=\"22\" y2=\"%.0f\" stroke=\"%s\" "
                    + "stroke-width=\"3\"%s/><text x=\"30\" y=\"%.0f\">%s (%d)</text>\n",
                    y - 4, y - 4, r.color(), dash, y, xml(r.name()), r.count()));
            y += 18;
        }
        out.write("</g>\n");
    }

    private double radius(VizNode n) {
        return 5 + 15 * Math.sqrt(n.mentions() / (double) maxMentions);
    }

    /** The end of a line from s to t stopped short by {@code by}, so an arrowhead ends at a circle's rim. */
    private static Point2D shortened(Point2D s, Point2D t, double by) {
        double dx = t.getX() - s.getX();
        double dy = t.getY() - s.getY();
        double len = Math.hypot(dx, dy);
        return len <= by ? t : Point2D.of(t.getX() - dx / len * by, t.getY() - dy / len * by);
    }

    private static double x(Point2D p) {
        return p.getX() + MARGIN;
    }

    private static double y(Point2D p) {
        return p.getY() + MARGIN;
    }

    private static String fmt(double w) {
        return w == Math.rint(w) ? Long.toString((long) w) : Double.toString(w);
    }

    /** Text made safe for XML content and attributes; characters XML 1.0 forbids are dropped. */
    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                            || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000) {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }
}
