package org.scikg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Family membership within one abstract: a member the vocabulary or the discovery stage tied to a family
 * that the abstract also names, and a model whose name extends another's by a version or size
 * ("Gemini 1.5 Pro" of "Gemini", "Gemma 2" of "Gemma").
 */
final class Families implements Stage {
    @Override
    public String name() {
        return "families";
    }

    @Override
    public Set<String> provides() {
        return Set.of("relations");
    }

    @Override
    public Set<String> requires() {
        return Set.of("candidates", "types");
    }

    private static final Set<String> LISTING_VERBS = Set.of("consist", "include", "comprise", "come", "span",
            "feature", "contain", "offer", "have", "cover");

    @Override
    public void apply(Doc doc) {
        for (int s = 0; s < doc.sentences.size(); s++) listedMembers(doc, s);
        List<Candidate> all = doc.candidates;
        for (Candidate member : all) {
            for (Candidate family : all) {
                if (Names.key(member.name).equals(Names.key(family.name))) continue;
                String rule = rule(member, family);
                // "Zorbix-S" of "Zorbix, a lightweight backbone": a size of a new thing is the same kind of thing
                // (a size in parameters is a trained model's: "ToRL-7B" of the method ToRL)
                if ("family:name-prefix".equals(rule) && member.term == null && !member.typeFixed && family.type != null
                        && family.typeWeight > member.typeWeight && !member.name.matches("(?s).*\\d(\\.\\d+)?[BM]\\b.*")) {
                    member.type = family.type;
                    member.typeWeight = family.typeWeight;
                }
                if (rule != null) {
                    doc.relations.add(new Relation(member.name, Predicate.VARIANT_OF, family.name,
                            doc.sentenceSpan(member.sentence), rule, rule.endsWith("vocabulary") ? 0.95 : 0.8));
                }
            }
        }
    }

    /**
     * "The Gemini family consists of Ultra, Pro, and Nano sizes": members named by their variant word alone
     * become "Gemini Ultra", "Gemini Pro", "Gemini Nano" (with the bare word as an alias); members of a family
     * the paper introduces are introduced too.
     */
    private static void listedMembers(Doc doc, int s) {
        List<edu.stanford.nlp.ling.CoreLabel> t = doc.tokens(s);
        for (Candidate family : List.copyOf(doc.inSentence(s))) {
            int k = family.tokenEnd;
            if (family.type != EntityType.MODEL || k + 2 >= t.size()
                    || !Set.of("family", "series", "models").contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String lemma = t.get(k + 1).lemma() == null ? "" : t.get(k + 1).lemma().toLowerCase(Locale.ROOT);
            if (!LISTING_VERBS.contains(lemma)) continue;
            int j = k + 2;
            if (j < t.size() && t.get(j).word().equalsIgnoreCase("of")) j++;
            for (; j < t.size(); j++) {
                String w = t.get(j).word();
                if (w.equals(",") || w.equalsIgnoreCase("and") || w.equalsIgnoreCase("or")) continue;
                Candidate there = doc.at(s, j);
                if (there != null && there.source == Candidate.Source.SHAPE && there.tokenEnd - there.tokenBegin == 1) {
                    doc.candidates.remove(there);
                    there = null;
                }
                if (!NameShapes.isVersion(w) || there != null) break;
                Candidate member = doc.candidate(s, j, j + 1, Candidate.Source.SHAPE);
                member.name = family.name + " " + w;
                member.type = EntityType.MODEL;
                member.familyOf = family.name;
                if (doc.offer(member) && doc.introduces.contains(family.name)) doc.introduces.add(member.name);
            }
        }
    }

    private static String rule(Candidate member, Candidate family) {
        // a family has versions, sizes and members: models, methods, software; "top-1 accuracy" is a kind of
        // accuracy, not a member of it
        if (member.type == EntityType.METRIC || member.type == EntityType.TASK) return null;
        if (member.term != null && member.term.families().stream().anyMatch(f -> sameName(f, family.name))) {
            return "family:vocabulary";
        }
        if (member.familyOf != null && sameName(member.familyOf, family.name)) return "family:version";
        // "Zorbix-S" of "Zorbix": sizes of a model, or of a new method that the paper ships in sizes
        boolean models = systemLike(member.type) && (systemLike(family.type) || family.type == null);
        String m = member.name;
        String f = family.name;
        if (models && m.length() > f.length() + 1 && m.toLowerCase(Locale.ROOT).startsWith(f.toLowerCase(Locale.ROOT))) {
            char sep = m.charAt(f.length());
            String rest = m.substring(f.length() + 1).trim();
            if ((sep == ' ' || sep == '-') && !rest.isEmpty() && rest.split("[\\s-]+").length <= 3
                    && java.util.Arrays.stream(rest.split("[\\s-]+")).allMatch(NameShapes::isVersion)) {
                return "family:name-prefix";
            }
        }
        return null;
    }

    private static boolean systemLike(EntityType type) {
        return type == EntityType.MODEL || type == EntityType.METHOD;
    }

    private static boolean sameName(String a, String b) {
        return Names.key(a).equals(Names.key(b));
    }
}
