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

    @Override
    public void apply(Doc doc) {
        List<Candidate> all = doc.candidates;
        for (Candidate member : all) {
            for (Candidate family : all) {
                if (Names.key(member.name).equals(Names.key(family.name))) continue;
                String rule = rule(member, family);
                if (rule != null) {
                    doc.relations.add(new Relation(member.name, Predicate.VARIANT_OF, family.name,
                            doc.sentenceSpan(member.sentence), rule, rule.endsWith("vocabulary") ? 0.95 : 0.8));
                }
            }
        }
    }

    private static String rule(Candidate member, Candidate family) {
        if (member.term != null && member.term.families().stream().anyMatch(f -> sameName(f, family.name))) {
            return "family:vocabulary";
        }
        if (member.familyOf != null && sameName(member.familyOf, family.name)) return "family:version";
        boolean models = member.type == EntityType.MODEL && (family.type == EntityType.MODEL || family.type == null);
        String m = member.name;
        String f = family.name;
        if (models && m.length() > f.length() + 1 && m.toLowerCase(Locale.ROOT).startsWith(f.toLowerCase(Locale.ROOT))) {
            String rest = m.substring(f.length()).trim();
            char sep = m.charAt(f.length());
            if ((sep == ' ' || sep == '-') && !rest.isEmpty() && rest.split("[\\s-]+").length <= 3
                    && java.util.Arrays.stream(rest.split("[\\s-]+")).allMatch(NameShapes::isVersion)) {
                return "family:name-prefix";
            }
        }
        return null;
    }

    private static boolean sameName(String a, String b) {
        return Names.key(a).equals(Names.key(b));
    }
}
