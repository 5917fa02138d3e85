package org.scikg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scikg.TestSupport;

/**
 * Extraction quality on the seed gold, measured as {@code scikg eval} measures it, and the agreement of
 * that measurement with the reference scorer (../shared/gold/score.py, run with python3).
 */
class EvalAgreementTest {
    private static final Path GOLD = Path.of("..", "shared", "gold", "seeds.gold.jsonl");
    private static final Path SCORER = Path.of("..", "shared", "gold", "score.py");
    private static List<JsonNode> gold;
    private static List<JsonNode> predictions;

    @BeforeAll
    static void extract() {
        assumeTrue(Files.exists(GOLD), "no seed gold at " + GOLD.toAbsolutePath() + ": ../shared is not beside the repository");
        gold = GoldFile.read(GOLD);
        predictions = new ArrayList<>();
        for (JsonNode g : gold) {
            predictions.add(GoldFormat.toJson(g.get("id").asText(), TestSupport.extractor().extract(g.get("text").asText())));
        }
    }

    @Test
    void agreesWithTheReferenceScorerToTheThirdDecimal(@TempDir Path tmp) throws Exception {
        Path pred = tmp.resolve("pred.jsonl");
        ObjectMapper m = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (JsonNode p : predictions) lines.add(m.writeValueAsString(p));
        Files.write(pred, lines, StandardCharsets.UTF_8);
        Process proc = new ProcessBuilder("python3", SCORER.toString(), GOLD.toString(), pred.toString(), "--json")
                .redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, proc.waitFor(), out);
        JsonNode ref = m.readTree(out);
        Scorer.Report ours = Scorer.score(gold, GoldFile.read(pred));
        for (Map.Entry<String, Scorer.Prf> e : ours.scores().entrySet()) {
            JsonNode r = ref.get(e.getKey());
            for (String f : List.of("p", "r", "f1")) {
                double mine = switch (f) {
                    case "p" -> e.getValue().p();
                    case "r" -> e.getValue().r();
                    default -> e.getValue().f1();
                };
                assertEquals(r.get(f).asDouble(), mine, 0.0005, e.getKey() + " " + f);
            }
            assertEquals(r.get("tp").asLong(), e.getValue().tp(), e.getKey());
            assertEquals(r.get("pred").asLong(), e.getValue().pred(), e.getKey());
            assertEquals(r.get("gold").asLong(), e.getValue().gold(), e.getKey());
        }
        assertEquals(ref.get("records").asInt(), ours.records());
    }

    @Test
    void seedQualityTargets() {
        Scorer.Report r = Scorer.score(gold, predictions);
        // The seed targets of the extraction-quality issue.
        assertTrue(r.scores().get("headline_typed").f1() >= 0.90, () -> Scorer.table(r));
        assertTrue(r.scores().get("introduces").f1() >= 0.90, () -> Scorer.table(r));
        assertTrue(r.scores().get("relations").f1() >= 0.70, () -> Scorer.table(r));
        assertTrue(r.scores().get("results").f1() >= 0.60, () -> Scorer.table(r));
    }
}
