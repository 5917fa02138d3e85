package org.scikg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.scikg.cli.Main;
import org.scikg.graph.KnowledgeGraph;
import org.scikg.graph.StoreException;

/**
 * A store another live process holds (TDB2 locks it with tdb.lock: "Failed to get a lock ... held by process
 * PID") is refused with a message that names the process and says what to do, not a stack trace.
 */
class StoreLockTest {
    @Test
    void aStoreHeldByAnotherProcessIsRefusedWithAClearMessage() throws Exception {
        Path store = Stores.newDir("locked").resolve("store");
        try (ScikgProcess holder = ScikgProcess.start(StoreHolder.class.getName(), store.toString())) {
            assertTrue(holder.awaitErr("holding", Duration.ofSeconds(60)), holder::err);
            String pid = Long.toString(holder.pid());

            StoreException e = assertThrows(StoreException.class, () -> KnowledgeGraph.open(store));
            assertEquals("the store " + store + " is in use by another process (pid " + pid + "), such as a scikg "
                    + "build still running: wait for it to finish or stop it, then try again", e.getMessage());

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                    .execute("stats", "--store", store.toString());
            assertEquals(1, code, err.toString());
            assertTrue(err.toString().startsWith("error: the store " + store + " is in use by another process (pid " + pid + ")"),
                    err.toString());
            assertFalse(err.toString().contains("Exception") || err.toString().contains("\tat "), err.toString());

            holder.closeInput();
            assertEquals(0, holder.waitFor(Duration.ofSeconds(30)), holder::err);
        }
        // once the other process is gone, trying again works
        assertEquals(0L, (long) Stores.withStore(store, Stores::papers));
    }
}
