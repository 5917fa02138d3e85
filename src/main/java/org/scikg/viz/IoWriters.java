package org.scikg.viz;

import java.io.Writer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * GraphML, GEXF and DOT through jgrapht-io's exporters. Node ids are {@code n0, n1, ..} in IRI order and edge ids
 * {@code e0, e1, ..} (IRIs are not valid GraphML or DOT ids); the IRI is the {@code iri} attribute.
 *
 * <p>Node attributes: iri, label, type, mentions, papers (space-separated IRIs), altLabels ("; "-separated).
 * Edge attributes: relation, weight, papers, evidence (the sentences, " | "-separated); DOT adds colours and
 * draws co-mentions without arrows.
 */
final class IoWriters {
    private final Map<VizNode, String> nodeIds = new HashMap<>();
    private final Map<VizEdge, String> edgeIds = new HashMap<>();

    private IoWriters(VizGraph g) {
        List<VizNode> nodes = g.vertexSet().stream().sorted(Comparator.comparing(VizNode::id)).toList();
        for (int i = 0; i < nodes.size(); i++) {
            nodeIds.put(nodes.get(i), "n" + i);
        }
        List<VizEdge> edges = g.edgeSet().stream().sorted(Comparator.comparing(VizEdge::source)
                .thenComparing(VizEdge::target).thenComparing(VizEdge::relation)).toList();
        for (int i = 0; i < edges.size(); i++) {
            edgeIds.put(edges.get(i), "e" + i);
        }
    }

    /** Writes the graph in GraphML, GEXF or DOT. */
    static void write(VizGraph g, VizFormat f, Writer out) {
        IoWriters w = new IoWriters(g);
        GraphExporter<VizNode, VizEdge> exporter = switch (f) {
            case GRAPHML -> w.graphml();
            case GEXF -> w.gexf();
            case DOT -> w.dot();
            default -> throw new IllegalArgumentException("not a jgrapht-io format: " + f);
        };
        try {
            exporter.exportGraph(g, out);
        } catch (ExportException e) {
            throw new VizException("cannot write " + f.formatName() + ": " + e.getMessage(), e);
        }
    }

    private GraphMLExporter<VizNode, VizEdge> graphml() {
        GraphMLExporter<VizNode, VizEdge> x = new GraphMLExporter<>(nodeIds::get);
        x.setEdgeIdProvider(edgeIds::get);
        // jgrapht reserves "weight": it writes the graph's edge weight (= VizEdge.weight) under that key itself
        x.setExportEdgeWeights(true);
        // keys are registered by name, so "papers", which nodes and edges share, is one key for both
        nodeAttributes().forEach((name, type) -> x.registerAttribute(name, "papers".equals(name)
                ? GraphMLExporter.AttributeCategory.ALL : GraphMLExporter.AttributeCategory.NODE, type));
        edgeAttributes().forEach((name, type) -> {
            if (!"weight".equals(name) && !"papers".equals(name)) {
                x.registerAttribute(name, GraphMLExporter.AttributeCategory.EDGE, type);
            }
        });
        x.setVertexAttributeProvider(IoWriters::nodeAttrs);
        x.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = edgeAttrs(e);
            a.remove("weight");
            return a;
        });
        return x;
    }

    private GEXFExporter<VizNode, VizEdge> gexf() {
        GEXFExporter<VizNode, VizEdge> x = new GEXFExporter<>(nodeIds::get, edgeIds::get);
        x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        x.setCreator("scikg");
        nodeAttributes().forEach((name, type) -> {
            if (!"label".equals(name)) {
                x.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, gexfType(type));
            }
        });
        edgeAttributes().forEach((name, type) -> {
            if (!"weight".equals(name)) {
                x.registerAttribute(name, GEXFExporter.AttributeCategory.EDGE, gexfType(type));
            }
        });
        x.setVertexAttributeProvider(IoWriters::nodeAttrs);
        x.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = edgeAttrs(e);
            a.put("label", DefaultAttribute.createAttribute(e.relation()));
            return a;
        });
        return x;
    }

    private DOTExporter<VizNode, VizEdge> dot() {
        DOTExporter<VizNode, VizEdge> x = new DOTExporter<>(nodeIds::get);
        x.setGraphIdProvider(() -> "scikg");
        x.setVertexAttributeProvider(n -> {
            Map<String, Attribute> a = nodeAttrs(n);
            a.put("style", DefaultAttribute.createAttribute("filled"));
            a.put("fillcolor", DefaultAttribute.createAttribute(Palette.typeColor(n.type())));
            return a;
        });
        x.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = edgeAttrs(e);
            a.put("color", DefaultAttribute.createAttribute(Palette.relationColor(e.relation())));
            if (e.weight() == Math.rint(e.weight())) {
                // Graphviz's dot accepts only integer weights
                a.put("weight", DefaultAttribute.createAttribute((long) e.weight()));
            }
            a.put("label", DefaultAttribute.createAttribute(e.relation()));
            if (!e.directed()) {
                a.put("dir", DefaultAttribute.createAttribute("none"));
            }
            return a;
        });
        return x;
    }

    private static Map<String, AttributeType> nodeAttributes() {
        Map<String, AttributeType> m = new LinkedHashMap<>();
        m.put("iri", AttributeType.STRING);
        m.put("label", AttributeType.STRING);
        m.put("type", AttributeType.STRING);
        m.put("mentions", AttributeType.INT);
        m.put("papers", AttributeType.STRING);
        m.put("altLabels", AttributeType.STRING);
        return m;
    }

    private static Map<String, AttributeType> edgeAttributes() {
        Map<String, AttributeType> m = new LinkedHashMap<>();
        m.put("relation", AttributeType.STRING);
        m.put("weight", AttributeType.DOUBLE);
        m.put("papers", AttributeType.STRING);
        m.put("evidence", AttributeType.STRING);
        return m;
    }

    static Map<String, Attribute> nodeAttrs(VizNode n) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("iri", DefaultAttribute.createAttribute(n.id()));
        a.put("label", DefaultAttribute.createAttribute(n.label()));
        a.put("type", DefaultAttribute.createAttribute(n.type()));
        a.put("mentions", DefaultAttribute.createAttribute(n.mentions()));
        a.put("papers", DefaultAttribute.createAttribute(String.join(" ", n.papers())));
        a.put("altLabels", DefaultAttribute.createAttribute(String.join("; ", n.altLabels())));
        return a;
    }

    static Map<String, Attribute> edgeAttrs(VizEdge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("relation", DefaultAttribute.createAttribute(e.relation()));
        a.put("weight", DefaultAttribute.createAttribute(e.weight()));
        a.put("papers", DefaultAttribute.createAttribute(String.join(" ", e.papers())));
        a.put("evidence", DefaultAttribute.createAttribute(joined(e.evidence(), VizEvidence::sentence)));
        return a;
    }

    private static <T> String joined(List<T> items, Function<T, String> f) {
        return items.stream().map(f).filter(s -> !s.isEmpty()).collect(Collectors.joining(" | "));
    }

    private static GEXFAttributeType gexfType(AttributeType t) {
        return switch (t) {
            case INT -> GEXFAttributeType.INTEGER;
            case DOUBLE -> GEXFAttributeType.DOUBLE;
            default -> GEXFAttributeType.STRING;
        };
    }
}
