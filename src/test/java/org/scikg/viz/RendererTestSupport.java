package org.scikg.viz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.util.SupplierUtil;
import org.w3c.dom.Document;

/** Graphs and helpers the renderer and browser tests share. */
class RendererTestSupport {
    static final VizGraph FIXTURE = GraphViews.build(VizTestData.fixture(), VizRequest.builder().build());
    static final VizGraph HOSTILE = GraphViews.build(VizTestData.hostile(), VizRequest.builder().build());

    static String render(VizGraph g, VizFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderers.write(g, f, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Document dom(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static Graph<String, String> emptyGraph() {
        return new DirectedPseudograph<>(SupplierUtil.createStringSupplier(), SupplierUtil.createStringSupplier(),
                false);
    }
}
