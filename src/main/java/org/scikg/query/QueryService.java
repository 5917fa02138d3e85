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
            // The parser's message names the offending token's position; getLine/getColumn may name the token before it.
            int line = e.getLine();
            int column = e.getColumn();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (-?\\d+), column (-?\\d+)").matcher(e.getMessage());
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
                column = Integer.parseInt(m.group(2));
            }
            line -= shift;
            String first = e.getMessage().lines().findFirst().orElse("").replaceAll("\\s*at line -?\\d+, column -?\\d+\\.?", "");
            throw new QueryException("query syntax error at " + line + ":" + column + ": " + first.strip(), e);
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

    /**
     * Runs a SELECT and returns its rows, each a map from variable name to the lexical form of its value
     * (an IRI's text for IRIs); unbound variables are absent from the row.
     */
    public java.util.List<Map<String, String>> rows(String text, Map<String, String> bindings) {
        Query q = parse(text);
        if (!q.isSelectType()) throw new QueryException("not a SELECT query");
        return Txn.calculateRead(dataset, () -> {
            java.util.List<Map<String, String>> out = new java.util.ArrayList<>();
            try (QueryExecution qe = execution(q, bindings)) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    var sol = rs.next();
                    Map<String, String> row = new java.util.LinkedHashMap<>();
                    sol.varNames().forEachRemaining(v -> {
                        var n = sol.get(v);
                        row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    });
                    out.add(row);
                }
            } catch (QueryCancelledException e) {
                throw new QueryException("query stopped after the time limit of " + timeout.toMillis() + " ms", e);
            }
            return out;
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
