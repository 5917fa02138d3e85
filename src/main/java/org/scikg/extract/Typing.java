package org.scikg.extract;

import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Types for candidates the vocabulary did not type, from the words around them: a head noun in the name
 * ("Waymo Open Motion Dataset") or right after it ("the LOFT benchmark"), or an apposition ("Waymax, a
 * new simulator for ..."). What stays untyped gets a type from its shape when the entity is assembled.
 */
final class Typing implements Stage {
    private static final int APPOSITION_WINDOW = 8;

    @Override
    public String name() {
        return "typing";
    }

    @Override
    public Set<String> provides() {
        return Set.of("types");
    }

    @Override
    public Set<String> requires() {
        return Set.of("candidates");
    }

    @Override
    public void apply(Doc doc) {
        for (Candidate c : doc.candidates) {
            if (c.typeFixed || c.type != null) continue;
            List<CoreLabel> t = doc.tokens(c.sentence);
            EntityType type = NameShapes.headType(t.get(c.tokenEnd - 1).word());
            if (type == null && c.tokenEnd < t.size()) type = NameShapes.headType(t.get(c.tokenEnd).word());
            if (type == null) type = apposition(t, c.tokenEnd);
            c.type = type;
        }
    }

    /** "X, a new benchmark of ..." or "X (a simulator ...)": the first head noun in the phrase after X. */
    static EntityType apposition(List<CoreLabel> t, int after) {
        if (after + 1 >= t.size()) return null;
        String sep = t.get(after).word();
        if (!sep.equals(",") && !sep.equals("(") && !sep.equals(":")) return null;
        int k = after + 1;
        if (k < t.size() && Set.of("a", "an", "the", "our").contains(t.get(k).word().toLowerCase())) k++;
        for (int j = k; j < t.size() && j < after + APPOSITION_WINDOW; j++) {
            CoreLabel tok = t.get(j);
            EntityType type = NameShapes.headType(tok.word());
            if (type != null) return type;
            String tag = tok.tag();
            if (tag == null || !(tag.startsWith("NN") || tag.startsWith("JJ") || tag.startsWith("VBN")
                    || tag.equals("HYPH") || tag.equals("CD") || tag.equals("VBG"))) {
                return null;
            }
        }
        return null;
    }
}
