package org.scikg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.scikg.TestSupport;
import org.scikg.corpus.Paper;
import org.scikg.corpus.SourceRef;
import org.scikg.extract.Entity;
import org.scikg.extract.Extraction;
import org.scikg.extract.Mention;
import org.scikg.extract.Relation;
import org.scikg.extract.Result;
import org.scikg.extract.Span;
import org.scikg.graph.TripleWriter;
import org.scikg.link.Iris;
import org.scikg.link.Linker;

/**
 * Bounded fuzzing of the extractor with token soup (names, brackets, numbers, percentages, LaTeX, other
 * scripts, emoji, stray punctuation): no exception, no hang, an extraction that keeps its own contract, and
 * triples that the writer can write. 30 tries of up to 200 tokens with the shared CoreNLP pipeline: seconds.
 */
class ExtractorFuzzTest {
    private static final List<String> TOKENS = List.of("We", "we", "propose", "introduce", "outperforms", "on", "and",
            "the", "of", "with", "our", "model", "method", "uses", "achieves", "accuracy", "trained", "based", "than",
            "BERT", "GPT-4", "ResNet-50", "ImageNet", "CIFAR-10", "GLUE", "LoRA", "Llama-2", "7B", "MMLU", "(", ")", "[",
            "]", "{", "}", "(BERT)", "(QFA)", "Quantum Fold Attention", "%", "74.3%", "+2.1", "3", "1.5", "2024",
            "(Hinton, 2015)", "et al.", ".", ",", ";", ":", "-", "--", "/", "\"", "'", "$\\alpha$", "\\cite{x}",
            "91.2\\%", "\u00b1", "\u6df1\u5ea6\u5b66\u4e60", "\u0394Net", "\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac",
            "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\uD83D\uDE80", "\uD83D\uDC69\u200D\uD83D\uDD2C", "caf\u00e9",
            "e.g.", "i.e.", "vs.", "A", "I", "X-", "-Net", "v2", "++", "#", "&", "<", ">", "\u00a0", "\u2014");

    @Property(tries = 30, shrinking = ShrinkingMode.BOUNDED)
    void tokenSoupGivesAWellFormedExtractionThatCanBeWritten(@ForAll("soups") String text) {
        Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> TestSupport.extractor().extract(text));
        checkContract(text, x);
        Graph g = GraphFactory.createDefaultGraph();
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        String paper = iris.paper(null, text);
        TripleWriter w = new TripleWriter(iris, StreamRDFLib.graph(g));
        w.paper(paper, Paper.ofText(text, new SourceRef("fuzz.txt", 1)));
        w.extraction(paper, x, new Linker(iris, TestSupport.vocabulary()));
        g.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI()) assertNull(Stores.iriProblem(n.getURI()));
            }
        });
    }

    /** What {@link Extraction} promises: spans inside the text and their sentence, names all among the entities. */
    private static void checkContract(String text, Extraction x) {
        assertEquals(text, x.text());
        int end = 0;
        for (Span s : x.sentences()) {
            assertTrue(s.begin() >= end && s.end() <= text.length(), "sentence " + s);
            end = s.end();
        }
        Set<String> names = x.entities().stream().map(Entity::name).collect(Collectors.toSet());
        assertEquals(x.entities().size(), names.size(), "entity names are unique");
        for (Mention m : x.mentions()) {
            Span s = m.span();
            assertTrue(names.contains(m.entity()), m.toString());
            assertEquals(m.surface(), text.substring(s.begin(), s.end()), m.toString());
            Span sentence = x.sentences().get(s.sentence());
            assertTrue(sentence.begin() <= s.begin() && s.end() <= sentence.end(), m + " outside " + sentence);
        }
        assertTrue(names.containsAll(x.introduces()), x.introduces().toString());
        for (Relation r : x.relations()) {
            assertTrue(names.contains(r.subject()) && names.contains(r.object()), r.toString());
            assertTrue(r.confidence() >= 0 && r.confidence() <= 1, r.toString());
        }
        for (Result r : x.results()) assertTrue(names.contains(r.subject()), r.toString());
    }

    @Provide
    Arbitrary<String> soups() {
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "", "  ", "\n", "\t");
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(TOKENS), Arbitraries.of(TOKENS),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(3));
        return Combinators.combine(token, separator).as((t, s) -> t + s).list().ofMinSize(1).ofMaxSize(200)
                .map(parts -> String.join("", parts))
                .filter(s -> !s.isBlank());
    }
}
