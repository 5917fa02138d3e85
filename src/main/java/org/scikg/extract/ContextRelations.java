package org.scikg.extract;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * What an abstract says of its own contribution without a verb that links the two: the task it opens with, or
 * names where it introduces its own thing, is what that thing is applied to; the datasets and benchmarks it names
 * once it comes to its own work are what it is evaluated on (or uses, when it is trained on them); the other
 * things the paper introduces are parts of its main one ({@link #part}). A careful reader puts these in the
 * graph; the rules that read verbs cannot, since abstracts leave the link to the reader.
 *
 * <p>These relations are inferred from the abstract's structure, not read from one clause, so they get the lowest
 * confidence of all ({@value #CONFIDENCE}) and a {@code context:} rule name, and each keeps as evidence the
 * sentence that names the other entity. They are added only where no other rule related the two, and never for
 * an entity the abstract sets aside ("unlike X", "instead of X") or names only before it comes to its own work.
 */
final class ContextRelations implements Stage {
    static final double CONFIDENCE = 0.35;

    /** Words that put what follows outside the paper's own work. */
    private static final Set<String> SET_ASIDE = Set.of("instead", "rather", "without", "unlike", "replacing",
            "replace", "replaces", "except", "besides", "than", "beyond");

    @Override
    public String name() {
        return "context-relations";
    }

    @Override
    public Set<String> provides() {
        return Set.of("relations");
    }

    @Override
    public Set<String> requires() {
        return Set.of("candidates", "types", "introduces", "relations");
    }

    @Override
    public void apply(Doc doc) {
        described(doc);
        Candidate focus = FocusRelations.focus(doc);
        if (focus == null) {
            evaluatedModels(doc);
            return;
        }
        if (!introduced(doc, focus)) return;
        String focusKey = doc.canonicalKey(focus.name);
        Set<String> related = new HashSet<>();
        for (Relation r : doc.relations) {
            // a benchmark some member or rival is evaluated on is placed already ("Gemini Ultra ... on MMLU")
            if (r.predicate() == Predicate.EVALUATED_ON) related.add(doc.canonicalKey(r.object()));
            if (doc.canonicalKey(r.subject()).equals(focusKey)) related.add(doc.canonicalKey(r.object()));
            if (doc.canonicalKey(r.object()).equals(focusKey)) related.add(doc.canonicalKey(r.subject()));
        }
        Set<String> introducedKeys = new HashSet<>();
        for (String n : doc.introduces) introducedKeys.add(doc.canonicalKey(n));
        // the first mention of each other entity that the abstract does not set aside
        Map<String, Candidate> others = new LinkedHashMap<>();
        Map<String, Boolean> setAside = new LinkedHashMap<>();
        for (Candidate c : doc.candidates) {
            if (c.type == null) continue;
            String k = doc.canonicalKey(c.name);
            if (k.equals(focusKey) || related.contains(k)) continue;
            boolean aside = setAside(doc.tokens(c.sentence), c.tokenBegin);
            setAside.merge(k, aside, Boolean::logicalOr);
            // what the abstract names only before it comes to its own work is background ("Prevailing methods,
            // pre-trained on ImageNet, ..."), except the task it opens with
            if (!aside && (c.sentence >= focus.sentence || openingTask(doc, focus, c))) others.putIfAbsent(k, c);
        }
        for (Map.Entry<String, Candidate> e : others.entrySet()) {
            if (setAside.getOrDefault(e.getKey(), false)) continue;
            Candidate o = e.getValue();
            // "Zorbix-L", "Zorbix Lite": a version of the focus named after it, not a part it uses (its data it does use)
            if (introducedKeys.contains(e.getKey()) && Names.key(o.name).startsWith(Names.key(focus.name))
                    && o.type != EntityType.DATASET && o.type != EntityType.BENCHMARK) {
                continue;
            }
            Predicate p = introducedKeys.contains(e.getKey()) ? part(o) : predicate(doc, focus, o);
            if (p != null) {
                doc.relations.add(new Relation(focus.name, p, o.name, doc.sentenceSpan(o.sentence),
                        "context:" + p.localName(), CONFIDENCE));
            }
        }
    }

    /** Words that end the description in an apposition: what follows is the thing's purpose or a new clause. */
    private static final Set<String> DESCRIPTION_ENDS = Set.of(".", ";", "for", "that", "which", "to", "where", "whose",
            "of", "in", "(", "and", "while", "but");
    /** Heads that make the thing a kind of what modifies them: "an RLHF algorithm" (a "framework" is built from its parts). */
    private static final Set<String> KIND_HEADS = Set.of("algorithm", "algorithms", "method", "methods", "model", "models",
            "approach", "technique", "variant", "family", "strategy", "scheme", "system", "systems");
    /** Confidence of a relation read from the words that describe a new thing. */
    static final double DESCRIPTION_CONFIDENCE = 0.5;

    /**
     * "HACHIMI, a multi-agent Propose-Validate-Revise framework", "Argus, a Wan-based framework centered on SMII":
     * the methods, models and software that modify the head of the apposition describing a new thing are what it
     * uses (what it is "-based" on, it is based on); the head itself says what the thing is ("CSPO, a primal-dual
     * method"). Fields of learning are left out: "an online imitation learning method" is applied to its field,
     * "an automated reinforcement learning framework" uses it. The description ends where its purpose ("for ..."),
     * contents ("of ...") or a clause begins.
     */
    private static void described(Doc doc) {
        Set<String> done = new HashSet<>();
        for (String n : doc.introduces) {
            if (doc.parts.contains(n)) continue;
            String key = doc.canonicalKey(n);
            for (Candidate c : doc.candidates) {
                if (!doc.canonicalKey(c.name).equals(key)) continue;
                List<CoreLabel> t = doc.tokens(c.sentence);
                int k = doc.pastBracket(c.sentence, c.tokenEnd);
                if (k + 1 >= t.size() || !t.get(k).word().equals(",")
                        || !Set.of("a", "an").contains(t.get(k + 1).word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (int j = k + 2; j < t.size() && j < k + 16; j++) {
                    if (DESCRIPTION_ENDS.contains(t.get(j).word().toLowerCase(Locale.ROOT)) || t.get(j).word().equals(",")) break;
                    Candidate o = doc.at(c.sentence, j);
                    if (o == null || o.type == null) continue;
                    j = o.tokenEnd - 1;
                    String ok = doc.canonicalKey(o.name);
                    if (ok.equals(key) || !done.add(ok)) continue;
                    boolean usable = o.type == EntityType.METHOD || o.type == EntityType.MODEL || o.type == EntityType.SOFTWARE;
                    if (!usable || Names.key(c.name).contains(Names.key(o.name))) continue; // "CUDA-L1" names CUDA, does not use it
                    String after = o.tokenEnd < t.size() ? t.get(o.tokenEnd).word().toLowerCase(Locale.ROOT) : "";
                    String afterTag = o.tokenEnd < t.size() && t.get(o.tokenEnd).tag() != null ? t.get(o.tokenEnd).tag() : "";
                    // "CSPO, a first-order primal-dual method": the description's head says what the thing is, not what it uses
                    if (!afterTag.startsWith("NN") && !after.equals("(") && !doc.onlyModifier(o)) continue;
                    // "BOND, a novel RLHF algorithm", "a large-scale VLA model": a kind of what it names, not built from it
                    int h = doc.pastBracket(c.sentence, o.tokenEnd);
                    if (h < t.size() && KIND_HEADS.contains(t.get(h).word().toLowerCase(Locale.ROOT))) continue;
                    boolean based = doc.onlyModifier(o) && t.get(o.tokenEnd - 1).word().toLowerCase(Locale.ROOT).endsWith("-based")
                            || after.equals("based") || after.equals("-based");
                    Predicate p = based ? Predicate.BASED_ON : Predicate.USES;
                    doc.relations.add(new Relation(c.name, p, o.name, doc.sentenceSpan(c.sentence),
                            "apposition:" + p.localName(), DESCRIPTION_CONFIDENCE));
                }
                break;
            }
        }
    }

    /**
     * Tasks in the opening or the introducing sentence, datasets and benchmarks: measured on the development sets,
     * about two in five such task links and most such data links are right, while tasks named elsewhere and
     * methods or software named without a linking verb are as often background as part of the work (fewer than
     * one in three links right), so those are left to the rules that read the words.
     */
    private static Predicate predicate(Doc doc, Candidate focus, Candidate o) {
        if (openingTask(doc, focus, o)) return Predicate.APPLIED_TO;
        if (o.type != EntityType.BENCHMARK && o.type != EntityType.DATASET) return null;
        return trainedOn(doc.tokens(o.sentence), o.tokenBegin) ? Predicate.USES : Predicate.EVALUATED_ON;
    }

    private static final Set<String> TRAINING = Set.of("train", "pre-train", "pretrain", "fine-tune", "finetune",
            "distill", "distil");
    private static final Set<String> EVALUATING = Set.of("evaluate", "test", "benchmark", "experiment", "result",
            "outperform");

    /** A task, not a field of learning, in the abstract's opening sentence or in the one that introduces the focus. */
    private static boolean openingTask(Doc doc, Candidate focus, Candidate c) {
        return c.type == EntityType.TASK && (c.sentence == 0 || c.sentence == focus.sentence) && (!paradigm(c) || opensWith(doc, c))
                && !(c.sentence != focus.sentence && example(doc, c));
    }

    /** Words that open a list of examples: "NLP tasks like A, B and C", "widely applied in A, B and C". */
    private static final Set<String> EXAMPLES = Set.of("like", "including", "e.g.", "e.g", "eg", "as");

    /**
     * "a critical skill for NLP tasks like event extraction, entity linking and ...", "widely applied in question
     * answering, recommendation and ...": a task listed as an example of where a field matters, in the opening,
     * is the setting of the paper, not what its own thing is applied to.
     */
    private static boolean example(Doc doc, Candidate c) {
        List<CoreLabel> t = doc.tokens(c.sentence);
        int i = c.tokenBegin - 1;
        int steps = 0;
        while (i >= 0 && steps++ < 16) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            Candidate o = doc.at(c.sentence, i);
            if (o != null && o.type == EntityType.TASK) {
                i = o.tokenBegin - 1;
                continue;
            }
            if (w.equals(",") || w.equals("and") || w.equals("or")) {
                i--;
                continue;
            }
            boolean suchAs = w.equals("as") && i >= 1 && t.get(i - 1).word().equalsIgnoreCase("such");
            boolean appliedIn = Set.of("in", "to").contains(w) && i >= 1 && t.get(i - 1).word().equalsIgnoreCase("applied");
            return EXAMPLES.contains(w) && (!w.equals("as") || suchAs) || appliedIn;
        }
        return false;
    }

    /** "pre-train a Diffusion Transformer on a large facial dataset (FFHQ)": data learnt from is used, not evaluated on. */
    private static boolean trainedOn(List<CoreLabel> t, int at) {
        for (int i = at - 1; i >= 0 && i >= at - 12; i--) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals(".") || w.equals(";")) return false;
            String lemma = t.get(i).lemma() == null ? w : t.get(i).lemma().toLowerCase(Locale.ROOT);
            if (TRAINING.contains(lemma) || w.startsWith("pre-train") || w.startsWith("pretrain")) return true;
            if (EVALUATING.contains(lemma)) return false;
        }
        return false;
    }

    /**
     * Another thing the paper introduces beside its main one is a part of it (measured on the development sets:
     * 25 of 27 such methods are used by the main one): a method or model it uses, a dataset it is trained on or
     * uses, a benchmark it is evaluated on. Members of a family are variants, not parts.
     */
    private static Predicate part(Candidate o) {
        if (o.familyOf != null) return null;
        return switch (o.type) {
            case METHOD, MODEL, DATASET -> Predicate.USES;
            case BENCHMARK -> Predicate.EVALUATED_ON;
            default -> null;
        };
    }

    /**
     * A paper that introduces a benchmark (and no method of its own) evaluates the models it names on it: each
     * model named from the benchmark's introduction on is evaluated on it (measured: all such models on the
     * development sets, against about one in three methods, which are often the benchmark's own baselines or
     * tools).
     */
    private static void evaluatedModels(Doc doc) {
        Candidate bench = null;
        for (String n : doc.introduces) {
            String k = doc.canonicalKey(n);
            for (Candidate c : doc.candidates) {
                if (doc.canonicalKey(c.name).equals(k) && (c.type == EntityType.BENCHMARK || c.type == EntityType.DATASET)) {
                    bench = c;
                    break;
                }
            }
            if (bench != null) break;
        }
        if (bench == null) return;
        String benchKey = doc.canonicalKey(bench.name);
        Set<String> done = new HashSet<>();
        for (Relation r : doc.relations) {
            if (doc.canonicalKey(r.object()).equals(benchKey)) done.add(doc.canonicalKey(r.subject()));
            if (doc.canonicalKey(r.subject()).equals(benchKey)) done.add(doc.canonicalKey(r.object()));
        }
        for (Candidate c : doc.candidates) {
            if (c.type != EntityType.MODEL || c.sentence < bench.sentence || setAside(doc.tokens(c.sentence), c.tokenBegin)) continue;
            if (tool(doc.tokens(c.sentence), c)) continue;
            if (!done.add(doc.canonicalKey(c.name))) continue;
            doc.relations.add(new Relation(c.name, Predicate.EVALUATED_ON, bench.name, doc.sentenceSpan(c.sentence),
                    "context:evaluatedOn", CONFIDENCE));
        }
    }

    /** "using GPT-4o as a judge", "with Qwen2.5 as the annotator": a model the evaluation works with, in a role. */
    private static boolean tool(List<CoreLabel> t, Candidate c) {
        boolean means = c.tokenBegin >= 1 && Set.of("using", "with", "via", "by").contains(t.get(c.tokenBegin - 1).word().toLowerCase(Locale.ROOT));
        boolean role = c.tokenEnd + 1 < t.size() && t.get(c.tokenEnd).word().equalsIgnoreCase("as")
                && Set.of("a", "an", "the").contains(t.get(c.tokenEnd + 1).word().toLowerCase(Locale.ROOT));
        return means && role;
    }

    /**
     * "reinforcement learning", "representation learning": a field of learning the abstract opens with is its
     * setting, which readers relate to the new thing in different ways (used, applied to, neither), so context
     * alone does not decide.
     */
    /** "Safe reinforcement learning (Safe RL) aims to ...": the abstract's first words name the field it works in. */
    private static boolean opensWith(Doc doc, Candidate c) {
        List<CoreLabel> t = doc.tokens(c.sentence);
        // not the start of a longer name: "Reinforcement learning from human feedback (RLHF)"
        return c.sentence == 0 && c.tokenBegin <= 1 && c.tokenEnd < t.size()
                && !Set.of("from", "with", "of", "-", "based").contains(t.get(c.tokenEnd).word().toLowerCase(Locale.ROOT));
    }

    private static boolean paradigm(Candidate c) {
        String n = (c.term != null ? c.term.name() : c.name).toLowerCase(Locale.ROOT);
        return n.endsWith("learning") || n.equals("rl") || n.endsWith(" rl");
    }

    private static boolean introduced(Doc doc, Candidate c) {
        String k = doc.canonicalKey(c.name);
        return doc.introduces.stream().anyMatch(n -> doc.canonicalKey(n).equals(k));
    }

    private static boolean setAside(List<CoreLabel> t, int at) {
        for (int i = at - 1; i >= 0 && i >= at - 4; i--) {
            if (SET_ASIDE.contains(t.get(i).word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
