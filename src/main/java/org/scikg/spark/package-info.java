/**
 * The Spark job: reads abstracts from any file system Hadoop reaches, extracts them with one CoreNLP pipeline
 * per executor JVM, links the whole corpus by aggregation and writes the graph as N-Triples part files, which
 * {@code scikg load} puts into a TDB2 store.
 *
 * <p>The facade is {@link org.scikg.spark.SparkBuild}. The result is the graph {@code scikg build} makes of the
 * same inputs, whatever the partitioning: papers are numbered in input order (file, then line) and
 * {@link org.scikg.spark.LinkAggregation} answers every link call as the build's {@link org.scikg.link.Linker}
 * does in that order. Spark is a provided dependency: nothing outside this package (and its command,
 * {@link org.scikg.cli.SparkMain}) needs it.
 */
package org.scikg.spark;
