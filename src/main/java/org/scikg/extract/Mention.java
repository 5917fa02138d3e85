package org.scikg.extract;

/**
 * One occurrence of an entity in the text.
 *
 * @param entity  the canonical name of the entity it refers to
 * @param surface the text as written
 * @param span    where it is
 */
public record Mention(String entity, String surface, Span span) implements java.io.Serializable {
}
