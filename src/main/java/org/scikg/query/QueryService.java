package org.scikg.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.system.Txn;
import org.scikg.graph.Prefixes;
import org.scikg.graph.RdfSyntax;

/**
 * Runs SPARQL over a dataset in a read transaction, with a timeout, writing results in the chosen format.
 * The scikg prefixes are declared for every query, so queries may use {@code skg:} and friends freely.
 */
public final class QueryService {
    private final Dataset dataset;
    private final Duration timeout;

    public QueryService(Dataset dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    /** Parses a query; a syntax error is a {@link QueryException} whose message gives line:column. */
    public static Query parse(String text) {
        String prefixes = Prefixes.sparql();
        int shift = (int) prefixes.chars().filter(c -> c == '\n').count();
        try {
            return QueryFactory.create(prefixes + text);
        } catch (QueryParseException e) {
            int line = e.getLine() - shift;
            String msg = e.getMessage().replaceAll("(?s)^Encountered", "encountered")
                    .replaceAll("line -?\\d+, column -?\\d+", "line " + line + ", column " + e.getColumn());
            throw new QueryException("query syntax error at " + line + ":" + e.getColumn() + ": "
                    + msg.lines().findFirst().orElse(msg), e);
        }
    }

    /**
     * Runs a query and writes its results: SELECT/ASK in {@code rows}, CONSTRUCT/DESCRIBE in {@code graph}.
     *
     * @param bindings variables to bind to string literals before running (named-query parameters)
     * @return the number of rows or triples written (1 or 0 for ASK)
     */
    public long run(String text, Map<String, String> bindings, ResultFormat rows, RdfSyntax graph, OutputStream out) {
        Query q = parse(text);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = execution(q, bindings)) {
                if (q.isSelectType()) {
                    var rs = org.apache.jena.query.ResultSetFactory.copyResults(qe.execSelect());
                    ResultSetFormatter.output(out, rs, rows.lang());
                    return (long) rs.size();
                }
                if (q.isAskType()) {
                    boolean b = qe.execAsk();
                    ResultSetFormatter.output(out, b, rows.lang());
                    return b ? 1L : 0L;
                }
                Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                m.setNsPrefixes(Prefixes.mapping());
                RDFDataMgr.write(out, m, graph.lang());
                return m.size();
            } catch (QueryCancelledException e) {
                throw new QueryException("query stopped after the time limit of " + timeout.toMillis() + " ms", e);
            }
        });
    }

    private QueryExecution execution(Query q, Map<String, String> bindings) {
        QueryExecutionDatasetBuilder b = QueryExecution.dataset(dataset).query(q)
                .timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        for (Map.Entry<String, String> e : bindings.entrySet()) {
            b = b.substitution(e.getKey(), ResourceFactory.createStringLiteral(e.getValue()));
        }
        return b.build();
    }
}
