package org.scikg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shapes of versions, sizes and variant words that extend a name ("Gemini 1.5 Pro", "Zorbix-7B"). */
class NameShapesTest {
    @Test
    void releasesSizesAndVariantWordsAreVersions() {
        for (String w : new String[] {"1.5", "v2", "V3.1", "2a", "7B", "0.5B", "Pro", "S", "Flash-Lite"}) {
            assertTrue(NameShapes.isVersion(w), w);
        }
    }

    @Test
    void measurementsAfterANameAreNotVersions() {
        // "Hallo 20.93s vs. Zorbix 0.92s", "Zorbix 2.5x faster": seconds and factors
        for (String w : new String[] {"0.92s", "20.93s", "2.5x", "10x", "fast"}) {
            assertFalse(NameShapes.isVersion(w), w);
        }
    }
}
