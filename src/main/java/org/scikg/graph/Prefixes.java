package org.scikg.graph;

import java.util.Map;

import org.apache.jena.shared.PrefixMapping;

/** The prefixes written into exports and put in front of queries. */
public final class Prefixes {
    public static final Map<String, String> ALL = Map.of(
            "skg", SKG.NS,
            "res", org.scikg.link.Iris.DEFAULT_BASE,
            "dcterms", "http://purl.org/dc/terms/",
            "prov", PROV.NS,
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "schema", SCHEMA.NS,
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "xsd", "http://www.w3.org/2001/XMLSchema#");

    private Prefixes() {
    }

    public static PrefixMapping mapping() {
        return PrefixMapping.Factory.create().setNsPrefixes(ALL).lock();
    }

    /** PREFIX lines for SPARQL. */
    public static String sparql() {
        StringBuilder b = new StringBuilder();
        new java.util.TreeMap<>(ALL).forEach((p, ns) -> b.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return b.toString();
    }
}
