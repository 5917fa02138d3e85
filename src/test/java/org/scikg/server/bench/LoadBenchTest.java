package org.scikg.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scikg.TestSupport;
import org.scikg.query.NamedQuery;
import org.scikg.server.ScikgServer;
import org.scikg.server.ServerException;

class LoadBenchTest {
    @Test
    void percentilesAreNearestRank() {
        double[] ms = new double[100];
        for (int i = 0; i < 100; i++) {
            ms[i] = 100 - i;
        }
        LoadBench.Stats s = LoadBench.statsOfMillis(ms);
        assertEquals(50.0, s.p50(), 1e-9);
        assertEquals(99.0, s.p99(), 1e-9);
        assertEquals(100.0, s.max(), 1e-9);
        assertEquals(0, LoadBench.statsOfMillis().requests());
    }

    @Test
    void onlyThisMachineIsLoaded() {
        List<NamedQuery> qs = NamedQuery.all();
        ServerException e = assertThrows(ServerException.class,
                () -> new LoadBench(URI.create("http://192.0.2.1:3030/scikg/sparql"), qs, Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("only runs against this machine"), e.getMessage());
    }

    @Test
    void aShortRunCountsRequestsAndNoErrors() throws Exception {
        try (ScikgServer s = ScikgServer.builder().dataset(TestSupport.seeds().graph().dataset()).port(0).build()
                .start()) {
            List<NamedQuery> qs = List.of(NamedQuery.byName("top-entities").orElseThrow(),
                    NamedQuery.byName("evaluated-on").orElseThrow());
            LoadBench.Report r = new LoadBench(s.sparqlUrl(), qs, Duration.ofSeconds(30)).run(2, Duration.ofSeconds(2));
            assertTrue(r.all().requests() > 10, LoadBench.format(r));
            assertEquals(0, r.all().errors(), LoadBench.format(r));
            assertTrue(r.all().p50() > 0 && r.all().p99() >= r.all().p50());
            assertEquals(2, r.perQuery().size());
            assertTrue(LoadBench.format(r).contains("requests/s"));
        }
    }
}
