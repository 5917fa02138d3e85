package org.scikg.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The seven kinds of entity, named as in the gold guidelines and as the ontology's classes. */
public enum EntityType {
    MODEL("Model"), METHOD("Method"), BENCHMARK("Benchmark"), DATASET("Dataset"),
    TASK("Task"), METRIC("Metric"), SOFTWARE("Software");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The name used in JSON output and as the ontology class's local name, e.g. {@code Benchmark}. */
    public String label() {
        return label;
    }

    /** The NER tag the gazetteer writes on tokens, e.g. {@code SKG_BENCHMARK}. */
    public String nerTag() {
        return "SKG_" + name();
    }

    public static Optional<EntityType> byLabel(String label) {
        if (label == null) return Optional.empty();
        return Arrays.stream(values()).filter(t -> t.label.equalsIgnoreCase(label.trim())).findFirst();
    }

    public static Optional<EntityType> byNerTag(String tag) {
        if (tag == null || !tag.startsWith("SKG_")) return Optional.empty();
        try {
            return Optional.of(valueOf(tag.substring(4).toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String validLabels() {
        return Arrays.stream(values()).map(EntityType::label).collect(Collectors.joining(", "));
    }
}
