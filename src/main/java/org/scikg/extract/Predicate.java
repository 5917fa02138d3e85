package org.scikg.extract;

import java.util.Arrays;
import java.util.Optional;

/** The entity-to-entity relations, named as the ontology's properties. */
public enum Predicate {
    EVALUATED_ON("evaluatedOn"), OUTPERFORMS("outperforms"), COMPARED_WITH("comparedWith"), USES("uses"),
    BASED_ON("basedOn"), VARIANT_OF("variantOf"), APPLIED_TO("appliedTo");

    private final String localName;

    Predicate(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }

    public static Optional<Predicate> byLocalName(String name) {
        return Arrays.stream(values()).filter(p -> p.localName.equals(name)).findFirst();
    }
}
