package org.scikg.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes scikg writes, with the RIOT format for each and whether it can be streamed. */
public enum RdfSyntax {
    TURTLE("ttl", Lang.TURTLE, RDFFormat.TURTLE_BLOCKS, true, "ttl", "turtle"),
    NTRIPLES("nt", Lang.NTRIPLES, RDFFormat.NTRIPLES, true, "nt", "ntriples", "n-triples"),
    NQUADS("nq", Lang.NQUADS, RDFFormat.NQUADS, true, "nq", "nquads", "n-quads"),
    TRIG("trig", Lang.TRIG, RDFFormat.TRIG_BLOCKS, true, "trig"),
    RDFXML("rdfxml", Lang.RDFXML, RDFFormat.RDFXML_PLAIN, false, "rdf", "rdfxml", "xml", "rdf/xml"),
    JSONLD("jsonld", Lang.JSONLD, RDFFormat.JSONLD, false, "jsonld", "json-ld");

    private final String label;
    private final Lang lang;
    private final RDFFormat format;
    private final boolean streaming;
    private final List<String> names;

    RdfSyntax(String label, Lang lang, RDFFormat format, boolean streaming, String... names) {
        this.label = label;
        this.lang = lang;
        this.format = format;
        this.streaming = streaming;
        this.names = List.of(names);
    }

    public String label() {
        return label;
    }

    public Lang lang() {
        return lang;
    }

    public RDFFormat format() {
        return format;
    }

    /** True when RIOT can write it triple by triple, without holding the graph in memory. */
    public boolean streaming() {
        return streaming;
    }

    public String mediaType() {
        return lang.getHeaderString();
    }

    /** True for syntaxes that carry named graphs (N-Quads, TriG). */
    public boolean quads() {
        return this == NQUADS || this == TRIG;
    }

    public static Optional<RdfSyntax> byName(String name) {
        return Arrays.stream(values()).filter(s -> s.names.contains(name.toLowerCase(java.util.Locale.ROOT))).findFirst();
    }

    public static String validNames() {
        return Arrays.stream(values()).map(RdfSyntax::label).collect(Collectors.joining(", "));
    }
}
