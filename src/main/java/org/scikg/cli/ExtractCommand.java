package org.scikg.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.scikg.ScikgException;
import org.scikg.build.InOrder;
import org.scikg.corpus.CorpusReader;
import org.scikg.corpus.InputFormat;
import org.scikg.corpus.Paper;
import org.scikg.corpus.Problem;
import org.scikg.eval.GoldFormat;
import org.scikg.extract.CoreNlpExtractor;
import org.scikg.extract.Extraction;
import org.scikg.extract.Names;
import org.scikg.extract.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts entities, introductions, relations and results from abstracts and prints one JSON "
                + "line per distinct abstract, in the gold format of the guidelines. Touches no store.",
                "Score it with: python3 ../shared/gold/score.py GOLD.jsonl PRED.jsonl"})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", description = "lines, jsonl or csv, instead of detecting it.")
    String format;

    @Option(names = "--vocabulary", paramLabel = "FILE", description = "An RDF file of extra known entities. Repeatable.")
    List<Path> vocabularies = List.of();

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-relations", description = "Entities and introductions only (no dependency parsing).")
    boolean noRelations;

    @Option(names = "--evidence", description = "Say of each entity whether the vocabulary knows it, and give each "
            + "relation the rule that read it, its confidence and the character offsets (begin, end) of its sentence.")
    boolean evidence;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        InputFormat fmt = ExtractionOptions.inputFormat(format, spec);
        CoreNlpExtractor extractor = CoreNlpExtractor.builder().vocabulary(Vocabulary.load(vocabularies))
                .relations(!noRelations).build();
        long[] problems = {0};
        Set<String> seen = new HashSet<>();
        try (InOrder<Paper, Extraction> pool = new InOrder<>(threads, (paper, outcome) -> {
            if (outcome.error() != null) {
                problems[0]++;
                err.println("warning: " + new Problem(paper.source(), "extraction-failed", String.valueOf(outcome.error())));
            } else {
                out.println(GoldFormat.line(paper.id(), outcome.value(), evidence));
            }
        })) {
            CorpusReader reader = CorpusReader.builder().format(fmt).problems(p -> {
                problems[0]++;
                err.println("warning: " + p);
            }).build();
            reader.read(inputs, p -> {
                if (seen.add(Names.normaliseText(p.text()))) pool.submit(p, () -> extractor.extract(p.text()));
            });
            pool.finish();
        }
        out.flush();
        err.flush();
        return problems[0] == 0 ? Main.OK : Main.DATA_ERROR;
    }
}
