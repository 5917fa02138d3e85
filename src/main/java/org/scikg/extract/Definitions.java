package org.scikg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Relations a new name's own definition states. A long form that contains another method's name is built
 * on it: "Generalized Knowledge Distillation (GKD)" basedOn knowledge distillation. A definition that
 * names a method as the kind of thing the new one is makes it a variant: "BOND, a novel RLHF algorithm"
 * variantOf RLHF.
 */
final class Definitions implements Stage {
    private static final Set<String> KIND_HEADS = Set.of("algorithm", "method", "approach", "technique", "variant",
            "extension", "objective", "procedure", "scheme");
    private static final Set<String> OPENERS = Set.of("a", "an", "the", "our");
    /** Shortest match key that may be read inside a longer one ("rl" inside "rlhf" must not count). */
    private static final int MIN_KEY = 6;

    @Override
    public String name() {
        return "definitions";
    }

    @Override
    public Set<String> provides() {
        return Set.of("relations");
    }

    @Override
    public Set<String> requires() {
        return Set.of("candidates", "types", "introduces");
    }

    @Override
    public void apply(Doc doc) {
        for (Candidate c : List.copyOf(doc.candidates)) {
            variantDefinition(doc, c);
            passiveBase(doc, c);
        }
        for (Candidate c : List.copyOf(doc.candidates)) evaluatedBy(doc, c);
        for (String introduced : doc.introduces) {
            Candidate first = doc.candidates.stream().filter(c -> c.name.equals(introduced)).findFirst().orElse(null);
            if (first != null) composed(doc, first);
            if (first == null || !isMethodLike(first.type)) continue;
            longForm(doc, first);
            kind(doc, first);
            builtIn(doc, first);
        }
    }

    private static final Set<String> EVALUATING = Set.of("evaluate", "assess", "benchmark", "test", "measure", "probe",
            "examine", "stress-test");
    /** Words after which a name is a tool of the evaluation, not what it evaluates: "using GPT-4 as a judge". */
    private static final Set<String> EVALUATION_ENDS = Set.of(".", ";", "using", "with", "via", "by", "which", "that",
            "while", "whereas", "but", "against", "than");

    /**
     * "a benchmark AJ-Bench to systematically evaluate Agent-as-a-Judge", "MMLU, used to assess GPT-4 and Gemini":
     * the models and methods a benchmark or dataset is said to be there to evaluate are evaluated on it.
     */
    private static void evaluatedBy(Doc doc, Candidate b) {
        if (b.type != EntityType.BENCHMARK && b.type != EntityType.DATASET) return;
        List<CoreLabel> t = doc.tokens(b.sentence);
        int k = b.tokenEnd;
        if (k < t.size() && t.get(k).word().equals(",")) k++;
        if (k < t.size() && Set.of("designed", "used", "built", "created", "developed").contains(t.get(k).word().toLowerCase(Locale.ROOT))) k++;
        if (k >= t.size() || !Set.of("to", "for").contains(t.get(k).word().toLowerCase(Locale.ROOT))) return;
        k++;
        while (k < t.size() && t.get(k).tag() != null && t.get(k).tag().startsWith("RB")) k++; // "systematically"
        if (k >= t.size()) return;
        CoreLabel verb = t.get(k);
        String lemma = (verb.lemma() == null ? verb.word() : verb.lemma()).toLowerCase(Locale.ROOT);
        if (!EVALUATING.contains(lemma) || verb.tag() == null || !verb.tag().startsWith("VB")) return;
        for (int j = k + 1; j < t.size() && !EVALUATION_ENDS.contains(t.get(j).word().toLowerCase(Locale.ROOT)); j++) {
            Candidate o = doc.at(b.sentence, j);
            if (o == null) continue;
            if ((o.type == EntityType.MODEL || o.type == EntityType.METHOD || o.type == EntityType.SOFTWARE) && !doc.onlyModifier(o)) {
                doc.relations.add(new Relation(o.name, Predicate.EVALUATED_ON, b.name, doc.sentenceSpan(b.sentence),
                        "definition:evaluate", 0.7));
            }
            j = o.tokenEnd - 1;
        }
    }

    /** Head nouns of a definition that make a method named in it part of what is defined. */
    private static final Set<String> BUILT_HEADS = Set.of("model", "architecture", "network", "transformer", "llm",
            "encoder", "decoder", "backbone");

    /**
     * "X, a highly efficient multimodal mixture-of-experts model": a known method named among the words of a
     * definition whose head is a model or architecture is something X uses.
     */
    private static void builtIn(Doc doc, Candidate c) {
        List<CoreLabel> t = doc.tokens(c.sentence);
        int k = c.tokenEnd;
        if (k < t.size() && t.get(k).word().equals(")")) k++;
        if (k + 2 >= t.size() || !t.get(k).word().equals(",") || !OPENERS.contains(t.get(k + 1).word().toLowerCase(Locale.ROOT))) {
            return;
        }
        int from = k + 2;
        int head = from;
        while (head < t.size() && head < from + 8 && !BUILT_HEADS.contains(t.get(head).word().toLowerCase(Locale.ROOT))) head++;
        if (head >= t.size() || !BUILT_HEADS.contains(t.get(head).word().toLowerCase(Locale.ROOT))) return;
        for (Candidate other : doc.inSentence(c.sentence)) {
            if (other.tokenBegin < from || other.tokenEnd > head || other.type != EntityType.METHOD || other.name.equals(c.name)) continue;
            doc.relations.add(new Relation(c.name, Predicate.USES, other.name, doc.sentenceSpan(c.sentence),
                    "definition:built-in", 0.6));
        }
    }

