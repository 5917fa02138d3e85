package org.scikg.extract;

/**
 * A number the abstract reports.
 *
 * @param subject    canonical name of the entity the number is for
 * @param metric     the metric as written, or null
 * @param value      the value as written, with its unit ("74.3%")
 * @param benchmark  canonical name of the benchmark or dataset, or null
 * @param evidence   the sentence
 * @param rule       the rule that produced it
 * @param confidence in [0, 1]
 */
public record Result(String subject, String metric, String value, String benchmark, Span evidence, String rule,
                     double confidence) implements java.io.Serializable {
}
