package org.scikg.cli;

import java.io.PrintWriter;

import org.scikg.ScikgException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code scikg} command line. Exit codes, in one place: 0 success; 1 a data or user error (a message,
 * no stack trace unless --verbose); 2 a usage error. Results go to stdout, diagnostics to stderr.
 */
@Command(name = "scikg", mixinStandardHelpOptions = true, version = "scikg 0.1.0",
        description = "Builds a knowledge graph of machine-learning research from paper abstracts, "
                + "and queries, exports, validates and draws it.",
        subcommands = {BuildCommand.class, LoadCommand.class, QueryCommand.class, ExportCommand.class, StatsCommand.class,
                ValidateCommand.class, ExtractCommand.class, EvalCommand.class, BenchCommand.class, org.scikg.viz.VizCommand.class,
                org.scikg.server.ServeCommand.class, org.scikg.server.bench.BenchServeCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Start with: scikg build data/   then: scikg query --name top-entities",
                "Each command has --help."})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int DATA_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces with errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** A command line wired with scikg's exit-code policy and the given output streams. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return withPolicy(new CommandLine(new Main()), out, err);
    }

    /** Wires any scikg command line (this one, {@code scikg-spark}) with the exit-code policy and the streams. */
    static CommandLine withPolicy(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof CommandLine.ParameterException pe) {
                cmd.getErr().println("error: " + pe.getMessage());
                cmd.getErr().println("see: " + pe.getCommandLine().getCommandSpec().qualifiedName() + " --help");
                cmd.getErr().flush();
                return USAGE_ERROR;
            }
            boolean verbose = parsed.matchedOption("--verbose") != null
                    || parsed.subcommands().stream().anyMatch(p -> p.matchedOption("--verbose") != null);
            if (ex instanceof ScikgException && !verbose) {
                cmd.getErr().println("error: " + ex.getMessage());
            } else {
                cmd.getErr().println("error: " + ex);
                if (verbose || !(ex instanceof ScikgException)) ex.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return DATA_ERROR;
        });
        cl.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? USAGE_ERROR : DATA_ERROR);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(run(commandLine(utf8(System.out), utf8(System.err)), args));
    }

    /** Runs a command line with the process's arguments and returns its exit code. */
    static int run(CommandLine cl, String[] args) {
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return code;
    }

    static PrintWriter utf8(java.io.OutputStream s) {
        return new PrintWriter(new java.io.OutputStreamWriter(s, java.nio.charset.StandardCharsets.UTF_8), true);
    }
}
