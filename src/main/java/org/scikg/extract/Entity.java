package org.scikg.extract;

import java.util.List;

/**
 * An entity found in one abstract.
 *
 * @param name     the canonical name, spelled as the abstract (or the vocabulary) spells it
 * @param type     its type
 * @param aliases  other spellings seen in the abstract, and the vocabulary's name where it differs
 * @param families canonical names of families it belongs to, where known
 * @param known    true when the vocabulary knows it
 */
public record Entity(String name, EntityType type, List<String> aliases, List<String> families, boolean known) implements java.io.Serializable {
    public Entity {
        aliases = List.copyOf(aliases);
        families = List.copyOf(families);
    }
}
