package org.scikg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Ctrl-C stops a build cleanly: what was committed stays, and the message says how to resume. */
class InterruptTest {
    private static final Pattern MESSAGE = Pattern.compile(
            "interrupted: (\\d+) papers stored in (.+); run the same command again to resume");

    @Test
    void ctrlCKeepsTheCommittedBatchesAndSaysHowToResume() throws Exception {
        Assumptions.assumeTrue(Path.of("/proc/self/status").toFile().exists(), "needs Linux /proc and kill(1)");
        Path store = Stores.newDir("interrupted").resolve("store");
        String signal;
        int code;
        String err;
        try (ScikgProcess run = ScikgProcess.scikg("build", "--store", store.toString(), "--batch", "2", "--threads", "1", "data")) {
            assertTrue(run.awaitErr("store: ", Duration.ofSeconds(120)), run::err);
            // soon enough that even a fast machine is still building, late enough for a batch or two
            Thread.sleep(2_000);
            assertTrue(run.isAlive(), "the build ended before it could be interrupted");
            signal = run.interrupt();
            code = run.waitFor(Duration.ofSeconds(30));
            err = run.err();
        }
        assertEquals(signal.equals("INT") ? 130 : 143, code, err);
        Matcher m = MESSAGE.matcher(err);
        assertTrue(m.find(), err);
        assertEquals(store.toString(), m.group(2));
        assertFalse(err.contains("Exception"), err);
        System.out.println("InterruptTest: SIG" + signal + ", exit code " + code + ", said: " + m.group());
        long said = Long.parseLong(m.group(1));
        // the message counts exactly what the store holds: no commit starts after it is printed
        assertEquals(said, (long) Stores.withStore(store, Stores::papers));
    }
}
