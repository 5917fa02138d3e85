package org.scikg.viz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * Cytoscape.js elements JSON for a graph: {@code {"elements":{"nodes":[{"data":{..}}],"edges":[{"data":{..}}]}}}.
 * Node data: id, label, type, altLabels, mentions, papers, evidence, color, size. Edge data: id, source, target,
 * relation, weight, papers, evidence, directed, color, width; edge classes name the line style.
 */
final class ElementsJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private ElementsJson() {
    }

    /** The document, with node positions where {@code positions} has them (it may be empty). */
    static ObjectNode document(VizGraph g, Map<VizNode, Point2D> positions) {
        ObjectNode doc = MAPPER.createObjectNode();
        ObjectNode elements = doc.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        int maxMentions = g.vertexSet().stream().mapToInt(VizNode::mentions).max().orElse(1);
        g.vertexSet().stream().sorted(Comparator.comparing(VizNode::id))
                .forEach(n -> nodes.add(node(n, maxMentions, positions.get(n))));
        ArrayNode edges = elements.putArray("edges");
        List<VizEdge> sorted = g.edgeSet().stream().sorted(Comparator.comparing(VizEdge::source)
                .thenComparing(VizEdge::target).thenComparing(VizEdge::relation)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            edges.add(edge("e" + i, sorted.get(i)));
        }
        return doc;
    }

    private static ObjectNode node(VizNode n, int maxMentions, Point2D at) {
        ObjectNode el = MAPPER.createObjectNode();
        ObjectNode d = el.putObject("data");
        d.put("id", n.id()).put("label", n.label()).put("type", n.type());
        strings(d.putArray("altLabels"), n.altLabels());
        d.put("mentions", n.mentions());
        strings(d.putArray("papers"), n.papers());
        evidence(d.putArray("evidence"), n.evidence());
        d.put("color", Palette.typeColor(n.type()));
        d.put("size", round(12 + 38 * Math.sqrt(n.mentions() / (double) Math.max(1, maxMentions))));
        if (at != null) {
            el.putObject("position").put("x", round(at.getX())).put("y", round(at.getY()));
        }
        return el;
    }

    private static ObjectNode edge(String id, VizEdge e) {
        ObjectNode el = MAPPER.createObjectNode();
        ObjectNode d = el.putObject("data");
        d.put("id", id).put("source", e.source()).put("target", e.target()).put("relation", e.relation());
        d.put("weight", e.weight());
        strings(d.putArray("papers"), e.papers());
        evidence(d.putArray("evidence"), e.evidence());
        d.put("directed", e.directed());
        d.put("color", Palette.relationColor(e.relation()));
        d.put("width", round(Math.min(8, 1 + 1.5 * Math.log(Math.max(1, e.weight())) / Math.log(2))));
        String classes = Palette.relationStyle(e.relation()) + (e.directed() ? " directed" : "");
        el.put("classes", classes);
        return el;
    }

    private static void strings(ArrayNode arr, List<String> values) {
        values.forEach(arr::add);
    }

    private static void evidence(ArrayNode arr, List<VizEvidence> ev) {
        for (VizEvidence e : ev) {
            arr.addObject().put("paper", e.paper()).put("title", e.paperTitle()).put("sentence", e.sentence());
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
