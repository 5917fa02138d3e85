package org.scikg.corpus;

/** The one channel through which readers and stages report problems; counting and printing are policies. */
@FunctionalInterface
public interface ProblemListener {
    void report(Problem problem);
}
