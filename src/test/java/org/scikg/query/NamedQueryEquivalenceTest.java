package org.scikg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.scikg.TestSupport;

/**
 * The shipped named queries find their rows through access paths chosen for speed (a named entity first,
 * derived counts and ranks, stored paper labels, limits); the reference versions in src/test/resources/reference-queries say the same thing
 * in the most direct SPARQL. On the seed store, where no limit cuts anything, both must give the same rows
 * (compared as multisets: the orders differ only among ties) for every way of setting the parameters.
 */
class NamedQueryEquivalenceTest {
    private static QueryService service() {
        return new QueryService(TestSupport.seeds().graph().dataset(), Duration.ofSeconds(60));
    }

    private static String reference(String name) {
        try (InputStream in = NamedQueryEquivalenceTest.class.getResourceAsStream("/reference-queries/" + name + ".rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Map<String, String>, Integer> multiset(List<Map<String, String>> rows) {
        Map<Map<String, String>, Integer> out = new HashMap<>();
        for (Map<String, String> r : rows) out.merge(r, 1, Integer::sum);
        return out;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("evaluated-on", Map.of()),
                Arguments.of("evaluated-on", Map.of("name", "Atari")),
                Arguments.of("evaluated-on", Map.of("name", "gemini ultra")),
                Arguments.of("evaluated-on", Map.of("name", "MMLU")),
                Arguments.of("evaluated-on", Map.of("name", "no such thing")),
                Arguments.of("introduces", Map.of()),
                Arguments.of("introduces-by-type", Map.of()),
                Arguments.of("introduces-by-type", Map.of("types", "")),
                Arguments.of("introduces-by-type", Map.of("types", "model, METHOD")),
                Arguments.of("results", Map.of()),
                Arguments.of("results", Map.of("name", "")),
                Arguments.of("results", Map.of("name", "Atari")),
                Arguments.of("evidence", Map.of()),
                Arguments.of("evidence", Map.of("subject", "", "predicate", "", "object", "")),
                Arguments.of("evidence", Map.of("subject", "", "predicate", "evaluatedOn", "object", "Atari 2600")),
                Arguments.of("evidence", Map.of("subject", "Gemma 2", "predicate", "", "object", "")),
                Arguments.of("evidence", Map.of("subject", "BYOL-Explore", "predicate", "", "object", "")),
                Arguments.of("mention-evidence", Map.of()),
                Arguments.of("mention-evidence", Map.of("name", "Gemini Ultra")),
                Arguments.of("mention-evidence", Map.of("name", "no such thing")),
                Arguments.of("duplicates", Map.of()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void sameRowsAsTheReferenceQuery(String name, Map<String, String> params) {
        List<Map<String, String>> shipped = service().rows(NamedQuery.byName(name).orElseThrow().text(), params);
        List<Map<String, String>> expected = service().rows(reference(name), params);
        if (name.equals("introduces") || name.equals("evaluated-on") && params.isEmpty()) {
            assertTrue(expected.size() < 100, "the seed store should hold fewer rows than the query's limit");
        }
        assertEquals(multiset(expected), multiset(shipped));
    }

    @Test
    void theParameterCasesFindSomething() {
        // the equivalences above would hold trivially if every case came out empty
        for (String[] c : new String[][] {{"evaluated-on", "name", "Atari"}, {"results", "name", ""},
                {"evidence", "subject", "BYOL-Explore"}, {"introduces-by-type", "types", ""}, {"duplicates", null, null}}) {
            Map<String, String> p = new LinkedHashMap<>();
            if (c[1] != null) p.put(c[1], c[2]);
            assertFalse(service().rows(NamedQuery.byName(c[0]).orElseThrow().text(), p).isEmpty(), c[0] + " " + p);
        }
    }

    /**
     * evaluated-on without a name reads the 100 pairs ranked first (skg:supportRank) instead of counting the evidence
     * of every pair and keeping 100; the seed store has fewer pairs, so cuts at smaller limits check that the ranks
     * break ties as the query's ORDER BY did.
     */
    @ParameterizedTest(name = "limit {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 5, 8, 13, 21})
    void theStoredRanksCutTheBestSupportedPairsWhereALimitWould(int limit) {
        String prefixes = "PREFIX skg: <https://w3id.org/scikg/ontology#>\n"
                + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n";
        List<Map<String, String>> counted = service().rows(prefixes + """
                SELECT ?s ?o (COUNT(DISTINCT ?paper) AS ?papers)
                WHERE { ?ev rdf:predicate skg:evaluatedOn ; rdf:subject ?s ; rdf:object ?o ; skg:inPaper ?paper }
                GROUP BY ?s ?o
                ORDER BY DESC(?papers) ?s ?o
                LIMIT\s""" + limit, Map.of());
        List<Map<String, String>> ranked = service().rows(prefixes + """
                SELECT ?s ?o ?papers
                WHERE {
                  ?stmt skg:supportRank ?rank ; rdf:predicate skg:evaluatedOn ; rdf:subject ?s ; rdf:object ?o ;
                        skg:supportCount ?papers .
                  FILTER(?rank <=\s""" + limit + """
                )
                }
                ORDER BY ?rank""", Map.of());
        assertEquals(counted, ranked);
    }

    /** The top entities come from the stored ranks: the same counts as aggregating the mentions, best first. */
    @Test
    void topEntitiesAgreeWithCountingTheMentions() {
        List<Map<String, String>> shipped = service().rows(NamedQuery.byName("top-entities").orElseThrow().text(), Map.of());
        List<Map<String, String>> all = service().rows(reference("top-entities"), Map.of());
        assertEquals(Math.min(100, all.size()), shipped.size());
        Map<String, String> papersOf = new HashMap<>();
        for (Map<String, String> r : all) papersOf.put(r.get("entity") + "|" + r.get("type"), r.get("papers"));
        List<Integer> counts = new ArrayList<>();
        for (Map<String, String> r : shipped) {
            assertEquals(papersOf.get(r.get("entity") + "|" + r.get("type")), r.get("papers"), "count of " + r);
            counts.add(Integer.parseInt(r.get("papers")));
        }
        List<Integer> best = all.stream().map(r -> Integer.parseInt(r.get("papers"))).limit(shipped.size()).toList();
        assertEquals(best, counts);
    }
}