    /**
     * "SfC-NeRF", "GP-4DGS", "EBC-ZIP", "CWE-20-CFA", "BEA-Dialogue+": a new name made of another name in the
     * abstract and a hyphenated part (or a plus) is built on that thing, unless it is already a version of it.
     */
    private static void composed(Doc doc, Candidate c) {
        if (c.type == EntityType.TASK || c.type == EntityType.METRIC) return;
        String name = c.name;
        for (Candidate other : doc.candidates) {
            String o = other.name;
            if (o.length() < 2 || o.length() >= name.length() || other.type == EntityType.METRIC) continue;
            boolean built = name.startsWith(o + "-") || name.endsWith("-" + o) || name.equals(o + "+")
                    || name.equals(o + "++");
            if (!built) continue;
            String k = Names.key(o);
            // "SfC-NeRF" for the task "Structure from Collision (SfC)": named after what it is for
            String ck = doc.canonicalKey(o);
            if (doc.candidates.stream().anyMatch(x -> doc.canonicalKey(x.name).equals(ck) && x.type == EntityType.TASK)) {
                if (isMethodLike(c.type) && !Typing.benchmarkShaped(name) && !name.matches("(?i).*bench(mark)?")) {
                    doc.relations.add(new Relation(name, Predicate.APPLIED_TO, o, doc.sentenceSpan(c.sentence),
                            "definition:composed-name", 0.7));
                }
                continue;
            }
            if (!sameKind(c.type, other.type)) continue;
            // what it is built from, unless a reading already says how ("EBC-ZIP outperforms EBC" says no such thing)
            boolean related = doc.relations.stream().anyMatch(r -> Names.key(r.subject()).equals(Names.key(name))
                    && Names.key(r.object()).equals(k) && r.predicate() != Predicate.OUTPERFORMS
                    && r.predicate() != Predicate.COMPARED_WITH);
            if (!related) {
                doc.relations.add(new Relation(name, Predicate.BASED_ON, o, doc.sentenceSpan(c.sentence),
                        "definition:composed-name", 0.7));
            }
        }
    }

    private static boolean sameKind(EntityType a, EntityType b) {
        boolean dataA = a == EntityType.BENCHMARK || a == EntityType.DATASET;
        boolean dataB = b == EntityType.BENCHMARK || b == EntityType.DATASET;
        return dataA == dataB || a == null || b == null;
    }

    private static boolean isMethodLike(EntityType t) {
        return t == EntityType.METHOD || t == EntityType.MODEL;
    }

    /** The introduced name's long forms that contain another method's or model's match key. */
    private static void longForm(Doc doc, Candidate c) {
        for (Map.Entry<String, String> lf : doc.longForms.entrySet()) {
            if (!lf.getValue().equals(c.name)) continue;
            Candidate best = null;
            for (Candidate other : doc.candidates) {
                String key = Names.key(other.name);
                if (key.length() < MIN_KEY || !isMethodLike(other.type) || other.name.equals(c.name)
                        || key.equals(lf.getKey()) || !lf.getKey().contains(key)) {
                    continue;
                }
                // the longest name inside wins: "Group Relative Policy Optimization" over "Policy Optimization"
                if (best == null || key.length() > Names.key(best.name).length()) best = other;
            }
            if (best != null) {
                doc.relations.add(new Relation(c.name, Predicate.BASED_ON, best.name, doc.sentenceSpan(c.sentence),
                        "definition:long-form", 0.7));
                return;
            }
        }
    }

    /** Nouns that make the apposition a member or extension of what follows "of". */
    private static final Set<String> VARIANT_NOUNS = Set.of("variant", "version", "instance", "member", "instantiation");
    private static final Set<String> EXTENSION_NOUNS = Set.of("extension", "adaptation", "generalization",
            "generalisation", "modification", "successor");

