package org.scikg.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the W3C PROV-O vocabulary that scikg uses. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");

    private PROV() {
    }
}
