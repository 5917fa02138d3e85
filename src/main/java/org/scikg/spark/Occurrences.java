package org.scikg.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.scikg.corpus.Paper;
import org.scikg.corpus.SourceRef;

/**
 * A distinct paper and every place it was read: the earliest occurrence in input order is the one extracted and
 * stored (as the build stores the first it meets), and each occurrence gets a source node.
 *
 * @param order   the place of the earliest occurrence in input order
 * @param paper   the earliest occurrence's record
 * @param sources every occurrence
 */
record Occurrences(long order, Paper paper, List<SourceRef> sources) implements Serializable {
    Occurrences {
        sources = List.copyOf(sources);
    }

    static Occurrences of(Inputs.Read read) {
        return new Occurrences(read.order(), read.paper(), List.of(read.paper().source()));
    }

    /** Both sets of occurrences, with the earlier record. */
    Occurrences merge(Occurrences other) {
        List<SourceRef> all = new ArrayList<>(sources);
        all.addAll(other.sources);
        return order <= other.order ? new Occurrences(order, paper, all) : new Occurrences(other.order, other.paper, all);
    }
}
