package org.scikg.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The schema.org terms scikg uses. */
public final class SCHEMA {
    public static final String NS = "https://schema.org/";
    public static final Property url = ResourceFactory.createProperty(NS + "url");

    private SCHEMA() {
    }
}
