package org.scikg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.scikg.graph.KnowledgeGraph;
import org.scikg.graph.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the store against the SHACL shapes of ontology/shapes.ttl (or --shapes FILE); "
                + "exit code 1 and the violations when it does not conform.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--shapes", paramLabel = "FILE", description = "Other shapes to validate against.")
    Path shapes;

    @Option(names = "--max", paramLabel = "N", description = "Print at most N violations (default: ${DEFAULT-VALUE}).")
    int max = 50;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (KnowledgeGraph kg = store.openExisting()) {
            Validation.Report r = Validation.validate(kg.dataset(), shapes);
            if (r.conforms()) {
                out.println("conforms: the store satisfies " + r.shapes() + " (" + r.focusNodes() + " nodes checked)");
                out.flush();
                return Main.OK;
            }
            out.println("does not conform: " + r.violations().size() + " violations");
            r.violations().stream().limit(max).forEach(v -> out.println("  " + v));
            out.flush();
            return Main.DATA_ERROR;
        }
    }
}
