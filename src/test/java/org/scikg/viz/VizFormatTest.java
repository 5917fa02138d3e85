package org.scikg.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VizFormatTest {
    @Test
    void byNameIgnoresCaseAndUnknownIsEmpty() {
        assertEquals(Optional.of(VizFormat.GRAPHML), VizFormat.byName("GraphML"));
        assertEquals(Optional.empty(), VizFormat.byName("png"));
        assertEquals(Optional.empty(), VizFormat.byName(null));
    }

    @Test
    void byFileNameUsesTheExtension() {
        assertEquals(Optional.of(VizFormat.DOT), VizFormat.byFileName("out/graph.gv"));
        assertEquals(Optional.of(VizFormat.HTML), VizFormat.byFileName("Graph.HTML"));
        assertEquals(Optional.empty(), VizFormat.byFileName("graph"));
    }

    @Test
    void validNamesListsAllSix() {
        assertEquals("html, graphml, gexf, dot, svg, json", VizFormat.validNames());
    }

    @Test
    void mediaTypesAreTheCustomaryOnes() {
        assertEquals("image/svg+xml", VizFormat.SVG.mediaType());
        assertEquals("application/graphml+xml", VizFormat.GRAPHML.mediaType());
    }
}
