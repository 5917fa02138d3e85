package org.scikg.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.scikg.extract.EntityType;
import org.scikg.extract.Predicate;

/** Terms of the scikg ontology ({@code ontology/scikg.ttl}), namespace {@value #NS}. */
public final class SKG {
    public static final String NS = "https://w3id.org/scikg/ontology#";

    public static final Resource Paper = cls("Paper");
    public static final Resource Entity = cls("Entity");
    public static final Resource Mention = cls("Mention");
    public static final Resource Evidence = cls("Evidence");
    public static final Resource Result = cls("Result");
    public static final Resource SourceOccurrence = cls("SourceOccurrence");
    public static final Resource RelationStatement = cls("RelationStatement");

    public static final Property mentions = prop("mentions");
    public static final Property introduces = prop("introduces");
    public static final Property hasResult = prop("hasResult");
    public static final Property metric = prop("metric");
    public static final Property metricName = prop("metricName");
    public static final Property value = prop("value");
    public static final Property onBenchmark = prop("onBenchmark");
    public static final Property inPaper = prop("inPaper");
    public static final Property mentionOf = prop("mentionOf");
    public static final Property surfaceForm = prop("surfaceForm");
    public static final Property sentence = prop("sentence");
    public static final Property sentenceIndex = prop("sentenceIndex");
    public static final Property startOffset = prop("startOffset");
    public static final Property endOffset = prop("endOffset");
    public static final Property rule = prop("rule");
    public static final Property confidence = prop("confidence");
    public static final Property matchKey = prop("matchKey");
    public static final Property contentHash = prop("contentHash");
    public static final Property doi = prop("doi");
    public static final Property sourceFile = prop("sourceFile");
    public static final Property sourceLine = prop("sourceLine");
    public static final Property paperCount = prop("paperCount");
    public static final Property occurrenceCount = prop("occurrenceCount");
    public static final Property paperRank = prop("paperRank");
    public static final Property supportCount = prop("supportCount");
    public static final Property supportRank = prop("supportRank");

    private SKG() {
    }

    public static Resource typeClass(EntityType t) {
        return cls(t.label());
    }

    public static Property relation(Predicate p) {
        return prop(p.localName());
    }

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
