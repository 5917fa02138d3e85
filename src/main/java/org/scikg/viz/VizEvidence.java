package org.scikg.viz;

import java.util.Objects;

/**
 * One paper's support for a node or an edge: the paper's IRI, its title (or identifier; may be empty) and
 * the sentence that mentions the entity or states the relation (may be empty when the store has none).
 */
public record VizEvidence(String paper, String paperTitle, String sentence) {
    public VizEvidence {
        Objects.requireNonNull(paper, "paper");
        paperTitle = paperTitle == null ? "" : paperTitle;
        sentence = sentence == null ? "" : sentence;
    }
}
