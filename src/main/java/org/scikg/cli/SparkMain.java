package org.scikg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code scikg-spark} command line, the main class {@code spark-submit} runs. Kept apart from {@link Main}
 * because its commands need Spark on the classpath, which {@code scikg} does not have. Same exit-code policy.
 */
@Command(name = "scikg-spark", mixinStandardHelpOptions = true, version = "scikg 0.1.0",
        description = "Builds the knowledge graph with Apache Spark, as N-Triples part files that 'scikg load' stores.",
        subcommands = {SparkBuildCommand.class, SparkBenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "On a cluster: spark-submit --class org.scikg.cli.SparkMain --jars ... target/scikg.jar build ...",
                "Here: bin/scikg-spark build --master 'local[*]' --out parts/ data/   then: bin/scikg load parts/",
                "Each command has --help."})
public final class SparkMain implements Runnable {
    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces with errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** A command line wired with the exit-code policy and the given output streams. */
    public static CommandLine commandLine(java.io.PrintWriter out, java.io.PrintWriter err) {
        return Main.withPolicy(new CommandLine(new SparkMain()), out, err);
    }

    public static void main(String[] args) {
        System.exit(Main.run(commandLine(Main.utf8(System.out), Main.utf8(System.err)), args));
    }
}
