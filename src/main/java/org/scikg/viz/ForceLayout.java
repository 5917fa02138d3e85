package org.scikg.viz;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.LayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * Fruchterman-Reingold with the grid of the original paper (repulsion only between nodes less than 2k apart), a
 * weak pull to the centre so that isolated nodes and small components stay near the rest, and a linear cooling
 * schedule; a JGraphT {@link LayoutAlgorithm2D}. Seeded, so the same graph always gets the same picture.
 *
 * <p>Why not JGraphT's own: {@code IndexedFRLayoutAlgorithm2D} runs out of memory when two nodes are pressed
 * into the same point of the drawing box's edge, which isolated nodes are (its quadtree splits forever), and
 * {@code FRLayoutAlgorithm2D} costs O(n²) per iteration. This one is O(nodes + edges) per iteration: about
 * 0.3 s for 3,000 nodes and 20,000 edges.
 */
final class ForceLayout implements LayoutAlgorithm2D<VizNode, VizEdge> {
    private static final long SEED = 20_250_318L;
    private static final double GRAVITY = 0.02;

    private final int iterations;

    ForceLayout(int iterations) {
        this.iterations = iterations;
    }

    /** The side of the square a graph of this size is drawn in: constant area per node. */
    static double side(int nodes) {
        return Math.max(400, Math.sqrt(Math.max(1, nodes)) * 70);
    }

    /** Positions filling a square of {@link #side(int)}, origin at the top left. */
    static Map<VizNode, Point2D> positions(VizGraph g) {
        double side = side(g.vertexSet().size());
        MapLayoutModel2D<VizNode> model = new MapLayoutModel2D<>(Box2D.of(0, 0, side, side));
        new ForceLayout(g.vertexSet().size() > 2000 ? 150 : 300).layout(g, model);
        Map<VizNode, Point2D> out = new HashMap<>();
        model.forEach(e -> out.put(e.getKey(), e.getValue()));
        return fill(out, side);
    }