    /**
     * "Zorbix-L, a larger variant of Zorbix", "X, an extension of Y to ...": a name defined in apposition as a
     * variant of another is a variant of it; as an extension or adaptation, it is based on it.
     */
    private static void variantDefinition(Doc doc, Candidate c) {
        if (c.type == EntityType.TASK || c.type == EntityType.METRIC) return;
        List<CoreLabel> t = doc.tokens(c.sentence);
        int k = c.tokenEnd;
        if (k + 3 >= t.size() || !t.get(k).word().equals(",") || !Set.of("a", "an", "the").contains(t.get(k + 1).word().toLowerCase(Locale.ROOT))) {
            return;
        }
        for (int j = k + 2; j + 2 < t.size() && j < k + 6; j++) {
            String w = t.get(j).word().toLowerCase(Locale.ROOT);
            boolean variant = VARIANT_NOUNS.contains(w);
            if ((variant || EXTENSION_NOUNS.contains(w)) && t.get(j + 1).word().equalsIgnoreCase("of")) {
                Candidate o = doc.at(c.sentence, j + 2);
                if (o == null || o.tokenBegin != j + 2 || Names.key(o.name).equals(Names.key(c.name))) return;
                Predicate p = variant ? Predicate.VARIANT_OF : Predicate.BASED_ON;
                doc.relations.add(new Relation(c.name, p, o.name, doc.sentenceSpan(c.sentence), "definition:" + w, 0.7));
                return;
            }
            String tag = t.get(j).tag();
            if (tag == null || !(tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("HYPH") || tag.equals("RBR"))) return;
        }
    }

    private static final Set<String> BASE_PARTICIPLES = Set.of("based", "built", "derived", "constructed", "adapted",
            "distilled", "initialized", "initialised");

    /**
     * "LEMONADE is based on a partially reannotated subset of the ... (ACLED)", "X is built upon Y": the first name
     * after the participle and its preposition, past the words of the phrase that holds it, is what X is based on.
     */
    private static void passiveBase(Doc doc, Candidate c) {
        if (c.type == null || c.type == EntityType.TASK || c.type == EntityType.METRIC) return;
        List<CoreLabel> t = doc.tokens(c.sentence);
        int k = c.tokenEnd;
        if (k + 3 >= t.size() || !Set.of("is", "are", "was", "were").contains(t.get(k).word().toLowerCase(Locale.ROOT))) return;
        k++;
        if (t.get(k).tag() != null && t.get(k).tag().startsWith("RB")) k++;
        if (k + 1 >= t.size() || !BASE_PARTICIPLES.contains(t.get(k).word().toLowerCase(Locale.ROOT))
                || !Set.of("on", "upon", "from").contains(t.get(k + 1).word().toLowerCase(Locale.ROOT))) {
            return;
        }
        for (int j = k + 2; j < t.size() && j < k + 12; j++) {
            Candidate o = doc.at(c.sentence, j);
            if (o != null && o.tokenBegin == j) {
                if (o.type != null && o.type != EntityType.TASK && o.type != EntityType.METRIC && !Names.key(o.name).equals(Names.key(c.name))) {
                    doc.relations.add(new Relation(c.name, Predicate.BASED_ON, o.name, doc.sentenceSpan(c.sentence),
                            "definition:" + t.get(k).word().toLowerCase(Locale.ROOT) + "-on", 0.7));
                }
                return;
            }
            String tag = t.get(j).tag();
            if (tag == null || !(tag.matches("JJ.*|RB.*|VBN|DT|NN|NNS|IN|HYPH") || t.get(j).word().equals("("))) return;
            if (tag.equals("IN") && !t.get(j).word().equalsIgnoreCase("of")) return;
        }
    }

    /** "X, a novel E algorithm": the words between the article and the head noun name a known method. */
    private static void kind(Doc doc, Candidate c) {
        List<CoreLabel> t = doc.tokens(c.sentence);
        int k = c.tokenEnd;
        if (k < t.size() && t.get(k).word().equals(")")) k++;
        if (k < t.size() && t.get(k).word().equals("(")) { // "Long Form (ACR), a novel ..."
            int close = k + 1;
            while (close < t.size() && close < k + 15 && !t.get(close).word().equals(")")) close++;
            if (close < t.size() && t.get(close).word().equals(")")) k = close + 1;
        }
        if (k + 2 >= t.size() || !t.get(k).word().equals(",") || !OPENERS.contains(t.get(k + 1).word().toLowerCase(Locale.ROOT))) {
            return;
        }
        int from = k + 2;
        int head = from;
        while (head < t.size() && head < from + 6 && !KIND_HEADS.contains(t.get(head).word().toLowerCase(Locale.ROOT))) head++;
        if (head >= t.size() || head == from || !KIND_HEADS.contains(t.get(head).word().toLowerCase(Locale.ROOT))) return;
        StringBuilder modifier = new StringBuilder();
        for (int j = from; j < head; j++) {
            String w = t.get(j).word().toLowerCase(Locale.ROOT);
            if (Set.of("novel", "new", "simple", "general", "principled", "efficient", "effective", "scalable").contains(w)) continue;
            modifier.append(t.get(j).word()).append(' ');
        }
        String key = Names.key(modifier.toString());
        if (key.isEmpty()) return;
        for (Candidate other : doc.candidates) {
            String ok = Names.key(other.name);
            if (!isMethodLike(other.type) || other.name.equals(c.name) || Names.key(c.name).equals(ok)) continue;
            boolean named = ok.equals(key) || key.length() >= 8 && ok.startsWith(key) && ok.length() - key.length() <= 10;
            if (named) {
                doc.relations.add(new Relation(c.name, Predicate.VARIANT_OF, other.name, doc.sentenceSpan(c.sentence),
                        "definition:kind", 0.7));
                return;
            }
        }
    }
}
