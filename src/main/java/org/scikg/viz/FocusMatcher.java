package org.scikg.viz;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.scikg.viz.StoreSnapshot.Entity;

/** Finds the entities a user's name denotes: case-insensitively, ignoring hyphens, underscores and spaces. */
final class FocusMatcher {
    private FocusMatcher() {
    }

    /** The name folded for comparison: lower case, without whitespace, hyphens (any dash) or underscores. */
    static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Pd}_]+", "");
    }

    /**
     * The IRIs of the entities whose preferred label, alternative labels or match keys fold to the same text.
     *
     * @throws VizException if none does; the message suggests up to five entities whose names contain the text
     */
    static Set<String> match(String name, Collection<Entity> entities) {
        String key = fold(name);
        Set<String> found = new TreeSet<>();
        for (Entity e : entities) {
            if (names(e).anyMatch(n -> fold(n).equals(key))) {
                found.add(e.iri());
            }
        }
        if (found.isEmpty()) {
            throw new VizException("no entity matches '" + name + "'" + suggestions(key, entities));
        }
        return found;
    }

    private static Stream<String> names(Entity e) {
        return Stream.of(List.of(e.prefLabel()), e.altLabels(), e.matchKeys()).flatMap(Collection::stream);
    }

    private static String suggestions(String key, Collection<Entity> entities) {
        if (key.isEmpty()) {
            return "";
        }
        List<String> near = entities.stream()
                .filter(e -> names(e).anyMatch(n -> fold(n).contains(key)))
                .map(Entity::prefLabel).filter(l -> !l.isEmpty()).distinct().sorted().limit(5).toList();
        return near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?";
    }
}
