package org.scikg.server;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.scikg.graph.Prefixes;
import org.scikg.query.QueryException;
import org.scikg.query.QueryService;

/**
 * Fuseki's SPARQL query action with scikg's guards: the scikg prefixes predeclared (as on the command line); a
 * syntax error is a 400 whose message gives line:column in the text as sent; SERVICE is refused (403) and also
 * disabled in the execution context; the server's timeout is a ceiling that a request's {@code timeout=} may only
 * lower; SELECT, CONSTRUCT and DESCRIBE get a LIMIT of at most {@code maxRows} (said in the
 * {@value #ROW_LIMIT_HEADER} response header).
 */
final class SafeQuery extends SPARQL_QueryDataset {
    /** Response header naming the row cap applied to the query, when one was applied. */
    static final String ROW_LIMIT_HEADER = "X-Scikg-Row-Limit";

    private final Duration timeout;
    private final long maxRows;

    SafeQuery(Duration timeout, long maxRows) {
        this.timeout = timeout;
        this.maxRows = maxRows;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString != null && !queryString.isBlank()) {
            try {
                QueryService.parse(queryString);
            } catch (QueryException e) {
                ServletOps.errorBadRequest(e.getMessage());
            }
            // Prologues may repeat a prefix: the user's own declaration comes later and wins.
            queryString = Prefixes.sparql() + queryString;
        }
        super.execute(queryString, action);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (usesService(query)) {
            ServletOps.errorForbidden("SERVICE (federated query) is disabled on this server");
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Query q = capped(query);
        if (q != query) {
            action.setResponseHeader(ROW_LIMIT_HEADER, Long.toString(maxRows));
        }
        return QueryExec.newBuilder().dataset(dataset).query(q).context(action.getContext())
                .set(ARQ.httpServiceAllowed, false)
                .timeout(timeoutMillis(action.getRequestParameter("timeout")), TimeUnit.MILLISECONDS)
                .build();
    }

    /** The query with a LIMIT of at most maxRows, or the query itself when it already has one as low. */
    Query capped(Query query) {
        boolean rows = query.isSelectType() || query.isConstructType() || query.isDescribeType();
        if (!rows || query.hasLimit() && query.getLimit() <= maxRows) {
            return query;
        }
        Query q = query.cloneQuery();
        q.setLimit(maxRows);
        return q;
    }

    /** The server's timeout, or the request's {@code timeout=} (seconds) when it is a shorter positive number. */
    long timeoutMillis(String requested) {
        long max = timeout.toMillis();
        if (requested == null) {
            return max;
        }
        try {
            double seconds = Double.parseDouble(requested.split(",")[0].strip());
            long ms = (long) (seconds * 1000);
            return ms > 0 ? Math.min(ms, max) : max;
        } catch (NumberFormatException e) {
            return max;
        }
    }

    /** True if the query calls SERVICE anywhere: in its pattern, a subquery or an EXISTS filter. */
    static boolean usesService(Query query) {
        if (query.getQueryPattern() == null) {
            return false;
        }
        AtomicBoolean found = new AtomicBoolean();
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                found.set(true);
            }
        }, new ExprVisitorBase());
        return found.get();
    }
}
