package org.scikg.extract;

import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Turns the runs of tokens that {@link GazetteerAnnotator} tagged into candidates, each tied to its
 * vocabulary term (a run of one tag may hold several adjacent labels).
 */
final class Gazetteer implements Stage {
    private final Vocabulary vocabulary;

    Gazetteer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Terms that name a building block every model has: known so that their kinds ("group-query attention") are
     * found, but not entities when named alone (on the development sets, bare "attention" was in no reader's graph).
     */
    private static final Set<String> BUILDING_BLOCKS = Set.of("attention");

    /** Words that introduce an example's whole noun phrase: "such as interleaving local-global attentions". */
    private static final Set<String> EXAMPLE_MARKERS = Set.of("as", "including", "e.g.");

    /** Modifiers that make a task or technique name more specific, in general use across the field. */
    private static final Set<String> SPECIFIERS = Set.of("offline", "online", "inverse", "hierarchical",
            "distributional", "reverse", "forward", "grounded", "abstractive", "extractive", "bidirectional",
            "contextual", "continuous", "sequential", "batch", "federated", "continual", "adversarial", "masked",
            "conditional", "unsupervised", "supervised", "semi-supervised", "weakly-supervised", "multi-agent",
            "multi-task", "cross-lingual", "multilingual", "open-vocabulary", "open-domain");

    /** Adjectives that name a kind of data a task is about: "multimodal manipulation detection", "3D detection". */
    private static final Set<String> MODALITIES = Set.of("multimodal", "3D", "2D", "visual", "textual", "cross-modal",
            "audio-visual", "temporal", "spatial", "molecular", "medical", "clinical");
    /** Nouns before a task that say something about the work, not the kind of task: "performance", "task". */
    private static final Set<String> GENERIC_NOUNS = Set.of("performance", "task", "tasks", "problem", "state", "art",
            "baseline", "model", "method", "approach", "framework", "benchmark", "downstream", "end", "accuracy",
            "quality", "improvement", "work", "study", "paper", "research", "setting", "way", "system", "time", "use", "truth",
            "base", "data");

    /** Last parts of hyphenated adjectives that praise or size a thing rather than name a kind of it. */
    private static final Set<String> EVALUATIVE = Set.of("efficient", "perfect", "optimal", "grained", "scale",
            "quality", "effective", "friendly", "intensive", "consuming", "world", "art", "end", "time", "range",
            "known", "established", "used", "studied", "performing", "level", "specific", "aware", "free");

    /**
     * Where a task, method or metric name really starts: hyphenated modifiers ("long-context retrieval",
     * "few-shot classification"), capitalised name adjectives not at the sentence start ("Bellman error"),
     * and established specifiers ("offline Q-learning").
     */
    private static int modifiersBefore(Doc doc, int s, int i, EntityType type) {
        if (type != EntityType.TASK && type != EntityType.METHOD && type != EntityType.METRIC) return i;
        List<CoreLabel> t = doc.tokens(s);
        int from = i;
        while (from > 0 && doc.at(s, from - 1) == null) {
            CoreLabel prev = t.get(from - 1);
            String w = prev.word();
            boolean hyphenated = w.indexOf('-') > 0 && w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')
                    && !w.endsWith("-");
            boolean nameAdjective = from - 1 > 0 && Character.isUpperCase(w.charAt(0)) && w.length() > 2
                    && w.chars().skip(1).allMatch(Character::isLowerCase) && prev.tag() != null
                    && (prev.tag().startsWith("NNP") || prev.tag().equals("JJ"));
            // "such as interleaving local-global attentions": an example's whole noun phrase is its name
            boolean exampleGerund = prev.tag() != null && prev.tag().equals("VBG") && from - 2 >= 0
                    && EXAMPLE_MARKERS.contains(t.get(from - 2).word().toLowerCase(java.util.Locale.ROOT));
            // "video anomaly detection", "sales forecasting", "3D image classification": a task on a kind of data
            boolean domain = type == EntityType.TASK && prev.tag() != null && (prev.tag().equals("NN")
                    || MODALITIES.contains(w)) && (w.matches("[a-z]+") || MODALITIES.contains(w)) && !GENERIC_NOUNS.contains(w);
            // "domain-adaptive transformer embeddings", "self-supervised graph neural networks": a hyphenated
            // adjective describes a known technique rather than naming a new one, unless the whole phrase is an
            // example's name ("such as interleaving local-global attentions")
            if (hyphenated && type == EntityType.METHOD && !(from - 3 >= 0 && "VBG".equals(t.get(from - 2).tag())
                    && EXAMPLE_MARKERS.contains(t.get(from - 3).word().toLowerCase(java.util.Locale.ROOT)))) {
                hyphenated = false;
            }
            if (!hyphenated && !nameAdjective && !exampleGerund && !domain && !SPECIFIERS.contains(w.toLowerCase(java.util.Locale.ROOT))) break;
            if (hyphenated && EVALUATIVE.contains(w.substring(w.lastIndexOf('-') + 1))) break;
            if (hyphenated && (w.startsWith("state-of") || w.startsWith("well-") || w.startsWith("so-"))) break;
            from--;
            break;
        }
        if (from > 1 && from < i + 1 && doc.at(s, from - 1) == null && "VBG".equals(t.get(from - 1).tag())
                && EXAMPLE_MARKERS.contains(t.get(from - 2).word().toLowerCase(java.util.Locale.ROOT))) {
            from--;
        }
        return from;
    }

    @Override
    public String name() {
        return "gazetteer";
    }

    @Override
    public Set<String> provides() {
        return Set.of("candidates", "types");
    }

    @Override
    public Set<String> requires() {
        return Set.of();
    }

    @Override
    public void apply(Doc doc) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> tokens = doc.tokens(s);
            int i = 0;
            while (i < tokens.size()) {
                String tag = tokens.get(i).ner();
                if (EntityType.byNerTag(tag).isEmpty()) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < tokens.size() && tag.equals(tokens.get(j).ner())) j++;
                splitRun(doc, s, i, j);
                i = j;
            }
            numberedMembers(doc, s);
            modifiersOnly(doc, s);
            suffixed(doc, s);
        }
    }

    /** "chain-of-thought-based models", "Transformer-like": a known name inside a word that makes it a modifier. */
    private void suffixed(Doc doc, int s) {
        List<CoreLabel> tokens = doc.tokens(s);
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            int dash = w.lastIndexOf('-');
            if (doc.at(s, i) != null || dash < 2 || !Discovery.MODIFIER_SUFFIXES.contains(w.substring(dash + 1).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            Term term = vocabulary.lookup(w.substring(0, dash)).orElse(null);
            if (term == null) continue;
            int begin = tokens.get(i).beginPosition();
            Candidate c = doc.candidate(s, i, i + 1, begin, begin + dash, Candidate.Source.GAZETTEER);
            c.term = term;
            c.name = term.name();
            c.type = term.type();
            c.typeFixed = true;
            doc.offer(c);
        }
    }

    /** Nouns for a part or a property of a technique: "attention heads", "dropout ratio", "cross-attention maps". */
    private static final Set<String> PARTS = Set.of("head", "heads", "weight", "weights", "map", "maps", "score",
            "scores", "pattern", "patterns", "operation", "operations", "ratio", "rate", "rates", "matrix", "matrices",
            "value", "values", "span", "sink", "sinks", "budget", "cost", "costs", "window", "logits");
    /**
     * A one-word lower-case technique the vocabulary knows, right before a noun for one of its parts or
     * properties ("attention heads", "dropout ratio"), names nothing there.
     */
    private static void modifiersOnly(Doc doc, int s) {
        List<CoreLabel> t = doc.tokens(s);
        for (Candidate c : List.copyOf(doc.inSentence(s))) {
            if (c.term == null || c.tokenEnd - c.tokenBegin != 1 || c.tokenEnd >= t.size() || c.type != EntityType.METHOD
                    || !c.surface.equals(c.surface.toLowerCase(java.util.Locale.ROOT)) || doc.at(s, c.tokenEnd) != null) {
                continue;
            }
            if (PARTS.contains(t.get(c.tokenEnd).word())) doc.candidates.remove(c);
        }
    }

    /**
     * A known name with a number run on to it ("Llama4", "Qwen3", "AIME25", "KITTI2012", "VGG19"), or joined by a
     * hyphen to a resolution, size or variant word ("ImageNet-256x256", "ImageNet-1k", "WebArena-lite").
     */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "(\\p{L}[\\p{L}-]*?)(-?\\d+(\\.\\d+)?|-\\d+[xX]\\d+|-\\d+[kKMB]|-(lite|mini|small|base|large|tiny|hard|easy|full|v\\d+))");

    /**
     * "Llama4", "AIME25", "KITTI2012": a word made of a known name and a release number or year is a member
     * of that name's family, of the same type.
     */
    private void numberedMembers(Doc doc, int s) {
        List<CoreLabel> tokens = doc.tokens(s);
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            if (doc.at(s, i) != null || w.length() < 4) continue;
            java.util.regex.Matcher m = NUMBERED.matcher(w);
            if (!m.matches() || m.group(1).length() < 3) continue;
            Term family = vocabulary.lookup(m.group(1)).orElse(null);
            if (family == null || family.type() == EntityType.TASK || family.type() == EntityType.METRIC) continue;
            int end = i + 1; // "Llama4 Maverick": variant words after it belong to the name
            while (end < tokens.size() && doc.at(s, end) == null && Character.isUpperCase(tokens.get(end).word().charAt(0))
                    && NameShapes.isVersion(tokens.get(end).word())) end++;
            Candidate c = doc.candidate(s, i, end, Candidate.Source.GAZETTEER);
            c.type = family.type();
            c.typeFixed = true;
            c.familyOf = family.name();
            doc.offer(c);
        }
    }

    /** A tagged run may hold several adjacent labels: take the longest known prefix each time. */
    private void splitRun(Doc doc, int s, int from, int to) {
        int i = from;
        while (i < to) {
            int matched = -1;
            for (int j = to; j > i; j--) {
                if (vocabulary.lookupInText(doc.surface(s, i, j)).isPresent()) {
                    matched = j;
                    break;
                }
            }
            if (matched < 0) {
                i++;
                continue;
            }
            Candidate c = doc.candidate(s, i, matched, Candidate.Source.GAZETTEER);
            Term t = vocabulary.lookupInText(c.surface).orElseThrow();
            int start = modifiersBefore(doc, s, i, t.type());
            if (start < i) {
                // "curiosity-driven exploration", "Jeffreys divergence": a more specific thing than the term
                c = doc.candidate(s, start, matched, Candidate.Source.GAZETTEER);
                c.type = t.type();
            } else if (BUILDING_BLOCKS.contains(t.name())) {
                // "guiding attention toward informative regions": a building block named alone is no thing of
                // the graph; a kind of it is ("group-query attention", "area attention")
                i = matched;
                continue;
            } else {
                c.term = t;
                c.name = t.name();
                c.type = t.type();
                c.typeFixed = true;
            }
            doc.offer(c);
            i = matched;
        }
    }
}
