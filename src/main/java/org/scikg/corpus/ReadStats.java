package org.scikg.corpus;

/**
 * What one {@link CorpusReader#read} call did.
 *
 * @param files    files (and standard-input streams) opened, whatever they turned out to contain
 * @param records  records delivered to the sink
 * @param skipped  lines or rows rejected with a problem (bad encoding, no prefix, invalid JSON, ...)
 * @param problems problems reported, of every kind (so {@code problems >= skipped})
 */
public record ReadStats(long files, long records, long skipped, long problems) {
}
