package org.scikg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;

/**
 * Reported numbers: a value found by a TokensRegex pattern ("74.3 %", "0.82", "+5.1 points"), with the
 * metric named next to it, the benchmark it was measured on ("on ImageNet") and the model or method it is
 * for (the nearest one before it in the sentence, else the entity the paper introduces).
 */
final class Results implements Stage {
    /**
     * Values as written: 74.3 %, >99 %, +5.1 points, 2x, up to 2.35x, about 30 points better, 2-3×, 30 of 32,
     * 11 out of 18, 3rd, 2-3 times higher, 10M tokens, and plain numbers (kept only when a metric names them).
     */
    private static final TokenSequencePattern VALUE = TokenSequencePattern.compile(
            // a qualifier as written ("up to 2.35x", "about 30 points", "more than 5%"), a number or range, a unit,
            // and a comparative after it ("30 points better")
            "(([{word:/up/}] [{word:/to/}] | [{word:/about|over|nearly|approximately|around|roughly|almost/}]"
            + " | [{word:/more|less/}] [{word:/than/}])?"
            + " [{word:/[>≥<≤~≈]/}]? [{word:/[+-]?\\d+(\\.\\d+)?(-\\d+(\\.\\d+)?)?/}] [{word:/[\\\\]/}]? [{word:/%|points?|pp|x|×/}]"
            + " [{word:/higher|lower|faster|better|fewer|less/}]?)"
            + " | (([{word:/up/}] [{word:/to/}] | [{word:/about|over|nearly|approximately|around|roughly|almost/}])?"
            + " [{word:/\\d+(\\.\\d+)?(-\\d+(\\.\\d+)?)?[x×]/}] [{word:/higher|lower|faster|better|fewer|less/}]?)"
            + " | ([{word:/\\d+/}] [{word:/of/}] [{word:/\\d+/}])"
            + " | ([{word:/\\d+/}] [{word:/out/}] [{word:/of/}] [{word:/\\d+/}])"
            + " | ([{word:/\\d+(st|nd|rd|th)/}])"
            + " | ([{word:/\\d+(\\.\\d+)?(-\\d+(\\.\\d+)?)?/}] [{word:/times|fold/}]"
            + " [{word:/higher|lower|faster|better|more|larger|smaller|fewer|less|improvement/}])"
            + " | ([{word:/\\d+(\\.\\d+)?[kKMB]/}] [{word:/tokens/}]?)"
            + " | ([{word:/[+-]?\\d+(\\.\\d+)?/}])");
    private static final Pattern METRIC_WORD = Pattern.compile(
            "(?i)accuracy|f1|bleu|rouge(-\\w+)?|recall|precision|error|auc|map|score|win-rate|success|reward|return");
    private static final int WINDOW = 8;
    private static final Pattern VALUE_START = Pattern.compile("[-+~]?\\d[\\d.,]*[%MBKk]?");

    @Override
    public String name() {
        return "results";
    }

    @Override
    public Set<String> provides() {
        return Set.of("results");
    }

    @Override
    public Set<String> requires() {
        return Set.of("candidates", "types", "introduces");
    }

