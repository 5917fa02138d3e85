package org.scikg.link;

import java.io.Serializable;
import java.util.List;

/**
 * One question {@link org.scikg.graph.TripleWriter} asks an {@link EntityLinker}, in a form that can be answered
 * without the linker's running state, from the whole corpus at once: the answer is the answer of the earliest
 * step that claimed the first of {@code queries} claimed before this step, else {@code root}. That is what
 * {@link Linker} computes when it takes the steps in order; {@link LinkPlanner} makes them.
 *
 * @param order             the step's place in a sequential build: see {@link #order(long, int)}
 * @param queries           match keys looked up, in order; never empty strings
 * @param claims            match keys the step claims for its answer (a key keeps its first claim)
 * @param claimsOnlyWhenNew true when the step claims only if its answer is {@code root} (a family: one found by
 *                          name claims nothing); false when it claims whatever the answer (an entity)
 * @param root              the answer when none of the queries was claimed by an earlier step
 */
public record LinkStep(long order, List<String> queries, List<String> claims, boolean claimsOnlyWhenNew,
                       LinkedEntity root) implements Serializable {
    /** Calls one paper may make: the call index takes the low 16 bits of an order. */
    public static final int MAX_CALLS = 1 << 16;

    public LinkStep {
        queries = List.copyOf(queries);
        claims = List.copyOf(claims);
    }

    /**
     * The order of call {@code call} (0-based) of the paper at place {@code paper} (0-based) in input order:
     * papers in input order, a paper's calls in the order it makes them.
     *
     * @throws IllegalArgumentException when the paper makes {@value #MAX_CALLS} calls or more
     */
    public static long order(long paper, int call) {
        if (call < 0 || call >= MAX_CALLS) {
            throw new IllegalArgumentException("a paper may make at most " + MAX_CALLS + " link calls, not " + (call + 1));
        }
        return paper << 16 | call;
    }

    /** The paper an order belongs to. */
    public static long paper(long order) {
        return order >>> 16;
    }

    /** The call index of an order within its paper. */
    public static int call(long order) {
        return (int) (order & (MAX_CALLS - 1));
    }
}
