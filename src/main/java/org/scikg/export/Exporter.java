package org.scikg.export;

import java.io.OutputStream;
import java.util.Iterator;

import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.scikg.graph.Prefixes;
import org.scikg.graph.RdfSyntax;

/**
 * Writes the whole store in an RDF syntax. Line- and block-based syntaxes (N-Triples, N-Quads, Turtle,
 * TriG) stream from the store without holding the graph in memory; RDF/XML and JSON-LD need the graph whole.
 */
public final class Exporter {
    private Exporter() {
    }

    /** @return the number of triples written */
    public static long export(Dataset dataset, RdfSyntax syntax, OutputStream out) {
        return Txn.calculateRead(dataset, () -> syntax.streaming() ? stream(dataset, syntax, out) : whole(dataset, syntax, out));
    }

    private static long stream(Dataset dataset, RdfSyntax syntax, OutputStream out) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, syntax.format(), null);
        w.start();
        Prefixes.ALL.forEach(w::prefix);
        long n = 0;
        if (syntax.quads()) {
            Iterator<Quad> it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                w.quad(it.next());
                n++;
            }
        } else {
            Iterator<Triple> it = dataset.asDatasetGraph().getDefaultGraph().find();
            while (it.hasNext()) {
                w.triple(it.next());
                n++;
            }
        }
        w.finish();
        return n;
    }

    private static long whole(Dataset dataset, RdfSyntax syntax, OutputStream out) {
        Model m = ModelFactory.createDefaultModel();
        m.add(dataset.getDefaultModel());
        m.setNsPrefixes(Prefixes.mapping());
        RDFDataMgr.write(out, m, syntax.format());
        return m.size();
    }
}
