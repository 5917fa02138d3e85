package org.scikg.extract;

/**
 * A typed link between two entities of one abstract, with its evidence.
 *
 * @param subject    canonical name of the subject entity
 * @param predicate  one of {@link Predicate}
 * @param object     canonical name of the object entity
 * @param evidence   the sentence it was read from (the span covers the sentence)
 * @param rule       the rule that produced it, e.g. {@code semgrex:outperforms}
 * @param confidence in [0, 1]
 */
public record Relation(String subject, Predicate predicate, String object, Span evidence, String rule, double confidence) implements java.io.Serializable {
}
