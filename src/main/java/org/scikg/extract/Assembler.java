package org.scikg.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the candidates of a read {@link Doc} into an {@link Extraction}: one entity per name, typed. */
final class Assembler {
    private Assembler() {
    }

    static Extraction assemble(Doc doc) {
        Map<String, Group> groups = new LinkedHashMap<>();
        List<Candidate> ordered = new ArrayList<>(doc.candidates);
        ordered.sort(java.util.Comparator.comparingInt((Candidate c) -> c.begin));
        for (Candidate c : ordered) {
            String name = doc.longForms.getOrDefault(Names.key(c.name), c.name);
            c.name = name;
            groups.computeIfAbsent(Names.key(name), k -> new Group(name)).add(c);
        }
        mergePlurals(groups);
        groups.values().removeIf(g -> unsupported(g, doc) || category(g, doc));
        List<Entity> entities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (Group g : groups.values()) {
            entities.add(g.entity());
            for (Candidate c : g.members) {
                mentions.add(new Mention(g.name, c.surface, new Span(c.sentence, c.begin, c.end)));
            }
        }
        List<String> introduces = new ArrayList<>();
        for (String n : doc.introduces) {
            Group g = group(doc, groups, n);
            if (g != null && !introduces.contains(g.name)) introduces.add(g.name);
        }
        List<Span> sentences = new ArrayList<>();
        for (int s = 0; s < doc.sentences.size(); s++) sentences.add(doc.sentenceSpan(s));
        List<Relation> relations = canonical(doc, doc.relations, groups);
        List<Result> results = doc.results.stream().filter(r -> group(doc, groups, r.subject()) != null)
                .map(r -> new Result(group(doc, groups, r.subject()).name, r.metric(), r.value(),
                        r.benchmark() == null || group(doc, groups, r.benchmark()) == null ? r.benchmark()
                                : group(doc, groups, r.benchmark()).name,
                        r.evidence(), r.rule(), r.confidence()))
                .toList();
        return new Extraction(doc.text, sentences, entities, mentions, introduces, relations, results);
    }

    /** Whether a name ends like a plural: "GHMs", "ResNets", not the size "Zorbix-S" or "Zorbix S". */
    private static boolean plural(String name) {
        String n = name.replaceAll("\\W+$", "");
        return n.endsWith("s") && !n.matches("(?s).*[-\\s]s");
    }

    /** "GHMs" and "GHM", "ResNets" and "ResNet": a plural joins its singular's group. */
    private static void mergePlurals(Map<String, Group> groups) {
        for (String key : List.copyOf(groups.keySet())) {
            if (key.length() < 3 || !key.endsWith("s")) continue;
            Group singular = groups.get(key.substring(0, key.length() - 1));
            Group plural = groups.get(key);
            if (singular == null || plural == null || singular == plural || !plural(plural.name)) continue;
            for (Candidate c : plural.members) {
                c.name = singular.name;
                singular.add(c);
            }
            groups.remove(key);
        }
    }

    /**
     * A group of lone capitalised words ("Markov", "Simulation"), or of runs of plain capitalised words ("Red
     * Robin", "Shakta Tantra"), with nothing to vouch for it: no type from context, a single lone word (or only
     * lone words that modify a noun), not introduced, in no relation read from a parse, and no result's subject.
     */
    private static boolean unsupported(Group g, Doc doc) {
        boolean plain = g.members.stream().allMatch(c -> c.plain && !c.typedByContext && c.term == null);
        // "online HD map", "a BEV space", "an IQR filter": an acronym nobody defines or types, only ever before a
        // common noun, is part of a description
        boolean modifierAcronym = g.members.stream().allMatch(c -> c.term == null && c.source == Candidate.Source.SHAPE
                && !c.typedByContext && c.tokenEnd - c.tokenBegin == 1 && c.surface.matches("\\p{Lu}{2,5}")
                && modifiesNoun(doc, c));
        if (modifierAcronym) plain = true;
        if (!plain && !g.members.stream().allMatch(c -> c.weak && !c.typedByContext)) return false;
        // "Markov policy ... non-Markov policies": a word that only ever modifies a common noun is an adjective
        if (!plain && g.members.size() > 1 && !g.members.stream().allMatch(c -> modifiesNoun(doc, c))) return false;
        String key = Names.key(g.name);
        if (doc.introduces.stream().anyMatch(n -> Names.key(n).equals(key))) return false;
        return doc.relations.stream().filter(r -> !r.rule().startsWith("surface:") && !r.rule().startsWith("context:")
                        && !r.rule().startsWith("apposition:"))
                .noneMatch(r -> Names.key(r.subject()).equals(key) || Names.key(r.object()).equals(key))
                && doc.results.stream().noneMatch(r -> Names.key(r.subject()).equals(key));
    }

