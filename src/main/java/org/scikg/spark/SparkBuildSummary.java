package org.scikg.spark;

/**
 * What the Spark job did.
 *
 * @param files      input files listed
 * @param records    abstracts read (every occurrence)
 * @param papers     distinct papers among them
 * @param duplicates occurrences merged into a paper read elsewhere
 * @param extracted  papers extracted and written
 * @param failed     papers whose extraction failed or timed out (reported as problems)
 * @param entities   distinct entities linked
 * @param triples    N-Triples lines written (a task Spark ran twice counts twice; the loader gives the exact count)
 * @param warnings   problems reported (bad records, unreadable files, failed extractions)
 * @param seconds    wall time
 * @param extractSeconds from the start to the end of extraction: listing, reading, numbering, extracting
 * @param linkSeconds    the link aggregation
 * @param writeSeconds   writing the part files
 */
public record SparkBuildSummary(long files, long records, long papers, long duplicates, long extracted, long failed,
                                long entities, long triples, long warnings, double seconds, double extractSeconds,
                                double linkSeconds, double writeSeconds) {
}
