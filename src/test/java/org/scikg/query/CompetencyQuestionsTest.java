package org.scikg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.scikg.TestSupport;
import org.scikg.extract.Names;

/**
 * The competency questions of ../shared/gold/competency-questions.md, each asked through a named query of
 * the graph built from data/, with the answers that document gives (names compared as the scorer does:
 * case, hyphens and spaces aside).
 */
class CompetencyQuestionsTest {
    private static List<Map<String, String>> ask(String name, String... params) {
        NamedQuery q = NamedQuery.byName(name).orElseThrow();
        Map<String, String> b = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) b.put(params[i], params[i + 1]);
        return new QueryService(TestSupport.seeds().graph().dataset(), Duration.ofSeconds(30)).rows(q.text(), b);
    }

    /** The match keys of every label (canonical and alternative) of the entities named in a column. */
    private static Set<String> column(List<Map<String, String>> rows, String var) {
        Set<String> out = new java.util.HashSet<>();
        for (Map<String, String> r : rows) {
            String name = r.get(var);
            if (name == null) continue;
            out.add(Names.key(name));
            String q = "SELECT ?l WHERE { ?e skos:prefLabel ?name ; skos:prefLabel|skos:altLabel ?l }";
            new QueryService(TestSupport.seeds().graph().dataset(), Duration.ofSeconds(30))
                    .rows(q, Map.of("name", name)).forEach(row -> out.add(Names.key(row.get("l"))));
        }
        return out;
    }

    private static void assertHas(Set<String> got, String... expected) {
        for (String e : expected) assertTrue(got.contains(Names.key(e)), "missing " + e + " in " + got);
    }

    @Test
    void q01GeminiUltraWasEvaluatedOnMmlu() {
        assertHas(column(ask("evaluated-on", "name", "Gemini Ultra"), "benchmark"), "MMLU");
    }

    @Test
    void q02WhatWasEvaluatedOnAtari() {
        assertHas(column(ask("evaluated-on", "name", "Atari"), "subject"), "BYOL-Explore", "DR3", "offline Q-learning");
    }

    @Test
    void q03PapersIntroducingABenchmarkOrSoftware() {
        List<Map<String, String>> rows = ask("introduces-by-type", "types", "Benchmark Software");
        Map<String, String> typeOf = rows.stream().collect(Collectors.toMap(r -> Names.key(r.get("entity")),
                r -> r.get("type"), (a, b) -> a));
        assertEquals("Benchmark", typeOf.get("loft"));
        for (String s : List.of("learn2learn", "Waymax", "RLDS", "Reverb")) {
            assertEquals("Software", typeOf.get(Names.key(s)), s + " in " + typeOf);
        }
    }

    @Test
    void q04WhatGemma2Uses() {
        assertHas(column(ask("uses", "name", "Gemma 2"), "used"), "group-query attention", "knowledge distillation",
                "interleaving local-global attentions");
    }

    @Test
    void q05VariantsOfGemini() {
        assertHas(column(ask("variants", "name", "Gemini"), "member"), "Gemini Ultra", "Gemini Pro", "Gemini Nano",
                "Gemini 1.5 Pro");
    }

    @Test
    void q06WhatGemini15ProOutperforms() {
        assertHas(column(ask("outperforms", "name", "Gemini 1.5 Pro"), "outperformed"), "Claude 2.1", "GPT-4 Turbo");
    }

    @Test
    void q07ResultsOnImageNet() {
        List<Map<String, String>> rows = ask("results", "name", "ImageNet");
        assertTrue(rows.stream().anyMatch(r -> "BYOL".equals(r.get("subject")) && r.get("value").replace("\\", "").equals("74.3%")),
                rows.toString());
    }

    @Test
    void q08EntitiesByAlternativeLabel() {
        assertHas(column(ask("alias", "name", "Bootstrap Your Own Latent"), "prefLabel"), "BYOL");
        assertHas(column(ask("alias", "name", "Model-Agnostic Meta-Learning"), "prefLabel"), "MAML");
    }

    @Test
    void q09CoMentionedWithMmlu() {
        assertHas(column(ask("co-mentioned", "name", "MMLU"), "entity"), "Gemini", "Gemini Ultra");
    }

    @Test
    void q10EvidenceThatByolExploreWasEvaluatedOnDmHard8() {
        List<Map<String, String>> rows = ask("evidence", "subject", "BYOL-Explore", "predicate", "evaluatedOn",
                "object", "DM-HARD-8");
        assertTrue(rows.stream().anyMatch(r -> r.get("sentence").startsWith("We show that BYOL-Explore is effective in DM-HARD-8")),
                rows.toString());
        for (Map<String, String> r : rows) {
            int b = Integer.parseInt(r.get("startOffset"));
            int e = Integer.parseInt(r.get("endOffset"));
            assertEquals(r.get("sentence").length(), e - b);
        }
    }

    @Test
    void q11AbstractsReadFromSeveralFiles() {
        List<Map<String, String>> rows = ask("duplicates");
        Map<String, Set<String>> places = rows.stream().collect(Collectors.groupingBy(r -> r.get("paper"),
                Collectors.mapping(r -> r.get("file").replaceAll(".*/", "").substring(0, 3) + ":" + r.get("line"),
                        Collectors.toSet())));
        assertTrue(places.containsValue(Set.of("000:1", "001:1", "003:1", "004:1")), places.toString());
        assertTrue(places.containsValue(Set.of("000:3", "001:3", "002:4", "003:3")), places.toString());
        assertTrue(places.containsValue(Set.of("001:2", "002:2")), places.toString());
        assertTrue(places.containsValue(Set.of("001:9", "004:4")), places.toString());
        assertEquals(4, places.size());
    }

    @Test
    void q12MostMentionedEntities() {
        List<Map<String, String>> rows = ask("top-entities");
        assertHas(column(rows.subList(0, Math.min(10, rows.size())), "entity"), "Gemini", "reinforcement learning");
    }
}
