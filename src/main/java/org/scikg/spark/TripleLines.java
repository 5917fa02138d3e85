package org.scikg.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.scikg.corpus.SourceRef;
import org.scikg.graph.TripleWriter;
import org.scikg.link.Iris;
import org.scikg.link.LinkedEntity;
import org.scikg.link.PlannedLinks;

/**
 * One paper's triples as N-Triples lines, written by the build's own {@link TripleWriter} (with the links decided
 * for the whole corpus) into RIOT's N-Triples writer: the paper, what was extracted from it, and a source node
 * for every place it was read.
 */
final class TripleLines {
    /** The lines, without a final line end, and how many there are. */
    record Lines(String text, long count) {
    }

    private TripleLines() {
    }

    static Lines of(Iris iris, Extracted paper, List<LinkedEntity> answers) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        long[] count = {0};
        StreamRDF writer = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NTRIPLES_UTF8);
        StreamRDF counting = new StreamRDFWrapper(writer) {
            @Override
            public void triple(Triple triple) {
                count[0]++;
                super.triple(triple);
            }
        };
        counting.start();
        TripleWriter w = new TripleWriter(iris, counting);
        w.paper(paper.iri(), paper.occurrences().paper());
        w.extraction(paper.iri(), paper.extraction(), new PlannedLinks(paper.extraction(), answers));
        for (SourceRef s : paper.occurrences().sources()) w.occurrence(paper.iri(), s);
        counting.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        return new Lines(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text, count[0]);
    }
}
