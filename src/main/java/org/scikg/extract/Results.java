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
    private static final TokenSequencePattern VALUE = TokenSequencePattern.compile(
            "([{word:/[+-]?\\d+(\\.\\d+)?/}] [{word:/%|points?|pp|x|×/}]?)");
    private static final Pattern METRIC_WORD = Pattern.compile(
            "(?i)accuracy|f1|bleu|rouge(-\\w+)?|recall|precision|error|auc|map|score|win-rate|success|reward|return");
    private static final int WINDOW = 8;

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
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> t = doc.tokens(s);
            TokenSequenceMatcher m = VALUE.getMatcher(t);
            while (m.find()) {
                if (doc.at(s, m.start()) != null) continue;
                String value = doc.surface(s, m.start(), m.end());
                String metric = metric(doc, s, m.start(), m.end());
                boolean percent = value.endsWith("%") || value.contains(".");
                if (metric == null && !percent) continue;
                Candidate bench = benchmark(doc, s, m.end());
                Candidate subject = subject(doc, s, m.start());
                if (subject == null || metric == null && bench == null) continue;
                doc.results.add(new Result(subject.name, metric, value, bench == null ? null : bench.name,
                        doc.sentenceSpan(s), "tokensregex:value-metric", bench != null ? 0.7 : 0.5));
            }
        }
    }

    /** A Metric entity, or a metric word, within a few tokens after the value (or just before it: "accuracy of"). */
    private static String metric(Doc doc, int s, int start, int end) {
        List<CoreLabel> t = doc.tokens(s);
        for (int j = end; j < t.size() && j < end + WINDOW / 2; j++) {
            Candidate c = doc.at(s, j);
            if (c != null && c.type == EntityType.METRIC) return c.surface;
            if (METRIC_WORD.matcher(t.get(j).word()).matches()) return doc.surface(s, end, j + 1);
        }
        for (int j = start - 1; j >= 0 && j >= start - 3; j--) {
            Candidate c = doc.at(s, j);
            if (c != null && c.type == EntityType.METRIC) return c.surface;
        }
        return null;
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

    private static Candidate subject(Doc doc, int s, int before) {
        Candidate best = null;
        for (Candidate c : doc.inSentence(s)) {
            boolean agent = c.type == null || c.type == EntityType.MODEL || c.type == EntityType.METHOD;
            if (c.tokenEnd <= before && agent) best = c;
        }
        if (best != null) return best;
        for (String n : doc.introduces) {
            for (Candidate c : doc.candidates) {
                if (c.name.equals(n)) return c;
            }
        }
        return null;
    }
}