    @Override
    public void layout(Graph<VizNode, VizEdge> g, LayoutModel2D<VizNode> model) {
        List<VizNode> nodes = g.vertexSet().stream().sorted(Comparator.comparing(VizNode::id)).toList();
        int n = nodes.size();
        Map<VizNode, Integer> index = new HashMap<>();
        nodes.forEach(v -> index.put(v, index.size()));
        int[] ends = g.edgeSet().stream().filter(e -> g.getEdgeSource(e) != g.getEdgeTarget(e))
                .flatMapToInt(e -> java.util.stream.IntStream.of(index.get(g.getEdgeSource(e)),
                        index.get(g.getEdgeTarget(e)))).toArray();
        double k = 1;
        double extent = k * Math.sqrt(Math.max(1, n));
        Random rnd = new Random(SEED);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble() * extent;
            y[i] = rnd.nextDouble() * extent;
        }
        for (int it = 0; it < iterations; it++) {
            double temperature = extent / 10 * (1 - it / (double) iterations) + k / 100;
            step(x, y, ends, k, extent, temperature);
        }
        for (int i = 0; i < n; i++) {
            model.put(nodes.get(i), Point2D.of(x[i], y[i]));
        }
    }

    /** One iteration: grid repulsion, edge attraction, gravity, then moves capped by the temperature. */
    private static void step(double[] x, double[] y, int[] ends, double k, double extent, double temperature) {
        int n = x.length;
        double[] dx = new double[n];
        double[] dy = new double[n];
        new Grid(x, y, 2 * k).forEachClosePair((i, j) -> {
            double ux = x[i] - x[j];
            double uy = y[i] - y[j];
            double d2 = Math.max(ux * ux + uy * uy, 1e-6);
            double f = k * k / d2; // (k²/d) along the unit vector (u/d)
            dx[i] += ux * f;
            dy[i] += uy * f;
            dx[j] -= ux * f;
            dy[j] -= uy * f;
        });
        for (int e = 0; e < ends.length; e += 2) {
            int a = ends[e];
            int b = ends[e + 1];
            double ux = x[a] - x[b];
            double uy = y[a] - y[b];
            double f = Math.sqrt(ux * ux + uy * uy) / k; // (d²/k) along the unit vector (u/d)
            dx[a] -= ux * f;
            dy[a] -= uy * f;
            dx[b] += ux * f;
            dy[b] += uy * f;
        }
        double c = extent / 2;
        for (int i = 0; i < n; i++) {
            dx[i] -= (x[i] - c) * GRAVITY;
            dy[i] -= (y[i] - c) * GRAVITY;
            double len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (len > 0) {
                double move = Math.min(len, temperature) / len;
                x[i] += dx[i] * move;
                y[i] += dy[i] * move;
            }
        }
    }

    /**
     * Scales the positions, keeping their proportions, to fill the square: the layout's own units are its
     * optimal distance, not pixels.
     */
    static Map<VizNode, Point2D> fill(Map<VizNode, Point2D> at, double side) {
        if (at.isEmpty()) {
            return at;
        }
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Point2D p : at.values()) {
            box[0] = Math.min(box[0], p.getX());
            box[1] = Math.min(box[1], p.getY());
            box[2] = Math.max(box[2], p.getX());
            box[3] = Math.max(box[3], p.getY());
        }
        double span = Math.max(box[2] - box[0], box[3] - box[1]);
        double scale = span > 0 ? side / span : 1;
        double offX = (side - (box[2] - box[0]) * scale) / 2 - box[0] * scale;
        double offY = (side - (box[3] - box[1]) * scale) / 2 - box[1] * scale;
        Map<VizNode, Point2D> out = new HashMap<>();
        at.forEach((v, p) -> out.put(v, Point2D.of(p.getX() * scale + offX, p.getY() * scale + offY)));
        return out;
    }

    /** Nodes bucketed into square cells, to visit only the pairs closer than the cell size. */
    private static final class Grid {
        private final double[] x;
        private final double[] y;
        private final double cell;
        private final int[] order;
        private final int[] start;
        private final int cols;
        private final int rows;
        private final double minX;
        private final double minY;

        Grid(double[] x, double[] y, double cell) {
            this.x = x;
            this.y = y;
            this.cell = cell;
            int n = x.length;
            minX = n == 0 ? 0 : Arrays.stream(x).min().getAsDouble();
            minY = n == 0 ? 0 : Arrays.stream(y).min().getAsDouble();
            double maxX = n == 0 ? 0 : Arrays.stream(x).max().getAsDouble();
            double maxY = n == 0 ? 0 : Arrays.stream(y).max().getAsDouble();
            cols = (int) Math.min(4096, (maxX - minX) / cell + 1);
            rows = (int) Math.min(4096, (maxY - minY) / cell + 1);
            int[] cellOf = new int[n];
            start = new int[cols * rows + 1];
            for (int i = 0; i < n; i++) {
                cellOf[i] = row(y[i]) * cols + col(x[i]);
                start[cellOf[i] + 1]++;
            }
            for (int c = 0; c < cols * rows; c++) {
                start[c + 1] += start[c];
            }
            order = new int[n];
            int[] fill = Arrays.copyOf(start, start.length);
            for (int i = 0; i < n; i++) {
                order[fill[cellOf[i]]++] = i;
            }
        }

        private int col(double v) {
            return (int) Math.min(cols - 1, (v - minX) / cell);
        }

        private int row(double v) {
            return (int) Math.min(rows - 1, (v - minY) / cell);
        }

        /** Calls the action once for each unordered pair of nodes closer than the cell size. */
        void forEachClosePair(PairAction action) {
            double limit = cell * cell;
            for (int i = 0; i < x.length; i++) {
                int c0 = col(x[i]);
                int r0 = row(y[i]);
                for (int r = Math.max(0, r0 - 1); r <= Math.min(rows - 1, r0 + 1); r++) {
                    for (int c = Math.max(0, c0 - 1); c <= Math.min(cols - 1, c0 + 1); c++) {
                        for (int s = start[r * cols + c]; s < start[r * cols + c + 1]; s++) {
                            int j = order[s];
                            double ux = x[i] - x[j];
                            double uy = y[i] - y[j];
                            if (j > i && ux * ux + uy * uy < limit) {
                                action.apply(i, j);
                            }
                        }
                    }
                }
            }
        }
    }

    /** What to do with a close pair. */
    @FunctionalInterface
    private interface PairAction {
        void apply(int i, int j);
    }
}
