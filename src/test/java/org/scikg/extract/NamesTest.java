package org.scikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void keyIgnoresCaseHyphensAndSpaces() {
        assertEquals("dmhard8", Names.key("DM-HARD-8"));
        assertEquals(Names.key("DM-Hard-8"), Names.key("dm hard 8"));
    }

    @Test
    void keyKeepsVersionDotsButNotTrailingOnes() {
        assertEquals("gpt3.5", Names.key("GPT-3.5"));
        assertEquals("t5.1.1", Names.key("T5.1.1."));
    }

    @Test
    void keyKeepsPlusAndHash() {
        assertEquals("c++", Names.key("C++"));
        assertEquals("c#", Names.key("C#"));
    }

    @Test
    void keySpellsOutGreekLetters() {
        assertEquals("deltaflow", Names.key("ΔFlow"));
        assertEquals(Names.key("DeltaFlow"), Names.key("ΔFlow"));
        assertEquals("pi0.5", Names.key("π0.5"));
        assertEquals("alphabetacrown", Names.key("αβ-CROWN"));
    }

    @Test
    void genericHeadIsDropped() {
        assertEquals("Procgen", Names.withoutGenericHead("Procgen Benchmark"));
        assertEquals("Waymo Open Motion", Names.withoutGenericHead("Waymo Open Motion Dataset"));
        assertEquals("BYOL", Names.withoutGenericHead("BYOL"));
    }

    @Test
    void textNormalisationCollapsesWhitespace() {
        assertEquals("a b c", Names.normaliseText("  a \n b\t\tc "));
    }
}
