package org.scikg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scikg.extract.Entity;
import org.scikg.extract.EntityType;
import org.scikg.extract.Extraction;
import org.scikg.extract.Vocabulary;
import org.scikg.link.Iris;
import org.scikg.link.LinkPlanner;
import org.scikg.link.LinkStep;
import org.scikg.link.LinkedEntity;
import org.scikg.link.Linker;

/**
 * The aggregation against the sequential {@link Linker}: the same papers, linked in input order by the Linker and
 * all at once by Spark, on one and on several partitions, must give every call the same answer.
 */
@Tag("spark")
class LinkAggregationTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private static Vocabulary vocabulary;

    @BeforeAll
    static void vocabulary(@TempDir Path dir) throws Exception {
        // Made-up names, so that the bundled vocabulary does not answer for them.
        Path f = dir.resolve("test-vocabulary.ttl");
        Files.writeString(f, """
                @prefix skg: <https://w3id.org/scikg/ontology#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://example.org/t/glorpnet> a skg:Model ; skos:prefLabel "GlorpNet" ; skos:altLabel "GN", "Glorp Network" .
                <https://example.org/t/zibble> a skg:Benchmark ; skos:prefLabel "Zibble" ; skos:altLabel "Zibble Suite" .
                <https://example.org/t/quorx> a skg:Model ; skos:prefLabel "Quorx" ; skg:variantOf <https://example.org/t/glorpnet> .
                """);
        vocabulary = Vocabulary.load(List.of(f));
    }

    private static Entity entity(String name, EntityType type, List<String> aliases, List<String> families) {
        return new Entity(name, type, aliases, families, false);
    }

    private static Entity entity(String name, String... aliases) {
        return entity(name, EntityType.METHOD, List.of(aliases), List.of());
    }

    private static Entity member(String name, String... families) {
        return entity(name, EntityType.MODEL, List.of(), List.of(families));
    }

    private static Extraction paper(Entity... entities) {
        return new Extraction("", List.of(), List.of(entities), List.of(), List.of(), List.of(), List.of());
    }

    /** Every call's answer, in order, from the Linker taking the papers in input order. */
    private static List<LinkedEntity> sequential(List<Extraction> papers) {
        Linker linker = new Linker(IRIS, vocabulary);
        List<LinkedEntity> out = new ArrayList<>();
        for (Extraction x : papers) {
            for (Entity e : x.entities()) {
                out.add(linker.link(e));
                for (String f : e.families()) out.add(linker.family(f));
            }
        }
        return out;
    }

    /** Every call's answer, in the same order, from the aggregation over {@code partitions} partitions. */
    private static List<LinkedEntity> aggregated(List<Extraction> papers, int partitions) {
        LinkPlanner planner = new LinkPlanner(IRIS, vocabulary);
        List<LinkStep> steps = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) steps.addAll(planner.steps(i, papers.get(i)));
        Map<Long, LinkedEntity> answers = LinkAggregation.answers(
                SparkTestSupport.context().parallelize(steps, partitions), partitions).collectAsMap();
        List<LinkedEntity> out = new ArrayList<>();
        for (LinkStep s : steps) out.add(answers.get(s.order()));
        return out;
    }

    private static void assertSameAnswers(List<Extraction> papers) {
        List<LinkedEntity> expected = sequential(papers);
        for (int partitions : new int[] {1, 3}) {
            assertEquals(expected, aggregated(papers, partitions), partitions + " partitions");
        }
    }

    @Test
    void anAliasSeenBeforeItsLongFormNamesTheEntity() {
        List<Extraction> papers = List.of(
                paper(entity("QFA")),
                paper(entity("Quantum Fold Attention", "QFA")),
                paper(entity("Quantum Fold Attention")));
        List<LinkedEntity> answers = sequential(papers);
        assertEquals("QFA", answers.get(2).name(), "the long form alone reaches the acronym through the paper that joined them");
        assertSameAnswers(papers);
    }

    @Test
    void spellingsThatDifferInCaseAndHyphensAreOneEntityNamedByTheFirst() {
        List<Extraction> papers = List.of(
                paper(entity("Zq-Hard-9")),
                paper(entity("zq hard 9")),
                paper(entity("ZQ-HARD-9")));
        List<LinkedEntity> answers = sequential(papers);
        assertEquals(List.of("Zq-Hard-9", "Zq-Hard-9", "Zq-Hard-9"), answers.stream().map(LinkedEntity::name).toList());
        assertSameAnswers(papers);
    }

    @Test
    void aFamilyNameAModelClaimedFirstIsThatModel() {
        List<Extraction> papers = List.of(
                paper(entity("Frobnik", EntityType.SOFTWARE, List.of(), List.of())),
                paper(member("Frobnik 2", "Frobnik")),
                paper(member("Frobnik 3", "Frobnik")));
        List<LinkedEntity> answers = sequential(papers);
        assertEquals(EntityType.SOFTWARE, answers.get(2).type(), "the family is the entity that claimed its name");
        assertSameAnswers(papers);
    }

    @Test
    void aFamilyFoundByNameClaimsNoneOfItsVocabularyLabels() {
        // "GN Benchmark" claims the key "gn" too (its name without the generic head); the family GN then finds
        // it and claims nothing, so "GlorpNet" later is a new entity. Had the family claimed the vocabulary's
        // labels of GN (GlorpNet among them), GlorpNet would be the benchmark.
        List<Extraction> papers = List.of(
                paper(entity("GN Benchmark", EntityType.BENCHMARK, List.of(), List.of())),
                paper(member("Quorx", "GN")),
                paper(entity("GlorpNet")));
        List<LinkedEntity> answers = sequential(papers);
        assertEquals(answers.get(0), answers.get(2), "the family GN is the benchmark");
        assertNotEquals(answers.get(0), answers.get(3));
        assertEquals("GlorpNet", answers.get(3).name());
        assertSameAnswers(papers);
    }

    @Test
    void aNewFamilyClaimsItsVocabularyLabels() {
        List<Extraction> papers = List.of(
                paper(member("Quorx", "GN")),
                paper(entity("Glorp Network")),
                paper(entity("glorpnets")));
        List<LinkedEntity> answers = sequential(papers);
        assertEquals(List.of("GlorpNet", "GlorpNet", "GlorpNet"), answers.subList(1, 4).stream().map(LinkedEntity::name).toList());
        assertSameAnswers(papers);
    }

    @Test
    void callsWithinOnePaperSeeEachOthersClaims() {
        List<Extraction> papers = List.of(
                paper(entity("Zibble Suite"), entity("zibble"), member("Zibble-7", "Zibble")),
                paper(entity("ZIBBLE")));
        assertSameAnswers(papers);
    }

    @Test
    void randomCorporaGetTheSequentialAnswers() {
        String[] names = {"GN", "GlorpNet", "Glorp Network", "glorpnets", "Zibble", "zibble suite", "QFA",
            "Quantum Fold Attention", "Frobnik", "frobnik-2", "Frobnik 2", "Quorx", "Zq-Hard-9", "zq hard 9", "X",
            "Procgen Benchmark", "Procgen", "MMLU", "BYOL", "Bootstrap Your Own Latent"};
        EntityType[] types = EntityType.values();
        for (long seed = 1; seed <= 4; seed++) {
            Random r = new Random(seed);
            List<Extraction> papers = new ArrayList<>();
            for (int p = 0; p < 40; p++) {
                List<Entity> entities = new ArrayList<>();
                for (int e = r.nextInt(5); e > 0; e--) {
                    String name = names[r.nextInt(names.length)];
                    if (entities.stream().anyMatch(x -> x.name().equals(name))) continue;
                    List<String> aliases = r.nextInt(3) == 0 ? List.of(names[r.nextInt(names.length)]) : List.of();
                    List<String> families = r.nextInt(4) == 0 ? List.of(names[r.nextInt(names.length)]) : List.of();
                    entities.add(entity(name, types[r.nextInt(types.length)], aliases, families));
                }
                papers.add(paper(entities.toArray(Entity[]::new)));
            }
            List<LinkedEntity> expected = sequential(papers);
            assertEquals(expected, aggregated(papers, 5), "seed " + seed);
        }
    }
}
