package org.scikg.spark;

import java.io.Serializable;
import java.util.List;

import org.scikg.extract.Extraction;

/**
 * A paper after extraction.
 *
 * @param iri         the paper's IRI
 * @param occurrences the paper and where it was read
 * @param extraction  what was found, or null when extraction failed (the paper is then not written)
 * @param problems    what went wrong or was cut short, in a form ready to report
 */
record Extracted(String iri, Occurrences occurrences, Extraction extraction, List<PositionedProblem> problems)
        implements Serializable {
    Extracted {
        problems = List.copyOf(problems);
    }
}
