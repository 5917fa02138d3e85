package org.scikg.viz;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jgrapht.graph.DirectedWeightedPseudograph;

/**
 * The graph a view produces and a renderer writes: a JGraphT directed, weighted pseudograph of {@link VizNode}s
 * and {@link VizEdge}s, with a lookup of nodes by IRI.
 *
 * <p>An edge's weight is its record's {@link VizEdge#weight()}; {@link #setEdgeWeight} is not supported. Several
 * edges may join the same two nodes when their relations differ. Not thread-safe.
 */
public class VizGraph extends DirectedWeightedPseudograph<VizNode, VizEdge> {
    private static final long serialVersionUID = 1L;

    private final String title;
    private final Map<String, VizNode> byId = new HashMap<>();

    /** An empty graph; the title names the view (shown by the page and the SVG), may be empty, not null. */
    public VizGraph(String title) {
        super(null, null);
        this.title = title == null ? "" : title;
    }

    /** What the graph shows, e.g. {@code concepts} or {@code neighbourhood of BYOL (depth 2)}. */
    public String title() {
        return title;
    }

    /** The node with this IRI, if the graph has it. */
    public Optional<VizNode> node(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public boolean addVertex(VizNode v) {
        boolean added = super.addVertex(v);
        if (added) {
            byId.put(v.id(), v);
        }
        return added;
    }

    @Override
    public boolean removeVertex(VizNode v) {
        boolean removed = super.removeVertex(v);
        if (removed) {
            byId.remove(v.id());
        }
        return removed;
    }

    /**
     * Adds an edge between the nodes its source and target name.
     *
     * @return false if the graph already has an equal edge
     * @throws IllegalArgumentException if either node is missing
     */
    public boolean connect(VizEdge e) {
        VizNode s = byId.get(e.source());
        VizNode t = byId.get(e.target());
        if (s == null || t == null) {
            throw new IllegalArgumentException("edge " + e.relation() + " joins a missing node: "
                    + (s == null ? e.source() : e.target()));
        }
        return addEdge(s, t, e);
    }

    /** A new graph with the nodes that pass the test and the edges between them; the title is kept. */
    public VizGraph induced(Predicate<VizNode> keepNode) {
        return copy(keepNode, e -> true);
    }

    /** A new graph with the nodes and edges that pass the tests (an edge also needs both its nodes). */
    public VizGraph copy(Predicate<VizNode> keepNode, Predicate<VizEdge> keepEdge) {
        VizGraph out = new VizGraph(title);
        vertexSet().stream().filter(keepNode).forEach(out::addVertex);
        for (VizEdge e : edgeSet()) {
            if (keepEdge.test(e) && out.byId.containsKey(e.source()) && out.byId.containsKey(e.target())) {
                out.connect(e);
            }
        }
        return out;
    }

    /** A copy under another title. */
    public VizGraph retitled(String newTitle) {
        VizGraph out = new VizGraph(newTitle);
        vertexSet().forEach(out::addVertex);
        edgeSet().forEach(out::connect);
        return out;
    }

    @Override
    public double getEdgeWeight(VizEdge e) {
        return e.weight();
    }

    @Override
    public void setEdgeWeight(VizEdge e, double weight) {
        throw new UnsupportedOperationException("an edge's weight is part of its VizEdge record");
    }
}
