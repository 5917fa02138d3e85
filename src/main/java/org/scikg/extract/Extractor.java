package org.scikg.extract;

/** Reads one abstract. Implementations say whether they are thread-safe. */
public interface Extractor {
    /**
     * @param text an abstract; never null
     * @return what was found; never null (an empty extraction for a text with nothing in it)
     * @throws ExtractionException when the text cannot be processed at all
     */
    Extraction extract(String text);
}
