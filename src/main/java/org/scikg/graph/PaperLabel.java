package org.scikg.graph;

/**
 * A paper's display label, stored as {@code rdfs:label} on the paper so that listings read one value instead of
 * working it out for every row: the title, else the identifier, else the abstract, cut after its first
 * {@value #ABSTRACT_CHARACTERS} characters (Unicode code points, as SPARQL counts them) with {@code "..."} added.
 */
public final class PaperLabel {
    /** How many characters of the abstract a label made from it keeps. */
    public static final int ABSTRACT_CHARACTERS = 60;

    /**
     * The same rule in SPARQL, over {@code ?title}, {@code ?identifier} and {@code ?abstract}: the expression the
     * named queries computed before the label was stored, and the one {@link Statistics#refreshAll} uses.
     */
    static final String SPARQL = "COALESCE(?title, ?identifier, IF(STRLEN(?abstract) > " + ABSTRACT_CHARACTERS
            + ", CONCAT(SUBSTR(?abstract, 1, " + ABSTRACT_CHARACTERS + "), \"...\"), ?abstract))";

    private PaperLabel() {
    }

    /**
     * The label of a paper with these stored values, any of which may be null.
     *
     * @return the label, or null when all three are null
     */
    public static String of(String title, String identifier, String abstractText) {
        if (title != null) return title;
        if (identifier != null) return identifier;
        if (abstractText == null) return null;
        if (abstractText.codePointCount(0, abstractText.length()) <= ABSTRACT_CHARACTERS) return abstractText;
        return abstractText.substring(0, abstractText.offsetByCodePoints(0, ABSTRACT_CHARACTERS)) + "...";
    }
}
