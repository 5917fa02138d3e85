package org.scikg.build;

import java.util.Map;

import org.scikg.extract.EntityType;

/**
 * What a build did.
 *
 * @param records     abstracts read (every occurrence)
 * @param papers      distinct papers among them
 * @param duplicates  occurrences merged into a paper read earlier in this build
 * @param extracted   papers new to the store, extracted and stored
 * @param unchanged   papers already in the store, skipped without extraction
 * @param failed      papers whose extraction failed or timed out (reported as problems)
 * @param entities    entities in the store by type, after the build
 * @param triples     triples in the store after the build
 * @param warnings    problems reported (bad records, unreadable files, failed extractions)
 * @param seconds     wall time
 */
public record BuildSummary(long records, long papers, long duplicates, long extracted, long unchanged, long failed,
                           Map<EntityType, Long> entities, long triples, long warnings, double seconds) {
}
