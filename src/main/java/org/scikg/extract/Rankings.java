package org.scikg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Studies that compare a list of systems and then name the winner: "meshes were evaluated with seven regression
 * models: A, B, C, ... Extreme Gradient Boosting achieved the best performance", "five architectures (A, B, C, D
 * and E) ... A achieved optimal performance". The winner outperforms every other member of the list it was named
 * in. The list comes from the same abstract, not from the clause that crowns the winner, so the relation is
 * inferred ({@code context:best-of-list}) with the confidence of a relation read from a description.
 */
final class Rankings implements Stage {
    /** Words that crown one system: "achieved the best performance", "performs best", "the highest accuracy". */
    private static final Set<String> BEST = Set.of("best", "optimal", "highest", "strongest", "top", "best-performing",
            "top-performing");
    private static final Set<String> CROWNING = Set.of("achieve", "attain", "obtain", "yield", "deliver", "give", "show",
            "demonstrate", "provide", "perform", "reach", "record", "produce", "emerge", "be", "rank", "score");
    /** What may stand between two members of a list. */
    private static final Set<String> SEPARATORS = Set.of(",", "and", "or", ";", "'s", "as", "well");
    private static final int MIN_LIST = 3;

    @Override
    public String name() {
        return "rankings";
    }

    @Override
    public Set<String> provides() {
        return Set.of("relations");
    }

    @Override
    public Set<String> requires() {
        return Set.of("candidates", "types");
    }

