package org.scikg.corpus;

/**
 * Told how far reading has come, for a progress bar sized with {@link CorpusReader#totalBytes}. Called
 * after each delivered record and at the end of each file, on the reading thread; keep it cheap.
 */
@FunctionalInterface
public interface ProgressListener {
    /**
     * @param bytesRead bytes consumed so far from all inputs of this read, as stored (compressed bytes
     *                  for gzip files); approximate within a buffer's size
     */
    void progress(long bytesRead);
}
