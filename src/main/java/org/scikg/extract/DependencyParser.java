package org.scikg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP's neural dependency parser, applied to chosen sentences only: it costs far more than the rest of
 * the pipeline, and most sentences of an abstract hold no relation between two entities. Sentences longer
 * than {@value #MAX_TOKENS} tokens are not parsed either: such a "sentence" is run-on text without
 * punctuation, where a parse would cost much and find little. The model is loaded once per JVM and shared;
 * the annotator is thread-safe.
 */
final class DependencyParser {
    /** The longest sentence parsed, in tokens; longer ones are left without a parse (so give no relations). */
    static final int MAX_TOKENS = 120;

    private static DependencyParser shared;

    private final DependencyParseAnnotator annotator;

    private DependencyParser(DependencyParseAnnotator annotator) {
        this.annotator = annotator;
    }

    static synchronized DependencyParser load() {
        if (shared == null) shared = new DependencyParser(new DependencyParseAnnotator(new Properties()));
        return shared;
    }

    /** Adds dependency graphs to the given sentences of the doc (which must have POS tags). */
    void parse(Doc doc, List<Integer> sentenceIndexes) {
        List<Integer> todo = sentenceIndexes.stream()
                .filter(i -> !doc.parsed.contains(i) && doc.tokens(i).size() <= MAX_TOKENS).toList();
        if (todo.isEmpty()) return;
        List<CoreMap> chosen = new ArrayList<>();
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i : todo) {
            chosen.add(doc.sentences.get(i));
            tokens.addAll(doc.tokens(i));
        }
        Annotation part = new Annotation(doc.text);
        part.set(CoreAnnotations.SentencesAnnotation.class, chosen);
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        annotator.annotate(part);
        doc.parsed.addAll(todo);
    }
}
