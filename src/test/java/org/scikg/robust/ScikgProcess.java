package org.scikg.robust;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started from the test classpath, as a user starts {@code scikg}, so that a test can kill it, signal
 * it or make it hold a store. Its standard output and error are collected line by line. Closing it kills
 * it if it still runs.
 */
final class ScikgProcess implements AutoCloseable {
    private final Process process;
    private final List<String> out = new ArrayList<>();
    private final List<String> err = new ArrayList<>();
    private final List<Thread> readers;

    private ScikgProcess(Process process) {
        this.process = process;
        this.readers = List.of(drain(process.getInputStream(), out), drain(process.getErrorStream(), err));
    }

    /** {@code scikg ARGS...}: the command line's main class in a child JVM, in the working directory. */
    static ScikgProcess scikg(String... args) {
        return start("org.scikg.cli.Main", args);
    }

    /** Any main class of the test classpath in a child JVM. */
    static ScikgProcess start(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx2g", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        try {
            return new ScikgProcess(new ProcessBuilder(command).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static Thread drain(InputStream in, List<String> lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
        }, "child-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits until a line of standard error starts with the prefix; false when the process ends or time is up first. */
    boolean awaitErr(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (err) {
            while (err.stream().noneMatch(l -> l.startsWith(prefix))) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !process.isAlive()) return err.stream().anyMatch(l -> l.startsWith(prefix));
                err.wait(Math.max(1, Math.min(200, left / 1_000_000)));
            }
            return true;
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, as a crash or the OOM killer would, and waits for the end. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /**
     * Sends SIGINT, as Ctrl-C does, or SIGTERM where this JVM's children start with SIGINT ignored (as
     * background jobs of a non-interactive shell do: the JVM then installs no handler for it).
     *
     * @return the signal sent, "INT" or "TERM"
     */
    String interrupt() throws IOException, InterruptedException {
        String signal = ignoresSigint() ? "TERM" : "INT";
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid())).inheritIO().start();
        if (kill.waitFor() != 0) throw new IOException("kill -" + signal + " " + pid() + " failed");
        return signal;
    }

    private boolean ignoresSigint() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith("SigIgn:")) return (Long.parseLong(line.substring(7).strip(), 16) & 0b10) != 0;
        }
        return false;
    }

    /** Closes its standard input (a holder waiting on it then ends). */
    void closeInput() throws IOException {
        process.getOutputStream().close();
    }

    /** Waits for the end; fails the test when it takes longer than the timeout. */
    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the child process still runs after " + timeout + "; stderr:\n" + err());
        }
        for (Thread t : readers) t.join(5_000);
        return process.exitValue();
    }

    String out() {
        synchronized (out) {
            return String.join("\n", out);
        }
    }

    String err() {
        synchronized (err) {
            return String.join("\n", err);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}
