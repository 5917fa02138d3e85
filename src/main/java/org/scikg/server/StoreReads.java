package org.scikg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.scikg.query.QueryService;

/**
 * The server's own reads (pages, search, graphs): SPARQL from {@code server/queries/NAME.rq} or given text, run in a
 * read transaction with the server's timeout and SERVICE disabled, values bound by substitution (never pasted into
 * the text). The scikg prefixes are predeclared, as for {@link QueryService}.
 */
final class StoreReads {
    private final ServerSettings settings;

    StoreReads(ServerSettings settings) {
        this.settings = settings;
    }

    /** The text of a bundled query. */
    static String bundled(String name) {
        return Html.resource("/server/queries/" + name + ".rq");
    }

    /**
     * Runs a SELECT and returns all its rows, copied.
     *
     * @throws org.scikg.query.QueryException on a syntax error
     * @throws org.apache.jena.query.QueryCancelledException when it runs out of time
     */
    List<QuerySolution> select(String text, Map<String, ? extends RDFNode> bindings) {
        return select(QueryService.parse(text), bindings);
    }

    /** Runs a parsed SELECT and returns all its rows, copied. */
    List<QuerySolution> select(Query q, Map<String, ? extends RDFNode> bindings) {
        return Txn.calculateRead(settings.dataset(), () -> {
            try (QueryExecution qe = execution(q, bindings)) {
                ResultSet rs = qe.execSelect();
                List<QuerySolution> out = new ArrayList<>();
                while (rs.hasNext()) {
                    // Copied inside the transaction: TDB2 rows resolve their values lazily.
                    QuerySolution row = rs.next();
                    QuerySolutionMap copy = new QuerySolutionMap();
                    row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                    out.add(copy);
                }
                return out;
            }
        });
    }

    /** Runs a CONSTRUCT or DESCRIBE and returns its model. */
    Model graph(String text, Map<String, ? extends RDFNode> bindings) {
        return graph(QueryService.parse(text), bindings);
    }

    /** Runs a parsed CONSTRUCT or DESCRIBE and returns its model. */
    Model graph(Query q, Map<String, ? extends RDFNode> bindings) {
        return Txn.calculateRead(settings.dataset(), () -> {
            try (QueryExecution qe = execution(q, bindings)) {
                return q.isDescribeType() ? qe.execDescribe() : qe.execConstruct();
            }
        });
    }

    /** Runs an ASK. */
    boolean ask(String text, Map<String, ? extends RDFNode> bindings) {
        Query q = QueryService.parse(text);
        return Txn.calculateRead(settings.dataset(), () -> {
            try (QueryExecution qe = execution(q, bindings)) {
                return qe.execAsk();
            }
        });
    }

    private QueryExecution execution(Query q, Map<String, ? extends RDFNode> bindings) {
        QueryExecutionDatasetBuilder b = QueryExecution.dataset(settings.dataset()).query(q)
                .set(ARQ.httpServiceAllowed, false)
                .timeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        bindings.forEach(b::substitution);
        return b.build();
    }
}
