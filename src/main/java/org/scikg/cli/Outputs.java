package org.scikg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.apache.commons.io.output.WriterOutputStream;

/** Byte streams over the command line's injected writers, so result writers work in tests too. */
final class Outputs {
    private Outputs() {
    }

    static OutputStream bytes(PrintWriter w) {
        try {
            return WriterOutputStream.builder().setWriter(w).setCharset(StandardCharsets.UTF_8)
                    .setWriteImmediately(true).get();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
