package org.scikg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scikg.build.InOrder;
import org.scikg.eval.GoldFile;
import org.scikg.eval.GoldFormat;
import org.scikg.eval.Scorer;
import org.scikg.extract.CoreNlpExtractor;
import org.scikg.extract.Extraction;
import org.scikg.extract.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measures extraction against a gold file (JSON Lines, the format of ../shared/gold/GUIDELINES.md): "
                + "runs extraction over the gold texts and prints the reference scorer's figures, then each record's "
                + "errors (missed, extra, wrong type, missed and extra relations and introductions).",
                "The figures agree with ../shared/gold/score.py. Use --vocabulary to measure your own vocabulary."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "The gold file.")
    Path gold;

    @Option(names = "--pred", paramLabel = "FILE", description = "Score this predictions file instead of extracting.")
    Path pred;

    @Option(names = "--write-pred", paramLabel = "FILE", description = "Also write the predictions made to FILE.")
    Path writePred;

    @Option(names = "--json", description = "Print the figures (and errors) as JSON.")
    boolean json;

    @Option(names = "--no-errors", description = "Print only the figures.")
    boolean noErrors;

    @Option(names = "--vocabulary", paramLabel = "FILE", description = "An RDF file of extra known entities. Repeatable.")
    List<Path> vocabularies = List.of();

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<JsonNode> goldRecords = GoldFile.read(gold);
        List<JsonNode> predictions = pred != null ? GoldFile.read(pred) : extract(goldRecords);
        Scorer.Report report = Scorer.score(goldRecords, predictions);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(asJson(report));
        } else {
            out.print(Scorer.table(report));
            if (!noErrors && !report.findings().isEmpty()) {
                out.println();
                for (Scorer.Finding f : report.findings()) {
                    out.println(f.record() + "\t" + f.kind() + "\t" + f.what() + (f.detail().isEmpty() ? "" : "\t" + f.detail()));
                }
            }
        }
        out.flush();
        return Main.OK;
    }

    private List<JsonNode> extract(List<JsonNode> goldRecords) throws IOException {
        CoreNlpExtractor extractor = CoreNlpExtractor.builder().vocabulary(Vocabulary.load(vocabularies)).build();
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (InOrder<JsonNode, Extraction> pool = new InOrder<>(threads, (g, outcome) -> {
            if (outcome.error() != null) throw new org.scikg.ScikgException("extraction failed: " + outcome.error());
            String id = g.hasNonNull("id") ? g.get("id").asText() : null;
            out.add(GoldFormat.toJson(id, outcome.value()));
        })) {
            for (JsonNode g : goldRecords) {
                String text = g.path("text").asText();
                pool.submit(g, () -> extractor.extract(text));
            }
            pool.finish();
        }
        if (writePred != null) {
            List<String> lines = new ArrayList<>();
            for (JsonNode n : out) lines.add(mapper.writeValueAsString(n));
            Files.write(writePred, lines, StandardCharsets.UTF_8);
        }
        return out;
    }

    private static String asJson(Scorer.Report r) throws IOException {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        r.scores().forEach((k, v) -> root.putObject(k).put("p", v.p()).put("r", v.r()).put("f1", v.f1())
                .put("tp", v.tp()).put("pred", v.pred()).put("gold", v.gold()));
        root.put("records", r.records());
        root.put("records_without_prediction", r.withoutPrediction());
        var errs = root.putArray("errors");
        for (Scorer.Finding f : r.findings()) {
            errs.addObject().put("record", f.record()).put("kind", f.kind()).put("what", f.what()).put("detail", f.detail());
        }
        return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
