package org.scikg.extract;

/**
 * A span of tokens that names (or may name) an entity, while a {@link Doc} is being read. Mutable:
 * later stages type it, merge it or drop it.
 */
final class Candidate {
    /** How a candidate was found; earlier sources are more trustworthy. */
    enum Source { GAZETTEER, ACRONYM, DEFINITION, SHAPE }

    final int sentence;
    final int tokenBegin;
    final int tokenEnd;
    final int begin;
    final int end;
    final String surface;
    final Source source;
    /** The canonical name this span refers to; starts as the surface form. */
    String name;
    EntityType type;
    /** True when the type was decided by the vocabulary, which later guesses must not override. */
    boolean typeFixed;
    Term term;
    /** A lone capitalised word found by shape alone, kept only if something else vouches for it. */
    boolean weak;
    /** Capitalised words found by shape alone, none name-like ("Red Robin", "Shakta Tantra"): kept only if vouched for. */
    boolean plain;
    /** True when a head noun or apposition gave the type (not the vocabulary, not the shape). */
    boolean typedByContext;
    /** How strongly the context typed it: 4 a definition, 2 a head noun after it, 1 a head noun in it. */
    int typeWeight;
    /** The canonical name of the family this candidate is a member of, where known. */
    String familyOf;

    Candidate(int sentence, int tokenBegin, int tokenEnd, int begin, int end, String surface, Source source) {
        this.sentence = sentence;
        this.tokenBegin = tokenBegin;
        this.tokenEnd = tokenEnd;
        this.begin = begin;
        this.end = end;
        this.surface = surface;
        this.source = source;
        this.name = surface;
    }

    boolean overlaps(Candidate o) {
        return sentence == o.sentence && tokenBegin < o.tokenEnd && o.tokenBegin < tokenEnd;
    }

    @Override
    public String toString() {
        return surface + "[" + type + "," + source + "]";
    }
}
