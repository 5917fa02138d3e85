package org.scikg.spark;

import java.io.Serializable;

import org.scikg.corpus.Problem;

/**
 * A problem and its place in input order, so that a job reports problems in the order the build would.
 *
 * @param order   see {@link Inputs#order}
 * @param problem the problem
 */
record PositionedProblem(long order, Problem problem) implements Serializable {
}
