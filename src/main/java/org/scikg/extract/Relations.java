package org.scikg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;

/**
 * Relations from dependency parses with Semgrex rules ({@link RelationRule}). Only sentences that name two
 * entities, or one entity and the paper itself ("we", "our method"), are parsed.
 */
final class Relations implements Stage {
    private static final Set<String> SELF = Set.of("we", "our", "it", "ours", "this");
    private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "nummod", "appos", "amod", "dep",
            "nmod:poss", "obl:npmod");

    private final DependencyParser parser;
    private final List<RelationRule> rules;

    Relations(DependencyParser parser) {
        this.parser = parser;
        this.rules = RelationRule.bundled();
    }

    @Override
    public String name() {
        return "relations";
    }

    @Override
    public Set<String> provides() {
        return Set.of("relations", "parses");
    }

    @Override
    public Set<String> requires() {
        return Set.of("candidates", "types", "introduces");
    }

    @Override
    public void apply(Doc doc) {
        List<Integer> chosen = new ArrayList<>();
        for (int s = 0; s < doc.sentences.size(); s++) {
            long names = doc.inSentence(s).stream().map(c -> Names.key(c.name)).distinct().count();
            boolean entities = names >= 2 || names == 1 && !doc.introduces.isEmpty() && mentionsSelf(doc, s);
            if (entities && hasTrigger(doc, s) && doc.tokens(s).size() <= MAX_PARSE_TOKENS && !readAlready(doc, s)) {
                chosen.add(s);
            }
        }
        parser.parse(doc, chosen);
        if (CoreNlpExtractor.PROFILE.enabled()) {
            CoreNlpExtractor.PROFILE.add("sentences", doc.sentences.size() * 1_000_000L);
            CoreNlpExtractor.PROFILE.add("sentences-parsed", chosen.size() * 1_000_000L);
        }
        for (int s : chosen) {
            SemanticGraph g = doc.sentences.get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (g != null) match(doc, s, g);
        }
    }

    /**
     * The lemmas the rules look for; a sentence with none of them cannot match a rule, so it is not parsed
     * (the parser costs more than the rest of the pipeline together).
     */
    private static final Set<String> TRIGGERS = Set.of("outperform", "surpass", "beat", "exceed", "outmatch",
            "outclass", "dominate", "improve", "than", "match", "rival", "compare", "comparable", "competitive",
            "similar", "par", "evaluate", "test", "benchmark", "validate", "assess", "apply", "run", "train",
            "demonstrate", "show", "use", "employ", "leverage", "adopt", "utilize", "utilise", "incorporate",
            "integrate", "combine", "exploit", "rely", "build", "equip", "augment", "fine-tune", "finetune",
            "pretrain", "implement", "base", "derive", "inspire", "ground", "extend", "adapt", "initialize",
            "distil", "distill", "generalize", "generalise", "introduce", "add", "achieve", "reach", "obtain",
            "attain", "set", "score", "perform", "effective", "using");
    /** Longer sentences are not parsed: the parser's time grows with length, and such "sentences" are rarely prose. */
    static final int MAX_PARSE_TOKENS = 120;

    private static boolean hasTrigger(Doc doc, int s) {
        for (var t : doc.tokens(s)) {
            String l = t.lemma() == null ? t.word() : t.lemma();
            if (TRIGGERS.contains(l.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * A sentence whose relations the surface cues have read already is not parsed again: the parser finds
     * little more there, and it costs more than everything else together.
     */
    private static boolean readAlready(Doc doc, int s) {
        Span sentence = doc.sentenceSpan(s);
        if (doc.relations.stream().noneMatch(r -> r.evidence().equals(sentence) && r.rule().startsWith("surface:"))) {
            return false;
        }
        // comparisons name several systems, whose roles the surface cues around one focus cannot tell apart
        for (var t : doc.tokens(s)) {
            String l = t.lemma() == null ? t.word() : t.lemma();
            if (COMPARISONS.contains(l.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    private static final Set<String> COMPARISONS = Set.of("outperform", "surpass", "beat", "exceed", "outmatch",
            "outclass", "than", "compare", "comparable", "rival", "match");

    private static boolean mentionsSelf(Doc doc, int s) {
        return doc.tokens(s).stream().anyMatch(t -> SELF.contains(t.word().toLowerCase(Locale.ROOT)));
    }

    private void match(Doc doc, int s, SemanticGraph g) {
        for (RelationRule rule : rules) {
            SemgrexMatcher m = rule.pattern().matcher(g);
            while (m.find()) {
                for (Candidate subj : resolveAll(doc, s, g, m.getNode("s"))) {
                    for (Candidate obj : resolveAll(doc, s, g, m.getNode("o"))) {
                        if (accepts(rule.subjectTypes(), subj) && accepts(rule.objectTypes(), obj)
                                && !Names.key(subj.name).equals(Names.key(obj.name))) {
                            doc.relations.add(new Relation(subj.name, rule.predicate(), obj.name, doc.sentenceSpan(s),
                                    rule.name(), rule.confidence()));
                        }
                    }
                }
            }
        }
    }

    private static boolean accepts(Set<EntityType> types, Candidate c) {
        return types.contains(c.type == null ? EntityType.METHOD : c.type);
    }

    /** The entities a node stands for, following conjunctions ("X and Y"). */
    private static Set<Candidate> resolveAll(Doc doc, int s, SemanticGraph g, IndexedWord node) {
        Set<Candidate> out = new LinkedHashSet<>();
        if (node == null) return out;
        Set<IndexedWord> nodes = new LinkedHashSet<>();
        nodes.add(node);
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            if (e.getRelation().toString().startsWith("conj")) nodes.add(e.getDependent());
        }
        for (IndexedWord n : nodes) {
            Candidate c = resolve(doc, s, g, n);
            if (c != null) out.add(c);
        }
        return out;
    }

    private static Candidate resolve(Doc doc, int s, SemanticGraph g, IndexedWord node) {
        Candidate c = doc.at(s, node.index() - 1);
        if (c != null) return c;
        // "the LOFT benchmark", "GPT-4's answers": a head noun stands for the name it is made of only when it says
        // what kind of thing the name is; "an HD map" is a map, not HD
        boolean kindHead = NameShapes.headType(node.word()) != null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            String rel = e.getRelation().toString();
            if (!kindHead && rel.equals("compound")) continue;
            if (NAME_PARTS.contains(rel)) {
                c = doc.at(s, e.getDependent().index() - 1);
                // "our GNN-based approach", "Mamba-based architectures": a name made a modifier is not the thing
                if (c != null && !doc.onlyModifier(c)) return c;
            }
        }
        if (SELF.contains(node.word().toLowerCase(Locale.ROOT)) || isOwnWork(g, node)) return introduced(doc);
        return null;
    }

    /** "our method", "the proposed approach". */
    private static boolean isOwnWork(SemanticGraph g, IndexedWord node) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            String w = e.getDependent().word().toLowerCase(Locale.ROOT);
            if (w.equals("our") || w.equals("proposed")) return true;
        }
        return false;
    }

    private static Candidate introduced(Doc doc) {
        for (String n : doc.introduces) {
            for (Candidate c : doc.candidates) {
                if (c.name.equals(n)) return c;
            }
        }
        return null;
    }
}
