package org.scikg.robust;

import java.nio.file.Path;

import org.scikg.graph.KnowledgeGraph;

/**
 * A child process for {@link StoreLockTest}: opens the store named by its argument, says "holding" on
 * standard error, and keeps it open until its standard input ends.
 */
public final class StoreHolder {
    private StoreHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (KnowledgeGraph kg = KnowledgeGraph.open(Path.of(args[0]))) {
            kg.size();
            System.err.println("holding " + args[0]);
            System.err.flush();
            while (System.in.read() >= 0) {
                // hold until the parent closes our standard input
            }
        }
    }
}
