package org.scikg.viz;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/** The one entry point that writes a {@link VizGraph} in any {@link VizFormat}. */
public final class Renderers {
    private Renderers() {
    }

    /**
     * Writes the graph, UTF-8 encoded. The stream is flushed, not closed.
     *
     * <ul>
     *   <li>{@code html}: one self-contained page (Cytoscape.js and the data inlined, no network).</li>
     *   <li>{@code graphml}, {@code gexf}, {@code dot}: through jgrapht-io; node ids {@code n0..}, edge ids
     *       {@code e0..}; node attributes iri, label, type, mentions, papers, altLabels; edge attributes relation,
     *       weight, papers, evidence.</li>
     *   <li>{@code svg}: a Fruchterman-Reingold picture with a legend.</li>
     *   <li>{@code json}: Cytoscape.js elements JSON with the same data as the page.</li>
     * </ul>
     *
     * @throws VizException if writing fails
     */
    public static void write(VizGraph g, VizFormat f, OutputStream out) {
        Objects.requireNonNull(g, "graph");
        Objects.requireNonNull(f, "format");
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            switch (f) {
                case HTML -> w.write(HtmlPage.render(g));
                case SVG -> SvgWriter.write(g, w);
                case JSON -> ElementsJson.MAPPER.writerWithDefaultPrettyPrinter()
                        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .writeValue(w, ElementsJson.document(g, Map.of()));
                case GRAPHML, GEXF, DOT -> IoWriters.write(g, f, w);
            }
            w.flush();
        } catch (IOException | UncheckedIOException e) {
            throw new VizException("cannot write " + f.formatName() + ": " + e.getMessage(), e);
        }
    }
}
