package org.scikg.viz;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.scikg.extract.Predicate;

/**
 * An edge of a {@link VizGraph}: a typed relation between entities, a co-mention, a paper-entity link, or (in a
 * query view) any triple between two resources.
 *
 * <p>Two edges are equal when source, target and relation are; a co-mention is stored once, with the
 * lexicographically smaller IRI as its source, and is {@linkplain #directed() undirected}.
 *
 * @param source the source node's id
 * @param target the target node's id
 * @param relation the relation's short name: one of {@link #TYPED_RELATIONS}, {@link #CO_MENTION},
 *     {@link #MENTIONS}, {@link #INTRODUCES}, or a query's predicate local name
 * @param weight the number of supporting papers (at least 1)
 * @param papers the supporting papers' IRIs, sorted
 * @param evidence at most {@link VizNode#MAX_EVIDENCE} supporting sentences
 */
public record VizEdge(String source, String target, String relation, double weight, List<String> papers,
        List<VizEvidence> evidence) {

    /** Two entities mentioned by the same paper. */
    public static final String CO_MENTION = "coMention";
    /** A paper mentions an entity. */
    public static final String MENTIONS = "mentions";
    /** A paper introduces an entity. */
    public static final String INTRODUCES = "introduces";
    /** The typed relations between entities, as {@code skg:} local names ({@link Predicate}). */
    public static final List<String> TYPED_RELATIONS =
            Arrays.stream(Predicate.values()).map(Predicate::localName).toList();

    public VizEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(relation, "relation");
        papers = List.copyOf(papers == null ? List.of() : papers);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
    }

    /** An edge without papers or evidence. */
    public static VizEdge of(String source, String target, String relation, double weight) {
        return new VizEdge(source, target, relation, weight, List.of(), List.of());
    }

    /** False for a co-mention, true for every other relation. */
    public boolean directed() {
        return !CO_MENTION.equals(relation);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VizEdge e && source.equals(e.source) && target.equals(e.target)
                && relation.equals(e.relation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, target, relation);
    }
}