    /** Whether a lowercase common noun follows the candidate ("Markov policies", "Lewis games"). */
    private static boolean modifiesNoun(Doc doc, Candidate c) {
        var t = doc.tokens(c.sentence);
        if (c.tokenEnd >= t.size()) return false;
        var next = t.get(c.tokenEnd);
        return next.tag() != null && next.tag().startsWith("NN") && Character.isLowerCase(next.word().charAt(0));
    }

    /**
     * "Video-and-Language Models (VLMs)", "long-context language models (LCLMs)": a plural "models" that the
     * vocabulary does not know names a class of models, not one (the guidelines' "large models"), unless the
     * paper introduces it.
     */
    private static boolean category(Group g, Doc doc) {
        if (g.members.stream().anyMatch(c -> c.term != null)) return false;
        String key = Names.key(g.name);
        if (doc.introduces.stream().anyMatch(n -> doc.canonicalKey(n).equals(key))) {
            return false;
        }
        return g.members.stream().anyMatch(c -> c.surface.toLowerCase(java.util.Locale.ROOT).matches(".*[\\s-]models"));
    }

    /** The group a name given by a stage stands for, through its long form's acronym where it has one. */
    private static Group group(Doc doc, Map<String, Group> groups, String name) {
        Group g = groups.get(doc.canonicalKey(name));
        if (g == null) g = groups.get(Names.key(name));
        // a plural merged into its singular ("GESs" into "GES")
        String key = doc.canonicalKey(name);
        if (g == null && key.length() >= 3 && key.endsWith("s") && plural(name)) g = groups.get(key.substring(0, key.length() - 1));
        return g;
    }

    private static List<Relation> canonical(Doc doc, List<Relation> relations, Map<String, Group> groups) {
        Map<String, Relation> out = new LinkedHashMap<>();
        for (Relation r : relations) {
            Group s = group(doc, groups, r.subject());
            Group o = group(doc, groups, r.object());
            if (s == null || o == null || s == o) continue;
            Relation c = new Relation(s.name, r.predicate(), o.name, r.evidence(), r.rule(), r.confidence());
            // one relation per triple: the surest reading of it (a parse over a surface cue), else the first
            out.merge(s.name + "\u0000" + r.predicate() + "\u0000" + o.name, c,
                    (old, neu) -> neu.confidence() > old.confidence() ? neu : old);
        }
        return List.copyOf(out.values());
    }

    /** The candidates that name one entity. */
    private static final class Group {
        final String name;
        final List<Candidate> members = new ArrayList<>();

        Group(String name) {
            this.name = name;
        }

        void add(Candidate c) {
            members.add(c);
        }

        Entity entity() {
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> families = new LinkedHashSet<>();
            boolean known = false;
            for (Candidate c : members) {
                if (!c.surface.equals(name)) aliases.add(c.surface);
                if (c.term != null) {
                    known = true;
                    if (!c.term.name().equals(name)) aliases.add(c.term.name());
                    families.addAll(c.term.families());
                }
                if (c.familyOf != null) families.add(c.familyOf);
            }
            return new Entity(name, type(), List.copyOf(aliases), List.copyOf(families), known);
        }

        /** The vocabulary's type if any member has it, else the most frequent guess, else one from the shape. */
        private EntityType type() {
            Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
            for (Candidate c : members) {
                if (c.typeFixed) return c.type;
                if (c.type != null) votes.merge(c.type, 1, Integer::sum);
            }
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElseGet(() -> byShape(name, members));
        }

        private static EntityType byShape(String name, List<Candidate> members) {
            return Typing.byShape(members.get(0));
        }
    }
}
