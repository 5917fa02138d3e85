package org.scikg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Relations of the paper's focus, read from surface cues as a careful reader does: "We present X ...
 * we evaluate it on A, B and C" gives X evaluatedOn A, B, C. The focus is the model, method or software the
 * paper introduces that it names most often (or, in a study that introduces nothing, the method it is
 * clearly about); a sentence speaks of it
 * when it names it or refers to the paper's own work ("we", "our", "the proposed"). Each cue is a small
 * TokensRegex-like surface test over lemmas; these relations get lower confidence than those read from a parse.
 */
final class FocusRelations implements Stage {
    private static final Set<String> SELF = Set.of("we", "our", "ours", "it", "its", "proposed");
    private static final Set<String> EVAL_CUES = Set.of("evaluate", "experiment", "benchmark", "result", "achieve",
            "outperform", "state-of-the-art", "test", "report", "score", "accuracy", "demonstrate", "show", "reach",
            "obtain", "performance", "effective", "competitive", "surpass", "improve", "validate", "attain", "set");
    private static final Set<String> USE_CUES = Set.of("use", "using", "leverage", "employ", "adopt", "incorporate",
            "apply", "combine", "rely", "train", "with", "via", "through", "backbone", "integrate", "utilize",
            "equip", "exploit", "consist", "comprise", "contain", "include", "feature", "compose", "pre-train",
            "pretrain", "fine-tune", "finetune");
    private static final Set<String> BASE_CUES = Set.of("base", "inspire", "extend", "derive", "build");
    private static final Set<String> BEAT_CUES = Set.of("outperform", "surpass", "beat", "exceed", "better", "superior", "superiority",
            "leap");
    private static final Set<String> MATCH_CUES = Set.of("match", "comparable", "competitive", "par", "rival",
            "compare", "similar");
    private static final Set<String> STRONG_MATCH_CUES = Set.of("match", "comparable", "competitive", "par", "rival",
            "similar");

    /** Words that put a task as the purpose or field of a thing: "for meta-learning", "in offline RL". */
    private static final Set<String> TASK_CUES = Set.of("for", "to", "in", "on", "address", "addresses",
            "tackle", "tackles", "solve", "solves", "towards", "toward", "including", "across", "of", "and", ",", "or");

    /** Prepositions of means: "via reinforcement learning", "with self-supervised learning". */
    private static final Set<String> MEANS = Set.of("via", "with", "using", "through");

    /** Words that put the entity after them outside the relation: "instead of next-token prediction". */
    private static final Set<String> SET_ASIDE = Set.of("instead", "rather", "without", "unlike", "replacing", "replace",
            "replaces", "except", "besides");

