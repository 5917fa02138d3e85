package org.scikg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.scikg.ScikgException;
import org.scikg.export.Exporter;
import org.scikg.graph.KnowledgeGraph;
import org.scikg.graph.RdfSyntax;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the whole knowledge graph as RDF: ttl, nt, nq, trig (streamed), rdfxml, jsonld.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ttl",
            description = "ttl, nt, nq, trig, rdfxml or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file instead of standard output.")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RdfSyntax syntax = RdfSyntax.byName(format).orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                "unknown format '" + format + "'; valid: " + RdfSyntax.validNames()));
        try (KnowledgeGraph kg = store.openExisting()) {
            long n;
            if (output == null || output.toString().equals("-")) {
                OutputStream bytes = Outputs.bytes(spec.commandLine().getOut());
                n = Exporter.export(kg.dataset(), syntax, bytes);
                bytes.flush();
                spec.commandLine().getOut().flush();
            } else {
                Path tmp = output.resolveSibling(output.getFileName() + ".part");
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    n = Exporter.export(kg.dataset(), syntax, os);
                }
                Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            spec.commandLine().getErr().println("exported " + n + " triples as " + syntax.label()
                    + (output == null ? "" : " to " + output));
        }
        return Main.OK;
    }
}
