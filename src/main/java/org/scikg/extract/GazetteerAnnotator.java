package org.scikg.extract;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.matcher.Match;
import edu.stanford.nlp.ling.tokensregex.matcher.TrieMap;
import edu.stanford.nlp.ling.tokensregex.matcher.TrieMapMatcher;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.util.CoreMap;

/**
 * A CoreNLP annotator that tags vocabulary labels in the text with their type's NER tag ({@code SKG_MODEL},
 * ...), using TokensRegex's token tries ({@link TrieMap}, {@link TrieMapMatcher}): each label is tokenised
 * exactly as the text is, and the longest non-overlapping matches win. Case-insensitive labels match on
 * lower-cased tokens, case-sensitive ones ("ARC", "MATH") only as written.
 *
 * <p>Why not TokensRegexNER: with a vocabulary of thousands of labels it tries every pattern at every
 * token; on this machine it cost about 170 ms per abstract, against about 1 ms for the trie lookup.
 */
final class GazetteerAnnotator implements Annotator {
    // untokenizable characters are dropped as by default, but not logged: stderr is for problems with their place
    static final String TOKENIZE_OPTIONS = "splitHyphenated=false,invertible=true,untokenizable=noneDelete";

    private final TrieMap<String, EntityType> folded = new TrieMap<>();
    private final TrieMap<String, EntityType> exact = new TrieMap<>();

    GazetteerAnnotator(Vocabulary vocabulary) {
        for (Term t : vocabulary.terms()) {
            for (String label : spellings(t.labels())) {
                List<String> tokens = tokens(label);
                if (tokens.isEmpty()) continue;
                // a case-sensitive term ("RoPE", not "rope") is matched as written, but not its phrases
                if (!t.anyCase(label)) {
                    exact.put(tokens, t.type());
                } else {
                    folded.put(tokens.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList(), t.type());
                }
            }
        }
    }

    /**
     * Each label, and the same with hyphens as spaces, spaces as hyphens and hyphens between lower-case words or
     * before a number left out ("chain-of-thought", "chain of thought"; "fine-tuning", "finetuning";
     * "CIFAR-100", "CIFAR100"): tokens are matched
     * exactly, but names are written all these ways.
     */
    static Set<String> spellings(List<String> labels) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String l : labels) {
            out.add(l);
            if (l.length() > 2 && Character.isLetter(l.charAt(l.length() - 1)) && !l.endsWith("s")) out.add(l + "s");
            if (l.contains("-")) out.add(l.replace('-', ' '));
            // "finetuning", "pretraining", "multiagent": a hyphen between lower-case words is often left out
            if (l.matches(".*\\p{Ll}-\\p{Ll}.*")) out.add(l.replaceAll("(?<=\\p{Ll})-(?=\\p{Ll})", ""));
            if (l.contains(" ") && l.split(" ").length <= 4) out.add(l.replace(' ', '-'));
            // "CIFAR100", "ResNet50", "SST2": the hyphen before a number is often left out too
            if (l.matches(".*\\p{L}-\\d.*")) out.add(l.replaceAll("(?<=\\p{L})-(?=\\d)", ""));
        }
        return out;
    }

    /** A label's tokens, as the pipeline's tokenizer splits them. */
    static List<String> tokens(String label) {
        PTBTokenizer<CoreLabel> tok = new PTBTokenizer<>(new StringReader(label), new CoreLabelTokenFactory(),
                TOKENIZE_OPTIONS);
        List<String> out = new ArrayList<>();
        while (tok.hasNext()) out.add(tok.next().word());
        return out;
    }

    @Override
    public void annotate(Annotation annotation) {
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            tag(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
    }

    private void tag(List<CoreLabel> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        List<String> lower = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            words.add(t.word());
            lower.add(t.word().toLowerCase(Locale.ROOT));
        }
        TrieMapMatcher<String, EntityType> foldedMatcher = new TrieMapMatcher<>(folded);
        List<Match<String, EntityType>> all = new ArrayList<>(foldedMatcher.findAllMatches(lower));
        all.addAll(new TrieMapMatcher<>(exact).findAllMatches(words));
        for (Match<String, EntityType> m : foldedMatcher.getNonOverlapping(all)) {
            for (int i = m.getBegin(); i < m.getEnd(); i++) {
                tokens.get(i).setNER(m.getValue().nerTag());
            }
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(CoreAnnotations.NamedEntityTagAnnotation.class);
    }
}
