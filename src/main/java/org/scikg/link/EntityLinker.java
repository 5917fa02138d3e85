package org.scikg.link;

import org.scikg.extract.Entity;

/**
 * Decides which corpus-wide entity each entity of an abstract, and each family it names, stands for.
 * {@link org.scikg.graph.TripleWriter} asks once per entity and once per family of it, in the order of the
 * extraction's entities, each entity's families right after it. {@link Linker} decides as it goes (the
 * build); {@link PlannedLinks} replays decisions made for the whole corpus beforehand (the Spark job).
 */
public interface EntityLinker {
    /** The corpus-wide entity for an entity of one abstract; never null. */
    LinkedEntity link(Entity entity);

    /** The entity of a family, named by its canonical name; never null. */
    LinkedEntity family(String familyName);
}
