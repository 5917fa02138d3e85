package org.scikg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

/** The working state of one abstract as the stages read it. Not thread-safe; one per abstract. */
final class Doc {
    final String text;
    final Annotation annotation;
    final List<CoreMap> sentences;
    final List<Candidate> candidates = new ArrayList<>();
    /** Canonical name of an acronym, keyed by the match key of its long form. */
    final Map<String, String> longForms = new LinkedHashMap<>();
    final Set<String> introduces = new LinkedHashSet<>();
    /** Introduced names that are parts of another introduced thing ("X introduces a novel Y module"). */
    final Set<String> parts = new java.util.HashSet<>();
    final List<Relation> relations = new ArrayList<>();
    final List<Result> results = new ArrayList<>();
    /** Match keys that name nothing in this abstract ("HPs", defined as hyperparameters). */
    final Set<String> notNames = new java.util.HashSet<>();
    /** Sentences that a relation stage asked to have dependency-parsed. */
    final Set<Integer> parsed = new LinkedHashSet<>();

    Doc(String text, Annotation annotation) {
        this.text = text;
        this.annotation = annotation;
        this.sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    }

    List<CoreLabel> tokens(int sentence) {
        return sentences.get(sentence).get(CoreAnnotations.TokensAnnotation.class);
    }

    String word(int sentence, int token) {
        return tokens(sentence).get(token).word();
    }

    /** The original text covered by tokens [from, to) of a sentence. */
    String surface(int sentence, int from, int to) {
        List<CoreLabel> t = tokens(sentence);
        return text.substring(t.get(from).beginPosition(), t.get(to - 1).endPosition());
    }

    /**
     * Past a bracket that opens at token {@code k} ("Long Form (ACR), ..."): the index after its ")" (within 15
     * tokens), or {@code k} itself where no bracket opens there or none closes.
     */
    int pastBracket(int sentence, int k) {
        List<CoreLabel> t = tokens(sentence);
        if (k >= t.size() || !t.get(k).word().equals("(")) return k;
        for (int j = k + 1; j < t.size() && j < k + 15; j++) {
            if (t.get(j).word().equals(")")) return j + 1;
        }
        return k;
    }

    Span sentenceSpan(int sentence) {
        CoreMap s = sentences.get(sentence);
        return new Span(sentence, s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    }

    Candidate candidate(int sentence, int from, int to, Candidate.Source source) {
        List<CoreLabel> t = tokens(sentence);
        int b = t.get(from).beginPosition();
        int e = t.get(to - 1).endPosition();
        return new Candidate(sentence, from, to, b, e, text.substring(b, e), source);
    }

    /** A candidate covering only characters [begin, end) of its tokens ("MAML" in "MAML-trained"). */
    Candidate candidate(int sentence, int from, int to, int begin, int end, Candidate.Source source) {
        return new Candidate(sentence, from, to, begin, end, text.substring(begin, end), source);
    }

    /** Adds a candidate unless it overlaps one already there. */
    boolean offer(Candidate c) {
        for (Candidate o : candidates) {
            if (o.overlaps(c)) return false;
        }
        candidates.add(c);
        return true;
    }

    /**
     * Adds a candidate in place of the ones lying within its tokens ("Hidden CoT" over "CoT"), unless it overlaps
     * another; refused, it leaves the candidates as they were.
     */
    boolean offerOver(Candidate whole) {
        List<Candidate> inside = candidates.stream().filter(o -> o.sentence == whole.sentence
                && o.tokenBegin >= whole.tokenBegin && o.tokenEnd <= whole.tokenEnd).toList();
        candidates.removeAll(inside);
        if (offer(whole)) return true;
        candidates.addAll(inside);
        return false;
    }

    /** The candidate covering a token, or null. */
    Candidate at(int sentence, int token) {
        for (Candidate c : candidates) {
            if (c.sentence == sentence && c.tokenBegin <= token && token < c.tokenEnd) return c;
        }
        return null;
    }

    /** The match key of the entity a name stands for: an acronym's long form keys as the acronym. */
    String canonicalKey(String name) {
        return Names.key(longForms.getOrDefault(Names.key(name), name));
    }

    /** Whether the candidate covers only part of its last word: "GDE" in "GDE-based", a modifier, not a mention. */
    boolean onlyModifier(Candidate c) {
        return c.end < tokens(c.sentence).get(c.tokenEnd - 1).endPosition();
    }

    List<Candidate> inSentence(int sentence) {
        return candidates.stream().filter(c -> c.sentence == sentence)
                .sorted(java.util.Comparator.comparingInt(c -> c.tokenBegin)).toList();
    }
}
