package org.scikg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.scikg.corpus.InputFormat;
import org.scikg.link.Iris;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of the commands that read abstracts and extract from them into a graph: build, and the Spark job. */
final class ExtractionOptions {
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every input as this format instead of detecting it from the extension: lines, jsonl, csv.")
    String format;

    @Option(names = "--vocabulary", paramLabel = "FILE",
            description = "An RDF file of extra known entities (SKOS concepts typed skg:Model, skg:Method, ...). Repeatable.")
    List<Path> vocabularies = List.of();

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of papers and entities (default: ${DEFAULT-VALUE}).")
    String base = Iris.DEFAULT_BASE;

    @Option(names = "--no-relations", description = "Extract entities only: faster, no dependency parsing.")
    boolean noRelations;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Skip an abstract whose extraction takes longer than this (default: ${DEFAULT-VALUE}).")
    long timeLimit = 60;

    /** The format named with --format, or null to detect it; an unknown name is a usage error. */
    InputFormat format(CommandSpec spec) {
        return inputFormat(format, spec);
    }

    /** An input format named on a command line, or null for none; an unknown name is a usage error. */
    static InputFormat inputFormat(String name, CommandSpec spec) {
        return name == null ? null : InputFormat.byName(name).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "unknown format '" + name + "'; valid: " + InputFormat.validNames()));
    }

    boolean relations() {
        return !noRelations;
    }

    Duration timeLimit() {
        return Duration.ofSeconds(timeLimit);
    }
}
