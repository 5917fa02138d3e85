package org.scikg.cli;

import java.io.PrintWriter;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.scikg.build.BuildListener;
import org.scikg.corpus.Problem;

/**
 * Reports a build on the console: each problem as a {@code warning: file:line: message} line on stderr, and
 * a progress bar when stderr is a terminal (or, elsewhere, a line every 10,000 records).
 */
final class ConsoleListener implements BuildListener, AutoCloseable {
    private static final int MAX_WARNINGS = 200;
    private final PrintWriter err;
    private final boolean terminal;
    private ProgressBar bar;
    private long warnings;

    ConsoleListener(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void started(long totalBytes) {
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("build").setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" abstracts", 1).setInitialMax(-1).continuousUpdate().build();
        }
    }

    @Override
    public void recomputingDerivedData() {
        err.println("the store was written by an earlier version: recomputing its derived counts, statements, ranks and labels ...");
        err.flush();
    }

    @Override
    public void progress(long records, long stored) {
        if (bar != null) {
            bar.stepTo(records);
            bar.setExtraMessage(stored + " new");
        } else if (records % 10_000 == 0) {
            err.println("… " + records + " abstracts read, " + stored + " new papers stored");
            err.flush();
        }
    }

    @Override
    public void report(Problem p) {
        warnings++;
        if (warnings <= MAX_WARNINGS) {
            err.println("warning: " + p);
        } else if (warnings == MAX_WARNINGS + 1) {
            err.println("warning: more than " + MAX_WARNINGS + " problems; the rest are only counted");
        }
        err.flush();
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
