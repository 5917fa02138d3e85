package org.scikg.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reference scorer of ../shared/gold/score.py, in Java, with the same matching rules and the same
 * figures: records paired by normalised text; entities matched greedily one-to-one by any normalised name
 * or alias (and a name without a trailing generic head); Benchmark and Dataset one group; relations and
 * introductions through each side's entity forms; results by exact value and subject.
 */
public final class Scorer {
    static final Set<String> HEADLINE = Set.of("Model", "Method", "Benchmark", "Dataset", "Software");
    static final List<String> COUNTERS = List.of("headline_typed", "all_untyped", "introduces", "relations",
            "relations_lenient", "results", "Task", "Metric", "Model", "Method", "Data", "Software");
    private static final List<String> GENERIC_HEADS = List.of("benchmark", "dataset", "data set", "corpus", "suite",
            "model", "models", "method", "algorithm", "framework", "library", "toolkit", "architecture", "family");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015_\\-/]");
    private static final Pattern OTHER = Pattern.compile("[^\\w\\s.+#]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Precision, recall, F1 (rounded to 4 places as the reference does) and the counts. */
    public record Prf(double p, double r, double f1, long tp, long pred, long gold) {
    }

    /** One finding about one record: {@code kind} is e.g. "missed entity", "extra relation", "wrong type". */
    public record Finding(String record, String kind, String what, String detail) {
    }

    /** All figures, in the reference's order, and the per-record findings. */
    public record Report(Map<String, Prf> scores, int records, int withoutPrediction, List<Finding> findings) {
    }

    private Scorer() {
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = DASHES.matcher(n).replaceAll(" ");
        n = OTHER.matcher(n).replaceAll(" ");
        n = SPACES.matcher(n).replaceAll(" ");
        return strip(n, " .");
    }

    private static String strip(String s, String chars) {
        int b = 0;
        int e = s.length();
        while (b < e && chars.indexOf(s.charAt(b)) >= 0) b++;
        while (e > b && chars.indexOf(s.charAt(e - 1)) >= 0) e--;
        return s.substring(b, e);
    }

    /** The key records are paired by: the text without its first "Abstract:", whitespace collapsed. */
    public static String textKey(String t) {
        String s = t == null ? "" : t.replaceFirst(Pattern.quote("Abstract:"), "");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    static Set<String> variants(String n) {
        Set<String> out = new HashSet<>();
        out.add(n);
        for (String h : GENERIC_HEADS) {
            if (n.endsWith(" " + h) && n.length() > h.length() + 2) out.add(n.substring(0, n.length() - h.length() - 1).strip());
        }
        return out;
    }

    static Set<String> forms(JsonNode ent) {
        Set<String> out = new HashSet<>(variants(norm(text(ent, "name"))));
        for (JsonNode a : ent.path("aliases")) out.addAll(variants(norm(a.asText())));
        out.remove("");
        return out;
    }

    private static String group(String t) {
        return "Benchmark".equals(t) || "Dataset".equals(t) ? "Data" : t;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Greedy one-to-one matching, as the reference: each gold entity takes the first unused prediction. */
    static List<int[]> match(List<JsonNode> gold, List<JsonNode> pred, boolean typed) {
        List<int[]> pairs = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            Set<String> gf = forms(gold.get(gi));
            for (int pi = 0; pi < pred.size(); pi++) {
                if (used.contains(pi)) continue;
                if (typed && !java.util.Objects.equals(group(text(gold.get(gi), "type")), group(text(pred.get(pi), "type")))) continue;
                if (intersects(gf, forms(pred.get(pi)))) {
                    pairs.add(new int[] {gi, pi});
                    used.add(pi);
                    break;
                }
            }
        }
        return pairs;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }

    private static Function<String, Set<String>> resolver(List<JsonNode> ents) {
        Map<String, Set<String>> table = new HashMap<>();
        for (JsonNode e : ents) {
            Set<String> fs = forms(e);
            for (String f : fs) table.put(f, fs);
        }
        return name -> {
            String n = norm(name);
            return table.getOrDefault(n, variants(n));
        };
    }

    private static final class Counter {
        long tp;
        long np;
        long ng;

        void add(long t, long p, long g) {
            tp += t;
            np += p;
            ng += g;
        }

        Prf prf() {
            double p = np > 0 ? (double) tp / np : (ng == 0 ? 1.0 : 0.0);
            double r = ng > 0 ? (double) tp / ng : 1.0;
            double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
            return new Prf(round4(p), round4(r), round4(f), tp, np, ng);
        }
    }

    static double round4(double x) {
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static List<JsonNode> list(JsonNode n, String field) {
        List<JsonNode> out = new ArrayList<>();
        n.path(field).forEach(out::add);
        return out;
    }

    /** Scores predictions against gold records (both parsed JSON objects in the gold format). */
    public static Report score(List<JsonNode> gold, List<JsonNode> predictions) {
        Map<String, JsonNode> preds = new HashMap<>();
        for (JsonNode r : predictions) {
            String t = text(r, "text") != null ? text(r, "text") : text(r, "abstract");
            preds.put(textKey(t), r);
        }
        Map<String, Counter> c = new LinkedHashMap<>();
        COUNTERS.forEach(k -> c.put(k, new Counter()));
        List<Finding> findings = new ArrayList<>();
        int missing = 0;
        for (JsonNode g : gold) {
            JsonNode p = preds.get(textKey(text(g, "text")));
            if (p == null) {
                missing++;
                p = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            }
            new RecordScore(g, p, c, findings).run();
        }
        Map<String, Prf> out = new LinkedHashMap<>();
        c.forEach((k, v) -> out.put(k, v.prf()));
        return new Report(out, gold.size(), missing, findings);
    }

    /** The scoring of one gold record against its prediction. */
    private record RecordScore(JsonNode g, JsonNode p, Map<String, Counter> c, List<Finding> findings) {
        void run() {
            String id = text(g, "id");
            List<JsonNode> ge = list(g, "entities");
            List<JsonNode> pe = list(p, "entities");
            List<JsonNode> gh = ge.stream().filter(e -> HEADLINE.contains(text(e, "type"))).toList();
            List<JsonNode> ph = pe.stream().filter(e -> HEADLINE.contains(text(e, "type"))).toList();
            c.get("headline_typed").add(match(gh, ph, true).size(), ph.size(), gh.size());
            List<int[]> pairs = match(ge, pe, false);
            c.get("all_untyped").add(pairs.size(), pe.size(), ge.size());
            for (String t : List.of("Task", "Metric", "Model", "Method", "Data", "Software")) {
                List<JsonNode> gt = ge.stream().filter(e -> t.equals(group(text(e, "type")))).toList();
                List<JsonNode> pt = pe.stream().filter(e -> t.equals(group(text(e, "type")))).toList();
                c.get(t).add(match(gt, pt, true).size(), pt.size(), gt.size());
            }
            Function<String, Set<String>> gres = resolver(ge);
            Function<String, Set<String>> pres = resolver(pe);
            introduces(id, gres, pres);
            relations(id, gres, pres);
            results(gres, pres);
            entityFindings(id, ge, pe, pairs);
        }

        private void introduces(String id, Function<String, Set<String>> gres, Function<String, Set<String>> pres) {
            List<JsonNode> gn = list(g, "introduces");
            List<JsonNode> pn = list(p, "introduces");
            List<Set<String>> gi = gn.stream().map(n -> gres.apply(n.asText())).toList();
            List<Set<String>> pi = pn.stream().map(n -> pres.apply(n.asText())).toList();
            Set<Integer> used = new HashSet<>();
            long tp = 0;
            for (int j = 0; j < pi.size(); j++) {
                boolean found = false;
                for (int k = 0; k < gi.size() && !found; k++) {
                    if (!used.contains(k) && intersects(pi.get(j), gi.get(k))) {
                        used.add(k);
                        tp++;
                        found = true;
                    }
                }
                if (!found) findings.add(new Finding(id, "extra introduction", pn.get(j).asText(), ""));
            }
            for (int k = 0; k < gi.size(); k++) {
                if (!used.contains(k)) findings.add(new Finding(id, "missed introduction", gn.get(k).asText(), ""));
            }
            c.get("introduces").add(tp, pi.size(), gi.size());
        }

        private void relations(String id, Function<String, Set<String>> gres, Function<String, Set<String>> pres) {
            List<JsonNode> gr = list(g, "relations");
            List<JsonNode> pr = list(p, "relations");
            for (boolean lenient : new boolean[] {false, true}) {
                Set<Integer> used = new HashSet<>();
                long tp = 0;
                for (JsonNode r : pr) {
                    boolean hit = false;
                    for (int gi = 0; gi < gr.size(); gi++) {
                        JsonNode q = gr.get(gi);
                        if (used.contains(gi) || !key(text(q, "p"), lenient).equals(key(text(r, "p"), lenient))) continue;
                        if (intersects(gres.apply(text(q, "s")), pres.apply(text(r, "s")))
                                && intersects(gres.apply(text(q, "o")), pres.apply(text(r, "o")))) {
                            used.add(gi);
                            hit = true;
                            break;
                        }
                    }
                    if (hit) tp++;
                    else if (!lenient) findings.add(new Finding(id, "extra relation", triple(r), ""));
                }
                c.get(lenient ? "relations_lenient" : "relations").add(tp, pr.size(), gr.size());
                if (!lenient) {
                    for (int gi = 0; gi < gr.size(); gi++) {
                        if (!used.contains(gi)) findings.add(new Finding(id, "missed relation", triple(gr.get(gi)), ""));
                    }
                }
            }
        }

        private static String key(String predicate, boolean lenient) {
            if (lenient && ("comparedWith".equals(predicate) || "outperforms".equals(predicate))) return "compare";
            return String.valueOf(predicate);
        }

        private static String triple(JsonNode r) {
            return text(r, "s") + " " + text(r, "p") + " " + text(r, "o");
        }

        private void results(Function<String, Set<String>> gres, Function<String, Set<String>> pres) {
            List<JsonNode> gx = list(g, "results");
            List<JsonNode> px = list(p, "results");
            Set<Integer> used = new HashSet<>();
            long tp = 0;
            for (JsonNode r : px) {
                for (int k = 0; k < gx.size(); k++) {
                    JsonNode q = gx.get(k);
                    if (used.contains(k) || !norm(text(q, "value")).equals(norm(text(r, "value")))) continue;
                    String qs = text(q, "subject") == null ? "" : text(q, "subject");
                    String rs = text(r, "subject") == null ? "" : text(r, "subject");
                    if (intersects(gres.apply(qs), pres.apply(rs))) {
                        used.add(k);
                        tp++;
                        break;
                    }
                }
            }
            c.get("results").add(tp, px.size(), gx.size());
        }

        private void entityFindings(String id, List<JsonNode> ge, List<JsonNode> pe, List<int[]> pairs) {
            for (JsonNode e : pe) {
                boolean known = ge.stream().anyMatch(x -> intersects(forms(e), forms(x)));
                if (!known) findings.add(new Finding(id, "extra entity", text(e, "name"), text(e, "type")));
            }
            Set<Integer> matched = new HashSet<>();
            for (int[] pr : pairs) {
                matched.add(pr[0]);
                JsonNode gEnt = ge.get(pr[0]);
                JsonNode pEnt = pe.get(pr[1]);
                if (!java.util.Objects.equals(group(text(gEnt, "type")), group(text(pEnt, "type")))) {
                    findings.add(new Finding(id, "wrong type", text(gEnt, "name"),
                            text(pEnt, "type") + " (gold " + text(gEnt, "type") + ")"));
                }
            }
            for (int gi = 0; gi < ge.size(); gi++) {
                if (!matched.contains(gi)) findings.add(new Finding(id, "missed entity", text(ge.get(gi), "name"), text(ge.get(gi), "type")));
            }
        }
    }

    /** The figures as the reference prints them, one line each. */
    public static String table(Report r) {
        StringBuilder b = new StringBuilder();
        r.scores().forEach((k, v) -> b.append(String.format(Locale.ROOT, "%-20s P=%s R=%s F1=%s  (tp=%d pred=%d gold=%d)%n",
                k, f3(v.p()), f3(v.r()), f3(v.f1()), v.tp(), v.pred(), v.gold())));
        b.append(String.format(Locale.ROOT, "%-20s %d%n", "records", r.records()));
        b.append(String.format(Locale.ROOT, "%-20s %d%n", "records_without_prediction", r.withoutPrediction()));
        return b.toString();
    }

    static String f3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