    @Override
    public void apply(Doc doc) {
        List<List<Candidate>> lists = new ArrayList<>();
        for (int s = 0; s < doc.sentences.size(); s++) lists.addAll(lists(doc, s));
        if (lists.isEmpty()) return;
        // each list's winners, by match key
        java.util.Map<List<Candidate>, java.util.Map<String, Crown>> crowned = new java.util.LinkedHashMap<>();
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> t = doc.tokens(s);
            for (int verb : crowningVerbs(t)) for (Candidate winner : subjects(doc, s, verb, lists)) {
                String key = doc.canonicalKey(winner.name);
                for (List<Candidate> list : lists) {
                    if (list.get(0).sentence > s || list.stream().noneMatch(c -> doc.canonicalKey(c.name).equals(key))) continue;
                    crowned.computeIfAbsent(list, l -> new java.util.LinkedHashMap<>()).putIfAbsent(key, new Crown(winner, s));
                    break; // the first list that names it
                }
            }
        }
        for (var e : crowned.entrySet()) {
            // "RF achieved the highest accuracy, and SVM the highest AUC": no single winner
            if (e.getValue().size() != 1) continue;
            Crown w = e.getValue().values().iterator().next();
            String key = doc.canonicalKey(w.winner().name);
            for (Candidate other : e.getKey()) {
                if (doc.canonicalKey(other.name).equals(key)) continue;
                doc.relations.add(new Relation(w.winner().name, Predicate.OUTPERFORMS, other.name, doc.sentenceSpan(w.sentence()),
                        "context:best-of-list", ContextRelations.DESCRIPTION_CONFIDENCE));
            }
        }
    }

    /** A system said to be best, and the sentence that says so. */
    private record Crown(Candidate winner, int sentence) {
    }

    /** What is best when it is lowest: "the highest error rate", "the highest refusal rate". */
    private static final Set<String> LOWER_IS_BETTER = Set.of("error", "errors", "loss", "losses", "defect", "refusal",
            "latency", "cost", "costs", "failure", "failures", "hallucination", "toxicity", "bias", "perplexity", "risk",
            "variance", "runtime", "memory", "mae", "rmse", "mse", "wer", "cer", "distance", "drop", "degradation",
            "uncertainty", "false", "violation", "violations", "harm", "attack");

    /** The verbs before a word that crowns their subject ("achieved the best", "performs best"). */
    private static List<Integer> crowningVerbs(List<CoreLabel> t) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < t.size(); i++) {
            if (!BEST.contains(t.get(i).word().toLowerCase(Locale.ROOT))) continue;
            boolean lowerBetter = false;
            for (int k = i + 1; k < t.size() && k <= i + 4; k++) lowerBetter |= LOWER_IS_BETTER.contains(t.get(k).word().toLowerCase(Locale.ROOT));
            if (lowerBetter) continue;
            for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
                CoreLabel v = t.get(k);
                String lemma = (v.lemma() == null ? v.word() : v.lemma()).toLowerCase(Locale.ROOT);
                if (v.tag() != null && v.tag().startsWith("VB") && CROWNING.contains(lemma)) {
                    out.add(k);
                    break;
                }
                if (!Set.of("the", "an", "a", "overall", "consistently", "most").contains(v.word().toLowerCase(Locale.ROOT))) break;
            }
        }
        return out;
    }

    /** The systems named in the verb's clause before it: "The Alpha Shape reconstruction with XGBoost achieved". */
    private static List<Candidate> subjects(Doc doc, int s, int verb, List<List<Candidate>> lists) {
        List<CoreLabel> t = doc.tokens(s);
        int start = verb;
        while (start > 0 && !Set.of(",", ";", ":", "while", "whereas", "but", "than", "over").contains(t.get(start - 1).word().toLowerCase(Locale.ROOT))) {
            start--;
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : doc.inSentence(s)) {
            if (c.tokenBegin >= start && c.tokenEnd <= verb && system(c.type) && !doc.onlyModifier(c)) out.add(c);
        }
        // "trained 3 models LSTM, Bi-LSTM and Seq2Seq and LSTM scored the best": a list in the clause says not which
        final int from = start;
        boolean listed = lists.stream().anyMatch(l -> l.get(0).sentence == s && l.stream().anyMatch(c -> c.tokenBegin >= from && c.tokenEnd <= verb));
        return listed ? List.of() : out;
    }

    private static boolean system(EntityType type) {
        return type == EntityType.METHOD || type == EntityType.MODEL || type == EntityType.SOFTWARE;
    }

    /**
     * Runs of at least {@value #MIN_LIST} systems set apart only by commas and conjunctions. A name that follows a
     * member after "with", or in brackets after it, goes with that member ("EfficientNet-V2-S with self-supervised
     * learning (SSL), Vision Transformer, ..."); any other name ends the run.
     */
    private static List<List<Candidate>> lists(Doc doc, int s) {
        List<CoreLabel> t = doc.tokens(s);
        List<List<Candidate>> out = new ArrayList<>();
        List<Candidate> run = new ArrayList<>();
        int lastEnd = -1;
        for (Candidate c : doc.inSentence(s)) {
            if (!run.isEmpty()) {
                String gap = gap(t, lastEnd, c.tokenBegin);
                if (gap.equals("with") || gap.equals("(") || gap.isEmpty()) {
                    lastEnd = c.tokenEnd; // attached to the member before it
                    if (lastEnd < t.size() && t.get(lastEnd).word().equals(")")) lastEnd++;
                    continue;
                }
                if (!gap.equals("sep") || !system(c.type)) {
                    if (run.size() >= MIN_LIST) out.add(run);
                    run = new ArrayList<>();
                }
            }
            if (system(c.type) && !doc.onlyModifier(c)) {
                run.add(c);
                lastEnd = c.tokenEnd;
            } else if (!run.isEmpty()) {
                if (run.size() >= MIN_LIST) out.add(run);
                run = new ArrayList<>();
            }
        }
        if (run.size() >= MIN_LIST) out.add(run);
        return out;
    }

    /** "sep" when tokens [from, to) only separate list members, the words themselves when they are "with" or "(". */
    private static String gap(List<CoreLabel> t, int from, int to) {
        if (from >= to) return "";
        List<String> words = t.subList(from, to).stream().map(x -> x.word().toLowerCase(Locale.ROOT)).toList();
        if (words.equals(List.of("with")) || words.equals(List.of("("))) return words.get(0);
        return words.stream().allMatch(SEPARATORS::contains) && words.stream().anyMatch(w -> !w.equals("'s")) ? "sep" : "other";
    }
}
