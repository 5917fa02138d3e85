package org.scikg.extract;

import java.util.List;

/**
 * One entry of the vocabulary of known entities.
 *
 * @param name          the canonical name (skos:prefLabel)
 * @param type          its type
 * @param aliases       other labels (skos:altLabel)
 * @param caseSensitive true when its labels match only with exact case ("ARC", "MATH")
 * @param families      canonical names of the families it is a variant of
 */
public record Term(String name, EntityType type, List<String> aliases, boolean caseSensitive, List<String> families) {
    public Term {
        aliases = List.copyOf(aliases);
        families = List.copyOf(families);
    }

    /**
     * Whether a label matches whatever its case: every label of a term that is not case-sensitive, and a
     * case-sensitive term's lower-case phrases of several words ("rotary position embedding" of "RoPE").
     */
    public boolean anyCase(String label) {
        return !caseSensitive || label.indexOf(' ') > 0 && label.equals(label.toLowerCase(java.util.Locale.ROOT));
    }

    /** The canonical name first, then the aliases. */
    public List<String> labels() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
