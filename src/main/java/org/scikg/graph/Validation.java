package org.scikg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;

/** SHACL validation of the store against the bundled shapes ({@code ontology/shapes.ttl}) or others. */
public final class Validation {
    public static final String BUNDLED = "/ontology/shapes.ttl";

    /** The outcome: whether it conforms, and one line per violation (focus node, path, message). */
    public record Report(boolean conforms, String shapes, long focusNodes, List<String> violations) {
    }

    private Validation() {
    }

    /** Validates the default graph; {@code shapesFile} null means the bundled shapes. */
    public static Report validate(Dataset dataset, Path shapesFile) {
        Graph shapesGraph = ModelFactory.createDefaultModel().getGraph();
        String name;
        if (shapesFile == null) {
            try (InputStream in = Validation.class.getResourceAsStream(BUNDLED)) {
                if (in == null) throw new StoreException("bundled shapes " + BUNDLED + " missing from the classpath");
                RDFDataMgr.read(shapesGraph, in, Lang.TURTLE);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            name = "ontology/shapes.ttl";
        } else {
            RDFDataMgr.read(shapesGraph, shapesFile.toString());
            name = shapesFile.toString();
        }
        Shapes shapes = Shapes.parse(shapesGraph);
        return Txn.calculateRead(dataset, () -> {
            ValidationReport r = ShaclValidator.get().validate(shapes, dataset.asDatasetGraph().getDefaultGraph());
            List<String> lines = r.getEntries().stream()
                    .map(e -> e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message())
                    .toList();
            long focus = r.getEntries().stream().map(e -> e.focusNode()).distinct().count();
            return new Report(r.conforms(), name, focus, lines);
        });
    }
}
