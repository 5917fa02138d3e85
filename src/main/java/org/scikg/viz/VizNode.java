package org.scikg.viz;

import java.util.List;
import java.util.Objects;

/**
 * A node of a {@link VizGraph}: an entity, a paper or (in a query view) any other resource.
 *
 * <p>Two nodes are equal when their {@link #id()} is, whatever their other fields say, so that a graph can look
 * them up cheaply.
 *
 * @param id the resource's IRI (or {@code _:label} for a blank node); never null
 * @param label the display name: {@code skos:prefLabel} for an entity, the title or identifier for a paper
 * @param type the short type name: {@code Model}, {@code Method}, {@code Benchmark}, {@code Dataset}, {@code Task},
 *     {@code Metric}, {@code Software}, {@code Entity}, {@code Paper}, or {@code Other}
 * @param altLabels other spellings ({@code skos:altLabel}), sorted
 * @param mentions for an entity the number of papers that mention it; for a paper the number of entities it mentions
 * @param papers the IRIs of those papers (for a paper node: empty), sorted
 * @param evidence at most {@link #MAX_EVIDENCE} mention sentences, one per paper
 */
public record VizNode(String id, String label, String type, List<String> altLabels, int mentions,
        List<String> papers, List<VizEvidence> evidence) {

    /** The most evidence sentences a node or an edge keeps; counts ({@code mentions}, {@code papers}) are exact. */
    public static final int MAX_EVIDENCE = 5;

    public VizNode {
        Objects.requireNonNull(id, "id");
        label = label == null || label.isBlank() ? localName(id) : label;
        type = type == null ? "Other" : type;
        altLabels = List.copyOf(altLabels == null ? List.of() : altLabels);
        papers = List.copyOf(papers == null ? List.of() : papers);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
    }

    /** A node with only an id, a label and a type. */
    public static VizNode of(String id, String label, String type) {
        return new VizNode(id, label, type, List.of(), 0, List.of(), List.of());
    }

    /** The last path segment (or fragment) of an IRI, as a fallback label. */
    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        String tail = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return tail;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VizNode other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
