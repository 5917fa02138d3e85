package org.scikg.viz;

import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;

/**
 * The one entry point that turns a store into a {@link VizGraph}: it reads the store, builds the requested view
 * and applies the request's filters in this order: entity and relation types, minimum weight and mentions,
 * neighbourhood, top N.
 */
public final class GraphViews {
    private GraphViews() {
    }

    /**
     * Builds the graph a request asks for.
     *
     * <p>Reads inside a read transaction when the dataset supports transactions and is not already in one.
     *
     * @param ds the store (instance data in the default graph, as {@code docs/rdf-model.md} describes)
     * @param req what to show
     * @return a new graph; empty if the store is
     * @throws VizException if the focus matches no entity or the query does not parse or is not a CONSTRUCT
     */
    public static VizGraph build(Dataset ds, VizRequest req) {
        Supplier<VizGraph> work = () -> buildNow(ds, req);
        return ds.supportsTransactions() && !ds.isInTransaction() ? Txn.calculateRead(ds, work) : work.get();
    }

    private static VizGraph buildNow(Dataset ds, VizRequest req) {
        StoreSnapshot store = StoreSnapshot.load(ds);
        ViewBuilder views = new ViewBuilder(store, req);
        return switch (req.view()) {
            case CONCEPTS -> filter(views.concepts("concepts"), req, Set.of());
            case PAPERS -> filter(views.papers("papers"), req, Set.of());
            case QUERY -> filter(new QueryView(store, views, req)
                    .build(QueryView.construct(ds, req.query()), "query"), req, Set.of());
            case NEIGHBOURHOOD -> neighbourhood(store, views, req);
        };
    }

    private static VizGraph neighbourhood(StoreSnapshot store, ViewBuilder views, VizRequest req) {
        Set<String> seeds = FocusMatcher.match(req.focus(), store.entities.values());
        String title = "neighbourhood of " + req.focus() + " (depth " + req.depth() + ")";
        VizGraph g = GraphFilters.thresholds(views.concepts(title), req, seeds);
        g = GraphFilters.neighbourhood(g, seeds, req.depth());
        return GraphFilters.top(g, req.topN(), req.ranking(), seeds);
    }

    private static VizGraph filter(VizGraph g, VizRequest req, Set<String> keep) {
        return GraphFilters.top(GraphFilters.thresholds(g, req, keep), req.topN(), req.ranking(), keep);
    }
}
