/**
 * Reading the corpus: abstracts from {@code Abstract:} lines, JSON Lines, CSV and TSV, plain or gzip, from
 * files, directories and standard input, pushed one {@link org.scikg.corpus.Paper} at a time to a sink.
 *
 * <p>The facade is {@link org.scikg.corpus.CorpusReader}; formats are described by
 * {@link org.scikg.corpus.InputFormat}. Problems in the data never throw: each is reported once, with its
 * file and line, to a {@link org.scikg.corpus.ProblemListener} (kinds in
 * {@link org.scikg.corpus.ProblemKinds}); only usage errors throw {@link org.scikg.corpus.CorpusException}.
 */
package org.scikg.corpus;
