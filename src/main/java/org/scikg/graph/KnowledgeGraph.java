package org.scikg.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.scikg.extract.EntityType;

/**
 * The facade over the store: a TDB2 dataset on disk (or one in memory), with transactional writes through a
 * {@link StreamRDF} and the few reads the build needs. All instance data is in the default graph.
 */
public final class KnowledgeGraph implements AutoCloseable {
    /** The store folder used when none is named: {@value}, in the working directory. */
    public static final String DEFAULT_STORE = "scikg-store";

    private final Dataset dataset;
    private final Path location;
    private boolean released;

    private KnowledgeGraph(Dataset dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
    }

    /** Opens (creating if needed) a TDB2 store in a folder. */
    public static KnowledgeGraph open(Path dir) {
        try {
            Files.createDirectories(dir);
            return new KnowledgeGraph(TDB2Factory.connectDataset(dir.toString()), dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw explain(dir, e);
        }
    }

    /** Opens an existing store for reading; a missing one is an error that says how to make it. */
    public static KnowledgeGraph openExisting(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new StoreException("no store at " + dir + ": run 'bin/scikg build INPUT...' first, or name one with --store");
        }
        return open(dir);
    }

    public static KnowledgeGraph inMemory() {
        return new KnowledgeGraph(DatasetFactory.createTxnMem(), null);
    }

    private static StoreException explain(Path dir, RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("lock") || m.contains("in use") || m.contains("another process")) {
            // TDB2 says "Failed to get a lock: file='DIR/tdb.lock': held by process PID"
            java.util.regex.Matcher pid = java.util.regex.Pattern.compile("held by process (\\d+)").matcher(m);
            String who = pid.find() ? "another process (pid " + pid.group(1) + ")" : "another process";
            return new StoreException("the store " + dir + " is in use by " + who + ", such as a scikg build "
                    + "still running: wait for it to finish or stop it, then try again", e);
        }
        return new StoreException("cannot open the store " + dir + ": " + m, e);
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Where the store lives, or null for one in memory. */
    public Path location() {
        return location;
    }

    /**
     * Runs a writer in one write transaction; all its triples commit together or not at all, with the
     * {@link Statistics} counts they change.
     */
    public void write(Consumer<StreamRDF> writer) {
        Txn.executeWrite(dataset, () -> {
            Graph g = dataset.asDatasetGraph().getDefaultGraph();
            Statistics.Touched touched = Statistics.tracking(g);
            writer.accept(touched);
            touched.refresh(g);
        });
    }

    /** Whether the store holds every one of these triples (false for none). */
    public boolean containsAll(java.util.Collection<org.apache.jena.graph.Triple> triples) {
        if (triples.isEmpty()) return false;
        return Txn.calculateRead(dataset, () -> triples.stream().allMatch(dataset.asDatasetGraph().getDefaultGraph()::contains));
    }

    /** The IRIs of every paper stored, so that a rebuild skips them without extraction. */
    public Set<String> paperIris() {
        Set<String> out = new HashSet<>();
        select("SELECT ?p WHERE { ?p a <" + SKG.Paper.getURI() + "> }", q -> out.add(q.getResource("p").getURI()));
        return out;
    }

    public long size() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getDefaultGraph().size());
    }

    /** Number of entities of each type. */
    public Map<EntityType, Long> entityCounts() {
        Map<EntityType, Long> out = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            long[] n = {0};
            select("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a <" + SKG.typeClass(t).getURI() + "> }",
                    q -> n[0] = q.getLiteral("n").getLong());
            out.put(t, n[0]);
        }
        return out;
    }

    public long count(String classIri) {
        long[] n = {0};
        select("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a <" + classIri + "> }", q -> n[0] = q.getLiteral("n").getLong());
        return n[0];
    }

    /** Runs a SELECT in a read transaction, handing each row to the consumer. */
    public void select(String sparql, Consumer<QuerySolution> row) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(sparql).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) row.accept(rs.next());
            }
        });
    }

    /**
     * Rewrites a TDB2 store without the space its earlier transactions left behind (each write transaction
     * adds new index blocks; compaction keeps only the live ones) and deletes the old generation. No-op for
     * a store in memory.
     */
    public void compact() {
        if (location != null) org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /**
     * Closes the store and lets go of it in this JVM, lock included, so that another process may open it
     * while this one goes on (the benchmark runs the command line against a store it has just built).
     */
    public void release() {
        close();
        if (location != null && !released) org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
        released = true;
    }

    @Override
    public void close() {
        if (released) return;
        // A TDB2 store stays cached in the JVM (its lock is released when the process ends), so that other
        // handles on the same folder in this process keep working.
        dataset.close();
    }
}
