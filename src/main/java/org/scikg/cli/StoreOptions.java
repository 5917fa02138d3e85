package org.scikg.cli;

import java.nio.file.Path;

import org.scikg.graph.KnowledgeGraph;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by every command that reads or writes the store. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE} in the working directory).",
            defaultValue = KnowledgeGraph.DEFAULT_STORE)
    Path store;

    /** The store folder named (or the default). */
    public Path path() {
        return store;
    }

    /** Opens an existing store; a missing one is an error telling how to build it. */
    public KnowledgeGraph openExisting() {
        return KnowledgeGraph.openExisting(store);
    }
}
