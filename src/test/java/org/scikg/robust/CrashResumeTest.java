package org.scikg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.scikg.TestSupport;
import org.scikg.build.BuildSummary;
import org.scikg.corpus.Problem;
import org.scikg.graph.KnowledgeGraph;
import org.scikg.graph.Prefixes;

/**
 * A build killed with SIGKILL (a crash, the OOM killer, a power cut) leaves a store that opens and holds
 * whole batches only; the same build run again ends with the graph an uninterrupted build makes. Real
 * child processes on the seed corpus (48 records, 40 papers) with batches of 2, each resuming the last and
 * killed a little later than the one before (1 s after it opens the store, then 1.5 or 2 times longer each
 * time, 2 when the run before stored nothing); the final run is in this JVM, with the shared extractor, and
 * is compared with the seed store built in one go.
 */
class CrashResumeTest {
    private static final int KILLS = 3;
    private static final int PAPERS = 40;
    private static final Duration MODEL_LOADING = Duration.ofSeconds(120);

    @Test
    void aBuildKilledAtSeveralPointsAndRunAgainEndsWithTheGraphOfAnUninterruptedBuild() throws Exception {
        Path store = Stores.newDir("killed").resolve("store");
        String[] build = {"build", "--store", store.toString(), "--batch", "2", "--threads", "1", "data"};
        List<String> kills = new ArrayList<>();
        int midBuild = 0;
        long stored = 0;
        double wait = 1.0;
        for (int k = 0; k < KILLS && stored < PAPERS; k++) {
            boolean killed;
            try (ScikgProcess run = ScikgProcess.scikg(build)) {
                assertTrue(run.awaitErr("store: ", MODEL_LOADING), run::err);
                Thread.sleep((long) (wait * 1000));
                killed = run.isAlive();
                if (killed) {
                    run.kill();
                } else {
                    assertEquals(0, run.waitFor(Duration.ofSeconds(10)), run::err);
                }
            }
            long now = Stores.withStore(store, CrashResumeTest::checkWholeBatches);
            assertTrue(now >= stored, "a run lost papers: " + now + " after " + kills);
            kills.add(String.format("%s %.1f s after the store opened: %d papers stored", killed ? "killed" : "ended", wait, now));
            if (killed && now < PAPERS) midBuild++;
            // later after a run that stored nothing yet (a slow machine), a little later otherwise
            wait *= now == stored ? 2 : 1.5;
            stored = now;
        }
        System.out.println("CrashResumeTest: " + kills);
        assertTrue(midBuild >= 2, "fewer than two kills came while the build ran: " + kills);

        long before = stored;
        List<Problem> problems = new ArrayList<>();
        Model resumed = Stores.withStore(store, kg -> {
            BuildSummary s = TestSupport.build(kg, List.of("data"), problems);
            assertEquals(48, s.records());
            assertEquals(before, s.unchanged());
            assertEquals(PAPERS - before, s.extracted());
            return Stores.copy(kg);
        });
        assertEquals(List.of(), problems);
        Model uninterrupted = Stores.copy(TestSupport.seeds().graph());
        assertTrue(resumed.isIsomorphicWith(uninterrupted), () -> Stores.difference(uninterrupted, resumed));
    }

    /** The store answers queries, and each paper in it came with its source and its extraction. */
    private static long checkWholeBatches(KnowledgeGraph kg) {
        String p = Prefixes.sparql();
        assertFalse(ask(kg, p + "ASK { ?p a skg:Paper FILTER NOT EXISTS { ?p prov:wasDerivedFrom ?s ; dcterms:abstract ?a } }"),
                "a paper without its source or abstract");
        assertFalse(ask(kg, p + "ASK { ?m skg:inPaper ?p FILTER NOT EXISTS { ?p a skg:Paper } }"),
                "a mention or evidence node of a paper that is not stored");
        return Stores.papers(kg);
    }

    private static boolean ask(KnowledgeGraph kg, String query) {
        return Txn.calculateRead(kg.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(kg.dataset()).query(query).build()) {
                return qe.execAsk();
            }
        });
    }
}
