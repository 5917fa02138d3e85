package org.scikg.viz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Colours and line styles for node types and relations, shared by the page and the SVG so their legends agree. */
final class Palette {
    /** The order node types are listed in; unknown types follow, sorted. */
    static final List<String> TYPE_ORDER = List.of("Model", "Method", "Benchmark", "Dataset", "Task", "Metric",
            "Software", "Entity", "Paper", "Other");
    private static final Map<String, String> TYPE_COLORS = Map.of("Model", "#4e79a7", "Method", "#f28e2b",
            "Benchmark", "#e15759", "Dataset", "#76b7b2", "Task", "#59a14f", "Metric", "#edc948",
            "Software", "#b07aa1", "Entity", "#9c755f", "Paper", "#bab0ac", "Other", "#7f7f7f");
    private static final List<String> EXTRA = List.of("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e",
            "#e6ab02", "#a6761d", "#666666");
    /** The order relations are listed in; unknown relations follow, sorted. */
    static final List<String> RELATION_ORDER = List.of("evaluatedOn", "outperforms", "comparedWith", "uses",
            "basedOn", "variantOf", "appliedTo", "introduces", "mentions", "coMention");
    private static final Map<String, String> RELATION_COLORS = Map.of("evaluatedOn", "#1f77b4",
            "outperforms", "#d62728", "comparedWith", "#9467bd", "uses", "#2ca02c", "basedOn", "#8c564b",
            "variantOf", "#e377c2", "appliedTo", "#17becf", "introduces", "#ff7f0e", "mentions", "#8f8f8f",
            "coMention", "#c8c8c8");

    /** A legend entry: name, colour, line style ({@code solid}, {@code dashed}, {@code dotted}) and count. */
    record Entry(String name, String color, String style, int count) {
    }

    private Palette() {
    }

    static String typeColor(String type) {
        return TYPE_COLORS.getOrDefault(type, EXTRA.get(Math.floorMod(type.hashCode(), EXTRA.size())));
    }

    static String relationColor(String relation) {
        return RELATION_COLORS.getOrDefault(relation, "#555555");
    }

    /** Dashed for the symmetric comparisons, dotted for co-mention, else solid. */
    static String relationStyle(String relation) {
        return switch (relation) {
            case "comparedWith", "variantOf" -> "dashed";
            case VizEdge.CO_MENTION -> "dotted";
            default -> "solid";
        };
    }

    /** The node types present in the graph, in legend order, with their counts. */
    static List<Entry> types(VizGraph g) {
        Map<String, Integer> counts = count(g.vertexSet(), VizNode::type);
        return entries(counts, TYPE_ORDER, t -> new Entry(t, typeColor(t), "solid", counts.get(t)));
    }

    /** The relations present in the graph, in legend order, with their counts. */
    static List<Entry> relations(VizGraph g) {
        Map<String, Integer> counts = count(g.edgeSet(), VizEdge::relation);
        return entries(counts, RELATION_ORDER,
                r -> new Entry(r, relationColor(r), relationStyle(r), counts.get(r)));
    }

    private static <T> Map<String, Integer> count(Iterable<T> items, Function<T, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        items.forEach(i -> counts.merge(key.apply(i), 1, Integer::sum));
        return counts;
    }

    private static List<Entry> entries(Map<String, Integer> counts, List<String> order,
            Function<String, Entry> make) {
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort(Comparator.comparing((String n) -> order.contains(n) ? order.indexOf(n) : order.size())
                .thenComparing(Comparator.naturalOrder()));
        return names.stream().map(make).toList();
    }
}
