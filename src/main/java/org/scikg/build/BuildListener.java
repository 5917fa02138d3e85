package org.scikg.build;

import org.scikg.corpus.ProblemListener;

/** What a build tells its caller while it runs: problems as they occur, and progress. */
public interface BuildListener extends ProblemListener {
    /** Called after each record is handled; {@code bytesRead} is an estimate over all inputs. */
    default void progress(long records, long papersStored) {
    }

    /** Called when the build knows how many input bytes there are (0 when unknown, e.g. stdin). */
    default void started(long totalBytes) {
    }

    /**
     * Called before the build recomputes the derived data of a store written by an earlier version, which lacks
     * some (a one-time cost, before any record is read).
     */
    default void recomputingDerivedData() {
    }
}