    @Override
    public void apply(Doc doc) {
        Candidate focus = FocusRelations.focus(doc); // once per abstract: it counts every introduced name's mentions
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> t = doc.tokens(s);
            TokenSequenceMatcher m = VALUE.getMatcher(t);
            while (m.find()) {
                if (doc.at(s, m.start()) != null) continue;
                int end = m.end();
                while (end < t.size() && Set.of("%", "\\%", "tokens", "points").contains(t.get(end).word())) end++;
                String value = doc.surface(s, m.start(), end);
                if (value.matches("(19|20)\\d{2}")) continue;
                String metric = metric(doc, s, m.start(), end);
                Candidate subject = bracketed(doc, s, m.start(), end);
                if (subject == null && (metric == null && !strongShape(value) || metric != null && !known(doc, s, m.start(), end)
                        && !value.contains(".") && !strongShape(value))) {
                    continue;
                }
                Candidate bench = benchmark(doc, s, end);
                if (bench == null) bench = opening(doc, s, m.start());
                if (subject == null) subject = subject(doc, focus, s, m.start());
                if (subject == null) continue;
                doc.results.add(new Result(subject.name, metric, value, bench == null ? null : bench.name,
                        doc.sentenceSpan(s), "tokensregex:value", bench != null ? 0.7 : 0.5));
                if (bench != null && isAgent(subject)) evaluated(doc, subject, bench, s);
            }
        }
    }

    /** A value that is a result by its form alone: a percentage, a ratio, a rank, "N of M", a context size. */
    private static boolean strongShape(String value) {
        return value.endsWith("%") || value.matches(".*\\d\\s?[x×](\\s.*)?") || value.matches(".*\\b(of|times|fold|higher|lower|faster|better|more|tokens|points)\\b.*")
                || value.matches("\\d+(st|nd|rd|th)");
    }

    /** Whether the metric next to a plain integer is one the vocabulary or the text typed as a metric. */
    private static boolean known(Doc doc, int s, int start, int end) {
        for (int j = Math.max(0, start - 3); j < Math.min(doc.tokens(s).size(), end + WINDOW / 2); j++) {
            Candidate c = doc.at(s, j);
            if (c != null && c.type == EntityType.METRIC) return true;
            // "detection accuracy 94": a measure the text qualifies, which is no entity of its own
            if (c == null && Typing.GENERAL_MEASURES.contains(doc.tokens(s).get(j).word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** "Claude 2.1 (200k)": a value in brackets right after an entity is that entity's. */
    private static Candidate bracketed(Doc doc, int s, int start, int end) {
        List<CoreLabel> t = doc.tokens(s);
        if (start < 2 || end >= t.size() || !t.get(start - 1).word().equals("(") || !t.get(end).word().equals(")")) {
            return null;
        }
        Candidate c = doc.at(s, start - 2);
        return c != null && (c.type == EntityType.MODEL || c.type == EntityType.METHOD) ? c : null;
    }

    /** A Metric entity, or a metric word, within a few tokens after the value (or just before it: "accuracy of"). */
    private static String metric(Doc doc, int s, int start, int end) {
        List<CoreLabel> t = doc.tokens(s);
        for (int j = end; j < t.size() && j < end + WINDOW / 2; j++) {
            Candidate c = doc.at(s, j);
            if (c != null && c.type == EntityType.METRIC) return c.surface;
            if (METRIC_WORD.matcher(t.get(j).word()).matches()) {
                int from = end;
                while (from < j && !Character.isLetterOrDigit(t.get(from).word().charAt(0))) from++;
                return doc.surface(s, from, j + 1);
            }
        }
        for (int j = start - 1; j >= 0 && j >= start - 3; j--) {
            Candidate c = doc.at(s, j);
            // not the measure of a number before it: "1.22 GFLOPs reaches 93.9%"
            if (c != null && c.type == EntityType.METRIC && c.tokenBegin > 0 && VALUE_START.matcher(t.get(c.tokenBegin - 1).word()).matches()) break;
            if (c != null && c.type == EntityType.METRIC) return c.surface;
            // "a detection accuracy of 92%": the measure with the words that qualify it
            if (c == null && METRIC_WORD.matcher(t.get(j).word()).matches()) {
                Candidate named = j > 0 ? doc.at(s, j - 1) : null; // "a J&F score of 87.3"
                if (named != null && named.type == EntityType.METRIC) return named.surface;
                int from = j;
                while (from > 0 && from > j - 2 && doc.at(s, from - 1) == null && t.get(from - 1).tag() != null
                        && t.get(from - 1).tag().matches("NNS?") && Character.isLowerCase(t.get(from - 1).word().charAt(0))
                        && !Set.of("percent", "models", "results").contains(t.get(from - 1).word())) {
                    from--;
                }
                return doc.surface(s, from, j + 1);
            }
        }
        return null;
    }

    /** "On ModelNet40, Zorbix-S reaches 93.6%": the benchmark a sentence opens with, before the value. */
    private static Candidate opening(Doc doc, int s, int before) {
        List<CoreLabel> t = doc.tokens(s);
        if (t.size() < 3 || !Set.of("on", "in", "for", "across").contains(t.get(0).word().toLowerCase(Locale.ROOT))) return null;
        int k = 1;
        if (t.get(k).word().equalsIgnoreCase("the")) k++;
        Candidate c = doc.at(s, k);
        if (c == null || c.tokenBegin != k || c.tokenEnd >= before) return null;
        boolean data = c.type == EntityType.BENCHMARK || c.type == EntityType.DATASET;
        int after = c.tokenEnd;
        // "On the REDS benchmark," / "On ImageNet-1K,": the phrase must end at the comma
        if (after < t.size() && NameShapes.headType(t.get(after).word()) != null) after++;
        return data && after < t.size() && t.get(after).word().equals(",") ? c : null;
    }

    /** A value reported for a system on a benchmark says the system was evaluated on it. */
    private static void evaluated(Doc doc, Candidate subject, Candidate bench, int s) {
        String sk = doc.canonicalKey(subject.name);
        String bk = doc.canonicalKey(bench.name);
        if (sk.equals(bk)) return;
        boolean related = doc.relations.stream().anyMatch(r -> doc.canonicalKey(r.subject()).equals(sk)
                && doc.canonicalKey(r.object()).equals(bk));
        if (!related) {
            doc.relations.add(new Relation(subject.name, Predicate.EVALUATED_ON, bench.name, doc.sentenceSpan(s),
                    "result:evaluatedOn", 0.6));
        }
    }

    private static Candidate benchmark(Doc doc, int s, int from) {
        List<CoreLabel> t = doc.tokens(s);
        for (int j = from; j < t.size() && j < from + WINDOW; j++) {
            Candidate c = doc.at(s, j);
            boolean data = c != null && (c.type == EntityType.BENCHMARK || c.type == EntityType.DATASET);
            if (data && j > 0 && Set.of("on", "in", "across", "for").contains(t.get(c.tokenBegin - 1).word().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whom a value is for: the paper's focus when the sentence names it or speaks of the paper's own work,
     * else the nearest model or method before the value.
     */
    private static Candidate subject(Doc doc, Candidate focus, int s, int before) {
        List<Candidate> here = doc.inSentence(s);
        boolean self = doc.tokens(s).stream().anyMatch(k -> Set.of("we", "our", "it", "its").contains(k.word().toLowerCase(Locale.ROOT)));
        // "we demonstrate our method can ... a 3.7x speedup": the paper's own unnamed method, no one else's number
        if (self && doc.introduces.isEmpty() && doc.tokens(s).stream().anyMatch(k -> k.word().equalsIgnoreCase("our"))) return null;
        boolean focusBefore = focus != null && here.stream().anyMatch(c -> c.tokenEnd <= before
                && Names.key(c.name).equals(Names.key(focus.name)));
        if (focusBefore) return focus;
        if (focus != null && (self || here.stream().anyMatch(c -> Names.key(c.name).equals(Names.key(focus.name))))) {
            // another model, or another new thing of the paper's ("our experiments show that its Zorbix module
            // cuts 80% of the tokens"), reports the value itself
            boolean otherAgentFirst = here.stream().anyMatch(c -> c.tokenEnd <= before
                    && (c.type == EntityType.MODEL || isAgent(c) && doc.introduces.contains(c.name))
                    && !Names.key(c.name).equals(Names.key(focus.name)));
            if (!otherAgentFirst) return focus;
        }
        Candidate best = null;
        List<CoreLabel> t = doc.tokens(s);
        for (Candidate c : here) {
            // "Zorbix-S ..., outperforming Quorl with 5x fewer parameters": what is beaten reports nothing
            // (unless a clause gives it its own: "surpassing Quorl, a baseline that achieves only 23.7%")
            boolean beaten = best != null && c.tokenBegin > 0 && COMPARING.contains(t.get(c.tokenBegin - 1).word().toLowerCase(Locale.ROOT))
                    && t.subList(Math.min(c.tokenEnd, before), before).stream().noneMatch(k -> k.tag() != null && k.tag().matches("VBZ|VBP|VBD"));
            // "with local Quorl attention and reaches 58.2%": a name that modifies a noun is not what reports
            boolean modifier = best != null && c.tokenEnd < t.size() && t.get(c.tokenEnd).tag() != null
                    && t.get(c.tokenEnd).tag().startsWith("NN") && Character.isLowerCase(t.get(c.tokenEnd).word().charAt(0));
            if (c.tokenEnd <= before && isAgent(c) && !beaten && !modifier) best = c;
        }
        return best != null ? best : focus;
    }

    private static final Set<String> COMPARING = Set.of("outperforming", "outperforms", "outperform", "surpassing",
            "surpasses", "exceeding", "exceeds", "beating", "than", "over", "vs", "vs.", "versus");

    private static boolean isAgent(Candidate c) {
        return c.type == EntityType.MODEL || c.type == EntityType.METHOD || c.type == EntityType.SOFTWARE;
    }
}
