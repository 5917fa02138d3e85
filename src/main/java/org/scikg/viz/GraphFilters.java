package org.scikg.viz;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graphs;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsUndirectedGraph;

/** The filters of a {@link VizRequest} that work on a built graph: weights, mentions, neighbourhood, top N. */
final class GraphFilters {
    private GraphFilters() {
    }

    /** Drops edges lighter than the minimum weight, and entity nodes with fewer mentions than the minimum. */
    static VizGraph thresholds(VizGraph g, VizRequest req, Set<String> keep) {
        if (req.minWeight() <= 0 && req.minMentions() <= 0) {
            return g;
        }
        return g.copy(n -> keep.contains(n.id()) || isPaperOrOther(n) || n.mentions() >= req.minMentions(),
                e -> e.weight() >= req.minWeight());
    }

    /** The nodes within {@code depth} hops of the seeds, edges taken in either direction. */
    static VizGraph neighbourhood(VizGraph g, Set<String> seeds, int depth) {
        Map<VizNode, Integer> hops = new HashMap<>();
        Deque<VizNode> queue = new ArrayDeque<>();
        for (String s : seeds) {
            g.node(s).ifPresent(n -> {
                hops.put(n, 0);
                queue.add(n);
            });
        }
        while (!queue.isEmpty()) {
            VizNode n = queue.poll();
            int h = hops.get(n);
            if (h == depth) {
                continue;
            }
            for (VizNode m : Graphs.neighborSetOf(g, n)) {
                if (hops.putIfAbsent(m, h + 1) == null) {
                    queue.add(m);
                }
            }
        }
        return g.induced(hops::containsKey);
    }

    /** The {@code n} best-ranked nodes (and always the ones in {@code keep}); ties go to the smaller IRI. */
    static VizGraph top(VizGraph g, int n, VizRequest.Ranking ranking, Set<String> keep) {
        if (n <= 0 || g.vertexSet().size() <= n) {
            return g;
        }
        Map<VizNode, Double> score = scores(g, ranking);
        Set<VizNode> best = g.vertexSet().stream()
                .sorted(Comparator.comparing((VizNode v) -> -score.get(v)).thenComparing(VizNode::id))
                .limit(n).collect(Collectors.toCollection(HashSet::new));
        return g.induced(v -> best.contains(v) || keep.contains(v.id()));
    }

    /** Each node's score under the ranking. */
    static Map<VizNode, Double> scores(VizGraph g, VizRequest.Ranking ranking) {
        if (ranking == VizRequest.Ranking.PAGERANK) {
            return new PageRank<>(new AsUndirectedGraph<>(g)).getScores();
        }
        Map<VizNode, Double> degree = new HashMap<>();
        g.vertexSet().forEach(v -> degree.put(v, (double) g.degreeOf(v)));
        return degree;
    }

    private static boolean isPaperOrOther(VizNode n) {
        return "Paper".equals(n.type()) || "Other".equals(n.type());
    }
}
