package org.scikg.link;

import org.scikg.extract.EntityType;

/**
 * An entity as the whole corpus knows it.
 *
 * @param iri  its IRI, minted from the canonical name
 * @param name the canonical name (skos:prefLabel)
 * @param type its type, decided once: by the vocabulary where it knows the name, else by the first paper
 */
public record LinkedEntity(String iri, String name, EntityType type) implements java.io.Serializable {
}
