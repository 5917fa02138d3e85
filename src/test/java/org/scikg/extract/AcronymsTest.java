package org.scikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcronymsTest {
    @Test
    void lettersDropPluralAndDigits() {
        assertEquals("lclm", Acronyms.letters("LCLMs"));
        assertEquals("dr", Acronyms.letters("DR3"));
        assertEquals("byol", Acronyms.letters("BYOL"));
    }

    @Test
    void acronymShape() {
        assertTrue(Acronyms.looksLikeAcronym("BYOL"));
        assertTrue(Acronyms.looksLikeAcronym("ModBE"));
        assertFalse(Acronyms.looksLikeAcronym("see"));
        assertFalse(Acronyms.looksLikeAcronym("Table"));
    }
}