    @Override
    public String name() {
        return "focus-relations";
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
        Candidate focus = focus(doc);
        for (int s = 0; s < doc.sentences.size(); s++) {
            evaluatedList(doc, s);
            taskExamples(doc, s);
        }
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> t = doc.tokens(s);
            Candidate agent = sentenceSubject(doc, s);
            String rule = "surface:subject-";
            if (agent == null && focus != null
                    && (doc.inSentence(s).stream().anyMatch(c -> same(c, focus)) || refersToSelf(t) || reportsResults(t))) {
                agent = focus;
                rule = "surface:focus-";
            }
            if (agent == null) continue;
            Candidate previous = null;
            Predicate previousPredicate = null;
            for (Candidate o : doc.inSentence(s)) {
                if (same(o, agent)) continue;
                boolean before = o.tokenBegin < agent.tokenBegin && o.sentence == agent.sentence;
                Predicate p = predicate(doc, t, o);
                // "(2) Zorb-Structure for document parsing": the item's own system is applied to its purpose
                Candidate item = itemOwner(doc, s, o);
                if (item != null && !same(item, agent)) {
                    if (p == Predicate.APPLIED_TO) {
                        doc.relations.add(new Relation(item.name, p, o.name, doc.sentenceSpan(s), "surface:item-appliedTo", 0.6));
                    }
                    previous = o;
                    previousPredicate = p;
                    continue;
                }
                // "The Gemini family consists of Ultra, Pro and Nano": its members are not things it uses
                if (p == Predicate.USES && (agent.name.equals(o.familyOf) || Names.key(o.name).startsWith(Names.key(agent.name)))) {
                    p = null;
                }
                // "Built using PyTorch and MONAI, PR3DICTR provides ...": before the subject only what it is built with
                // ("Built upon the EBC framework, EBC-ZIP inherits ...": or what it is built on)
                if (before && p != Predicate.USES && p != Predicate.BASED_ON) continue;
                // a simulator or library is not evaluated on a dataset: it is built with it or loads it
                if (p == Predicate.EVALUATED_ON && agent.type == EntityType.SOFTWARE && o.type == EntityType.DATASET) {
                    p = Predicate.USES;
                }
                // (not across items of an enumeration: "(1) A for X, (2) B for Y" lists A and B, not X and B)
                boolean newItem = Introductions.itemStart(t, o.tokenBegin) && previous != null && !Introductions.itemStart(t, previous.tokenBegin);
                if (p == null && previous != null && previousPredicate != null && !newItem && listed(t, previous.tokenEnd, o.tokenBegin)) {
                    p = previousPredicate; // "such as A (citation) and B": B stands where A stands
                }
                previous = o;
                previousPredicate = p;
                // "graph neural networks ... for traffic prediction": a known technique the sentence is about is the
                // background of a study, not a system applied to the task (none of 12 such links right on the
                // development sets; models and software the vocabulary knows are still applied)
                if (p == Predicate.APPLIED_TO && agent != focus && agent.term != null && agent.type == EntityType.METHOD) {
                    continue;
                }
                // "Experiments conducted using MCTS and MARL (QMIX, MAPPO) algorithms demonstrate that HDR ...": what
                // the experiments use, before what they show, is their setting, not a part of the new thing
                if (p == Predicate.USES && rule.equals("surface:focus-") && reportsResults(t) && beforeShowing(t, o.tokenBegin)) {
                    continue;
                }
                if (p != null) {
                    doc.relations.add(new Relation(agent.name, p, o.name, doc.sentenceSpan(s), rule + p.localName(),
                            p == Predicate.APPLIED_TO ? 0.5 : 0.6));
                }
            }
        }
    }

    /** The system that opens a list item right before "for" and the given task: "(1) Zorb-OCR for text recognition". */
    private static Candidate itemOwner(Doc doc, int s, Candidate o) {
        List<CoreLabel> t = doc.tokens(s);
        if (o.type != EntityType.TASK || o.tokenBegin < 2 || !t.get(o.tokenBegin - 1).word().equalsIgnoreCase("for")) return null;
        Candidate c = doc.at(s, o.tokenBegin - 2);
        return c != null && c.tokenEnd == o.tokenBegin - 1 && Introductions.itemStart(t, c.tokenBegin) && isAgent(c) ? c : null;
    }

    private static final Set<String> EVALUATING = Set.of("evaluate", "benchmark", "test", "assess", "compare", "probe");

    /**
     * "We evaluate GPT-5 and DeepSeek-R1 on 303 problems (203 from FOLIO, 100 from Multi-LogiEval)": the models
     * right after "we evaluate" are each evaluated on each benchmark or dataset the sentence names after them.
     */
    private static void evaluatedList(Doc doc, int s) {
        List<CoreLabel> t = doc.tokens(s);
        for (int v = 1; v < t.size(); v++) {
            if (!EVALUATING.contains(lemma(t.get(v))) || !t.get(v - 1).word().equalsIgnoreCase("we")) continue;
            List<Candidate> agents = new java.util.ArrayList<>();
            int j = v + 1;
            while (j < t.size()) {
                Candidate c = doc.at(s, j);
                String w = t.get(j).word().toLowerCase(Locale.ROOT);
                if (c != null && (c.type == EntityType.MODEL || c.type == EntityType.METHOD && c.term != null)) {
                    agents.add(c);
                    j = c.tokenEnd;
                } else if (w.equals(",") || w.equals("and") || w.equals("the") || w.equals("both")) {
                    j++;
                } else {
                    break;
                }
            }
            if (agents.isEmpty()) continue;
            for (Candidate o : doc.inSentence(s)) {
                if (o.tokenBegin < j || o.type != EntityType.BENCHMARK && o.type != EntityType.DATASET) continue;
                for (Candidate a : agents) {
                    doc.relations.add(new Relation(a.name, Predicate.EVALUATED_ON, o.name, doc.sentenceSpan(s),
                            "surface:evaluated-list", 0.6));
                }
            }
            return;
        }
    }

    private static final Set<String> KINDS = Set.of("models", "methods", "approaches", "algorithms", "systems",
            "frameworks", "baselines", "architectures", "techniques", "agents");

    /**
     * "specialized event extraction models such as GoLLIE", "Multi-Agent Reinforcement Learning (QMIX, MAPPO,
     * MADDPG) algorithms": the systems given as examples of a task's methods are applied to that task.
     */
    private static void taskExamples(Doc doc, int s) {
        List<CoreLabel> t = doc.tokens(s);
        for (Candidate task : doc.inSentence(s)) {
            if (task.type != EntityType.TASK) continue;
            int j = task.tokenEnd;
            boolean bracket = j < t.size() && t.get(j).word().equals("(");
            if (bracket) {
                j++;
            } else {
                if (j >= t.size() || !KINDS.contains(t.get(j).word().toLowerCase(Locale.ROOT))) continue;
                j++;
                if (j + 1 < t.size() && t.get(j).word().equalsIgnoreCase("such") && t.get(j + 1).word().equalsIgnoreCase("as")) j += 2;
                else if (j < t.size() && Set.of("like", "including").contains(t.get(j).word().toLowerCase(Locale.ROOT))) j++;
                else continue;
            }
            List<Candidate> examples = new java.util.ArrayList<>();
            while (j < t.size()) {
                Candidate c = doc.at(s, j);
                String w = t.get(j).word().toLowerCase(Locale.ROOT);
                if (c != null && c.tokenBegin == j && (c.type == EntityType.MODEL || c.type == EntityType.METHOD)) {
                    examples.add(c);
                    j = c.tokenEnd;
                } else if (w.equals(",") || w.equals("and") || w.equals("or")) {
                    j++;
                } else {
                    break;
                }
            }
            // a bracket holds examples only when nothing else is in it: "(QMIX, MAPPO, MADDPG)", not "(RL)"
            if (bracket && (j >= t.size() || !t.get(j).word().equals(")") || examples.size() < 2)) continue;
            for (Candidate e : examples) {
                doc.relations.add(new Relation(e.name, Predicate.APPLIED_TO, task.name, doc.sentenceSpan(s),
                        "surface:task-examples", 0.6));
            }
        }
    }

    private static final Set<String> APPLIED_GAINS = Set.of("achieve", "improve", "speedup", "speed-up", "accelerate",
            "reduce", "better", "gain", "gains", "boost");

    /** Whether one of the words stands right before the name, or before its article: "on DiT-XL", "of the VAR". */
    private static boolean governedBy(List<CoreLabel> t, int at, Set<String> words) {
        int k = at - 1;
        if (k >= 0 && t.get(k).word().equalsIgnoreCase("the")) k--;
        return k >= 0 && words.contains(t.get(k).word().toLowerCase(Locale.ROOT));
    }

    /** Which relation the sentence's cues give between the focus and another entity in it, or null. */
    private static Predicate predicate(Doc doc, List<CoreLabel> t, Candidate o) {
        EntityType type = o.type == null ? EntityType.METHOD : o.type;
        if (setAside(t, o.tokenBegin)) return null;
        switch (type) {
            case BENCHMARK, DATASET -> {
                return hasCue(t, EVAL_CUES) ? Predicate.EVALUATED_ON : null;
            }
            case TASK -> {
                // "trained via reinforcement learning", "an RL-based framework": a learning paradigm the thing is
                // built with is used, not a task it is applied to
                String full = o.term != null ? o.term.name() : o.name;
                if (full.toLowerCase(Locale.ROOT).endsWith("learning")
                        && (precededBy(t, o.tokenBegin, MEANS) || doc.onlyModifier(o))) {
                    return Predicate.USES;
                }
                return precededBy(t, o.tokenBegin, TASK_CUES) ? Predicate.APPLIED_TO : null;
            }
            case MODEL, METHOD, SOFTWARE -> {
                // "achieves better performance on DiT-XL", "improves the FID of VAR": a model a method's gains are
                // measured on is one it is applied to, not one it beats
                if (o.type == EntityType.MODEL && governedBy(t, o.tokenBegin, Set.of("on", "of"))
                        && cueBefore(t, o.tokenBegin, APPLIED_GAINS)) {
                    return Predicate.USES;
                }
                // "matches or surpasses X" is a comparison; in "30 points better accuracy compared to GPT-4o" the
                // stated winner decides
                if (cueBefore(t, o.tokenBegin, STRONG_MATCH_CUES)) return Predicate.COMPARED_WITH;
                // "improvements of 14.5% and 31.3% over LLaVA-Rad and MedGemma"
                if (overAfterGain(t, o.tokenBegin) || relativeAfterGain(t, o.tokenBegin)) return Predicate.OUTPERFORMS;
                if (cueBefore(t, o.tokenBegin, BEAT_CUES)) return Predicate.OUTPERFORMS;
                if (cueBefore(t, o.tokenBegin, MATCH_CUES)) return Predicate.COMPARED_WITH;
                if (cueBefore(t, o.tokenBegin, BASE_CUES) && basePreposition(t, pastDescription(t, pastPartitive(t, o.tokenBegin)))) {
                    return Predicate.BASED_ON;
                }
                return cueBefore(t, o.tokenBegin, USE_CUES) ? Predicate.USES : null;
            }
            default -> {
                return null;
            }
        }
    }

    /** The model, method or software named before the sentence's first finite verb ("X achieves ..."). */
    private static Candidate sentenceSubject(Doc doc, int s) {
        List<CoreLabel> t = doc.tokens(s);
        for (Candidate c : doc.inSentence(s)) {
            if (isAgent(c) && ownedBefore(t, c.tokenBegin)) return c;
        }
        int verb = 0;
        while (verb < t.size() && !(t.get(verb).tag() != null && t.get(verb).tag().matches("VBZ|VBP|VBD|MD"))) verb++;
        // "Built using PyTorch and MONAI, PR3DICTR provides ...": the name right before the verb is its subject
        for (Candidate c : doc.inSentence(s)) {
            int gap = verb - c.tokenEnd;
            if (isAgent(c) && (gap == 0 || gap == 1 && t.get(c.tokenEnd).tag() != null && t.get(c.tokenEnd).tag().startsWith("RB"))) {
                return c;
            }
        }
        for (Candidate c : doc.inSentence(s)) {
            if (c.tokenBegin >= verb) break;
            if (isAgent(c) && !prepositionalObject(t, c.tokenBegin)) return c;
        }
        return null;
    }

    /**
     * "Our model, trained with GRPO, outperforms ...", "When applied to DiT and FLUX, our approach ...", "Built
     * using (PyTorch and MONAI)": a name governed by a preposition, a gerund or a bracket is not the subject.
     */
    private static boolean prepositionalObject(List<CoreLabel> t, int at) {
        int words = 0;
        for (int i = at - 1; i >= 0 && words < 8; i--, words++) {
            String tag = t.get(i).tag();
            if (tag == null) return false;
            // "including Random Forest (RF), Cat-Boost, and ...": past a closed bracket in the list
            if (tag.equals("-RRB-")) {
                while (i > 0 && !"-LRB-".equals(t.get(i).tag())) i--;
                continue;
            }
            if (tag.equals("IN") || tag.equals("TO") || tag.equals("-LRB-") || tag.equals("VBG")) return true;
            // "applied to DiT and FLUX": back over the list the name is in
            if (!(tag.startsWith("JJ") || tag.equals("DT") || tag.startsWith("NN") || tag.equals("HYPH") || tag.equals("CC")
                    || tag.equals(",") || tag.equals("CD"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAgent(Candidate c) {
        return c.type == EntityType.MODEL || c.type == EntityType.METHOD || c.type == EntityType.SOFTWARE;
    }

    /** "our most-capable Gemini Ultra model", "the proposed X": the paper's own thing. */
    private static boolean ownedBefore(List<CoreLabel> t, int at) {
        for (int i = at - 1; i >= 0 && i >= at - 3; i--) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            // "the proposed X", not "the recently proposed X" (another's, as "previously proposed" is)
            if (w.equals("our") || w.equals("proposed") && !(i >= 1 && "RB".equals(t.get(i - 1).tag()))) return true;
            if (w.equals(",") || w.equals(".")) return false;
        }
        return false;
    }

    /**
     * The introduced model, method or software the abstract names most often (the first of equals); in a paper that
     * introduces none, the method a study is clearly about ({@link #studied}), else null: a paper about an unnamed
     * method of its own, or a study of several others' models, has no focus whose relations go without saying (the
     * guidelines give an unnamed method no relations).
     */
    static Candidate focus(Doc doc) {
        Candidate best = null;
        long bestMentions = 0;
        boolean onlyParts = doc.parts.containsAll(doc.introduces);
        for (String n : doc.introduces) {
            // a part of the new thing is not the paper's focus while the thing itself is named
            if (!onlyParts && doc.parts.contains(n)) continue;
            String key = doc.canonicalKey(n);
            Candidate first = null;
            long mentions = 0;
            for (Candidate c : doc.candidates) {
                if (!doc.canonicalKey(c.name).equals(key)) continue;
                if (c.type == EntityType.TASK || c.type == EntityType.METRIC || c.type == EntityType.BENCHMARK
                        || c.type == EntityType.DATASET) {
                    break;
                }
                if (first == null) first = c;
                mentions++;
            }
            if (first != null && mentions > bestMentions) {
                best = first;
                bestMentions = mentions;
            }
        }
        return best != null ? best : studied(doc);
    }

    /**
     * A study that introduces nothing may still be about one method: the one it names at least three times, more
     * often than any other, and as the subject of a verb ("offline Q-learning scales similarly ..."). Without such
     * a clear subject there is no focus (falling back to any most-mentioned method lost precision on every
     * development set).
     */
    private static Candidate studied(Doc doc) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, Candidate> first = new java.util.HashMap<>();
        java.util.Set<String> subjects = new java.util.HashSet<>();
        for (Candidate c : doc.candidates) {
            if (c.type != EntityType.MODEL && c.type != EntityType.METHOD) continue;
            String k = Names.key(c.name);
            counts.merge(k, 1, Integer::sum);
            first.putIfAbsent(k, c);
            List<CoreLabel> t = doc.tokens(c.sentence);
            for (int i = c.tokenEnd; i < t.size() && i <= c.tokenEnd + 1; i++) {
                String tag = t.get(i).tag();
                if (tag != null && tag.matches("VBZ|VBP|VBD|MD")) subjects.add(k);
            }
        }
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        List<String> best = counts.entrySet().stream().filter(e -> e.getValue() == most).map(java.util.Map.Entry::getKey).toList();
        return most >= 3 && best.size() == 1 && subjects.contains(best.get(0)) ? first.get(best.get(0)) : null;
    }

    private static boolean same(Candidate a, Candidate b) {
        return Names.key(a.name).equals(Names.key(b.name));
    }

    /** Nouns that open a report of the paper's own results: "Extensive experiments on ...", "Evaluation shows ...". */
    private static final Set<String> REPORTS = Set.of("experiments", "experiment", "evaluation", "evaluations",
            "results", "experimental", "empirically", "empirical");

    /** "Quantitative evaluation demonstrates substantial improvements ...": the paper's own results, unnamed. */
    private static boolean reportsResults(List<CoreLabel> t) {
        for (int i = 0; i < t.size() && i < 4; i++) {
            if (REPORTS.contains(t.get(i).word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static final Set<String> SHOWING = Set.of("demonstrate", "show", "indicate", "reveal", "confirm", "suggest",
            "verify", "validate");

    /** Whether a verb of showing comes after the given token: "Experiments using X demonstrate ...". */
    private static boolean beforeShowing(List<CoreLabel> t, int at) {
        for (int i = at + 1; i < t.size(); i++) {
            if (SHOWING.contains(lemma(t.get(i)))) return true;
        }
        return false;
    }

    private static boolean refersToSelf(List<CoreLabel> t) {
        return t.stream().anyMatch(k -> SELF.contains(k.word().toLowerCase(Locale.ROOT)));
    }

    private static String lemma(CoreLabel k) {
        return (k.lemma() == null ? k.word() : k.lemma()).toLowerCase(Locale.ROOT);
    }

    private static boolean hasCue(List<CoreLabel> t, Set<String> cues) {
        return t.stream().anyMatch(k -> cues.contains(lemma(k)) || cues.contains(k.word().toLowerCase(Locale.ROOT)));
    }

    /** A cue between the start of the sentence (or the last full stop of a clause) and the entity. */
    private static boolean cueBefore(List<CoreLabel> t, int at, Set<String> cues) {
        for (int i = at - 1; i >= 0 && i >= at - 15; i--) {
            String w = t.get(i).word();
            // "X scored the highest with averages of 3.56, while Y scored the lowest": a new clause about another
            if (w.equals(";") || Set.of("while", "whereas", "but").contains(w.toLowerCase(Locale.ROOT))
                    && !"VBG".equals(t.get(i + 1).tag())) {
                return false; // "while performing ...": the same subject goes on
            }
            if (cues.contains(lemma(t.get(i))) || cues.contains(w.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static final Set<String> GAINS = Set.of("improvement", "improvements", "gain", "gains", "margin",
            "advantage", "advantages", "speedup", "speed-up", "boost", "boosts");

    private static final Set<String> GAIN_VERBS = Set.of("reduce", "lower", "cut", "improve", "increase", "boost", "raise");

    /** "reduces the word error rate by 12% relative to X", "improves accuracy by 3 points compared to X". */
    private static boolean relativeAfterGain(List<CoreLabel> t, int at) {
        int k = at - 1;
        if (k >= 0 && Set.of("the", "a", "an").contains(t.get(k).word().toLowerCase(Locale.ROOT))) k--;
        if (k < 1 || !Set.of("to", "with").contains(t.get(k).word().toLowerCase(Locale.ROOT))
                || !Set.of("relative", "compared").contains(t.get(k - 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean by = false;
        for (int i = k - 2; i >= 0 && i >= k - 12; i--) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals(";")) return false;
            if (w.equals("by")) by = true;
            if (by && GAIN_VERBS.contains(lemma(t.get(i)))) return true;
        }
        return false;
    }

    /** "over X" (or "over A and X") with a gain stated a few words before it. */
    private static boolean overAfterGain(List<CoreLabel> t, int at) {
        int i = at - 1;
        while (i >= 0 && at - i < 8 && !t.get(i).word().equalsIgnoreCase("over")) i--;
        if (i < 0 || at - i >= 8) return false;
        for (int k = i + 1; k < at; k++) {
            String w = t.get(k).word();
            if (!(w.equals(",") || w.equalsIgnoreCase("and") || w.equalsIgnoreCase("the") || Character.isUpperCase(w.charAt(0))
                    || Character.isDigit(w.charAt(0)))) {
                return false;
            }
        }
        return cueBefore(t, i, GAINS);
    }

    /** "instead of X", "rather than X", "without X", "replacing X with": X is set aside, not used. */
    private static boolean setAside(List<CoreLabel> t, int at) {
        for (int i = at - 1; i >= 0 && i >= at - 3; i--) {
            if (SET_ASIDE.contains(t.get(i).word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** Only list separators, and bracketed asides such as citations, between two positions. */
    private static boolean listed(List<CoreLabel> t, int from, int to) {
        int depth = 0;
        boolean separator = false;
        for (int i = from; i < to; i++) {
            String w = t.get(i).word();
            if (w.equals("(")) depth++;
            else if (w.equals(")")) depth--;
            else if (depth == 0) {
                if (w.equals(",") || w.equalsIgnoreCase("and") || w.equalsIgnoreCase("or")) separator = true;
                else return false;
            }
        }
        return separator && depth == 0;
    }

    private static final Set<String> PARTITIVES = Set.of("subset", "version", "portion", "part", "variant", "extension",
            "modification", "combination");

    /**
     * "based on a partially reannotated subset of the ACLED data": where the phrase that holds the name starts, past
     * "a ... subset of (the)"; the name's own start otherwise.
     */
    private static int pastPartitive(List<CoreLabel> t, int at) {
        int k = at - 1;
        if (k >= 0 && Set.of("the", "a", "an").contains(t.get(k).word().toLowerCase(Locale.ROOT))) k--;
        if (k < 1 || !t.get(k).word().equalsIgnoreCase("of") || !PARTITIVES.contains(t.get(k - 1).word().toLowerCase(Locale.ROOT))) {
            return at;
        }
        k -= 2;
        while (k >= 0 && at - k < 9 && t.get(k).tag() != null && t.get(k).tag().matches("JJ.*|RB.*|VBN|DT")) k--;
        return k + 1;
    }

    /**
     * "upon the recently proposed EBC framework", "upon a foundation diffusion transformer": where the noun phrase
     * that holds the name starts, past its article, adverbs, participles and lower-case modifiers.
     */
    private static int pastDescription(List<CoreLabel> t, int at) {
        int k = at - 1;
        while (k >= 0 && at - k <= 4 && t.get(k).tag() != null && t.get(k).tag().matches("RB|VBN|JJ|NN|HYPH")
                && Character.isLowerCase(t.get(k).word().charAt(0))) {
            k--;
        }
        if (k >= 0 && Set.of("the", "a", "an").contains(t.get(k).word().toLowerCase(Locale.ROOT))) return k;
        return k == at - 1 ? at : k + 1;
    }

    /** "on X", "upon the X", "from X", "on top of X": the preposition of what a thing is built on, right before it. */
    private static boolean basePreposition(List<CoreLabel> t, int at) {
        int k = at - 1;
        if (k >= 2 && t.get(k).word().equalsIgnoreCase("of") && t.get(k - 1).word().equalsIgnoreCase("top")) k -= 2;
        return k >= 0 && Set.of("on", "upon", "by", "from").contains(t.get(k).word().toLowerCase(Locale.ROOT));
    }

    private static boolean precededBy(List<CoreLabel> t, int at, Set<String> words) {
        for (int i = at - 1; i >= 0 && i >= at - 3; i--) {
            if (words.contains(t.get(i).word().toLowerCase(Locale.ROOT))) return true;
            String tag = t.get(i).tag();
            if (tag != null && tag.startsWith("VB")) return false;
        }
        return false;
    }
}
