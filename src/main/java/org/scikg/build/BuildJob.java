package org.scikg.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.scikg.ScikgException;
import org.scikg.corpus.CorpusReader;
import org.scikg.corpus.Paper;
import org.scikg.corpus.Problem;
import org.scikg.extract.EntityType;
import org.scikg.extract.Extraction;
import org.scikg.extract.Extractor;
import org.scikg.extract.Vocabulary;
import org.scikg.graph.KnowledgeGraph;
import org.scikg.graph.TripleWriter;
import org.scikg.link.Iris;
import org.scikg.link.LinkedEntity;
import org.scikg.link.Linker;

/**
 * Builds (or adds to) a knowledge graph: records stream from the corpus reader, papers already stored or
 * seen earlier in the run only gain a source occurrence, new ones are extracted on worker threads, and the
 * results are linked and written in input order, in batched transactions. A crash loses at most the batch
 * in flight; running the same build again completes it. {@link #stop()} ends a build cleanly from another
 * thread (the command line's Ctrl-C handler).
 */
public final class BuildJob {
    private final BuildConfig config;
    private final Extractor extractor;
    private final KnowledgeGraph graph;
    private final BuildListener listener;
    private final Iris iris;
    private final Linker linker;

    private final List<Item> batch = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private Set<String> stored;
    private long records, duplicates, extracted, unchanged, failed, warnings;
    /** Guards commits against {@link #stop()}: a commit in progress completes, none starts after it. */
    private final Object commits = new Object();
    private boolean stopped;
    private long papersStored;

    /** One record on its way to the store; {@code extraction} is null for an occurrence of a known paper. */
    private record Item(Paper paper, String iri, Extraction extraction) {
    }

    /** @param extractor used from several threads at once: it must be thread-safe */
    public BuildJob(BuildConfig config, Extractor extractor, Vocabulary vocabulary, KnowledgeGraph graph,
                    BuildListener listener) {
        this.config = config;
        this.extractor = extractor;
        this.graph = graph;
        this.listener = listener;
        this.iris = new Iris(config.base());
        this.linker = new Linker(iris, vocabulary);
    }

    public BuildSummary run() {
        long start = System.nanoTime();
        if (org.scikg.graph.Statistics.lacksDerivedData(graph.dataset())) {
            // what this build adds is counted incrementally, on top of what the store holds
            listener.recomputingDerivedData();
            org.scikg.graph.Statistics.refreshAll(graph.dataset());
        }
        stored = graph.paperIris();
        synchronized (commits) {
            papersStored = stored.size();
        }
        loadEntities();
        listener.started(CorpusReader.totalBytes(config.inputs()));
        CorpusReader reader = CorpusReader.builder().format(config.format()).problems(this::problem).build();
        try (InOrder<Item, Extraction> pool = new InOrder<>(config.threads(), config.timeLimit().toMillis(), this::done)) {
            reader.read(config.inputs(), p -> accept(p, pool));
            pool.finish();
        }
        flush();
        // ranked at every build's end, not only when papers were added: a build killed after its last batch was
        // stored but before this step left the ranks behind, and the run that completes it adds no paper
        org.scikg.graph.Statistics.refreshRanks(graph.dataset());
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BuildSummary(records, seen.size(), duplicates, extracted, unchanged, failed,
                graph.entityCounts(), graph.size(), warnings, seconds);
    }

    /**
     * Stops the build, from any thread: waits for a commit in progress to end and lets no other start, so
     * the store holds whole batches only; the batch in flight is not stored, and running the same build
     * again completes it. {@link #run()} then fails at its next commit.
     *
     * @return the number of papers in the store
     */
    public long stop() {
        synchronized (commits) {
            stopped = true;
            return papersStored;
        }
    }

    private void problem(Problem p) {
        warnings++;
        listener.report(p);
    }

    private void accept(Paper p, InOrder<Item, Extraction> pool) {
        records++;
        String iri = iris.paper(p.id(), p.text());
        Item item = new Item(p, iri, null);
        if (!seen.add(iri)) {
            duplicates++;
            pool.submit(item, () -> null);
        } else if (stored.contains(iri)) {
            unchanged++;
            pool.submit(item, () -> null);
        } else {
            pool.submit(item, () -> extractor.extract(p.text()));
        }
    }

    /** Called in input order with each record's extraction (null for one that needs none). */
    private void done(Item item, InOrder.Outcome<Extraction> outcome) {
        if (outcome.error() != null) {
            failed++;
            seen.remove(item.iri());
            String why = outcome.error() instanceof TimeoutException
                    ? "extraction took longer than " + config.timeLimit().toSeconds() + " s; abstract skipped"
                    : "extraction failed (" + outcome.error() + "); abstract skipped";
            problem(new Problem(item.paper().source(), "extraction-failed", why));
            return;
        }
        Extraction x = outcome.value();
        int length = item.paper().text().length();
        if (x != null && x.text().length() < length) {
            problem(new Problem(item.paper().source(), "abstract-truncated", "abstract is " + length
                    + " characters long; only the first " + x.text().length() + " were read for entities "
                    + "(the whole text is stored)"));
        }
        batch.add(new Item(item.paper(), item.iri(), x));
        listener.progress(records, extracted);
        if (batch.size() >= config.batchSize()) flush();
    }

    private void flush() {
        if (batch.isEmpty()) return;
        List<Item> items = List.copyOf(batch);
        batch.clear();
        synchronized (commits) {
            if (stopped) throw new ScikgException("the build was stopped; " + papersStored + " papers are stored");
            write(items);
            papersStored = stored.size();
        }
    }

    private void write(List<Item> items) {
        if (items.stream().allMatch(i -> i.extraction() == null)) {
            // only occurrences of stored papers: when the store has them all (a rebuild of an unchanged
            // corpus) there is nothing to write, and no write transaction is opened
            List<org.apache.jena.graph.Triple> wanted = new ArrayList<>();
            TripleWriter w = new TripleWriter(iris, new org.apache.jena.riot.system.StreamRDFBase() {
                @Override
                public void triple(org.apache.jena.graph.Triple t) {
                    wanted.add(t);
                }
            });
            for (Item item : items) {
                if (stored.contains(item.iri())) w.occurrence(item.iri(), item.paper().source());
            }
            if (graph.containsAll(wanted)) return;
        }
        graph.write(sink -> {
            TripleWriter w = new TripleWriter(iris, sink);
            for (Item item : items) {
                if (item.extraction() != null) {
                    w.paper(item.iri(), item.paper());
                    w.extraction(item.iri(), item.extraction(), linker);
                    stored.add(item.iri());
                    extracted++;
                }
                if (stored.contains(item.iri())) w.occurrence(item.iri(), item.paper().source());
            }
        });
    }

    /** Registers the store's entities with the linker, so new papers link to them. */
    private void loadEntities() {
        Map<String, List<String>> keys = new HashMap<>();
        Map<String, LinkedEntity> entities = new LinkedHashMap<>();
        graph.select("PREFIX skg: <https://w3id.org/scikg/ontology#> "
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT ?e ?name ?type ?key WHERE { ?e skos:prefLabel ?name ; a ?type ; skg:matchKey ?key }", q -> {
                    String iri = q.getResource("e").getURI();
                    EntityType.byLabel(q.getResource("type").getLocalName()).ifPresent(t -> {
                        entities.putIfAbsent(iri, new LinkedEntity(iri, q.getLiteral("name").getString(), t));
                        keys.computeIfAbsent(iri, k -> new ArrayList<>()).add(q.getLiteral("key").getString());
                    });
                });
        entities.forEach((iri, e) -> linker.known(e, keys.get(iri)));
    }
}
