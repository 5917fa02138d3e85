package org.scikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TexMathTest {
    /** The original text behind characters [begin, end) of the reading. */
    private static String behind(TexMath.Reading r, int begin, int end) {
        return r.original().substring(r.begin(begin), r.end(end));
    }

    @Test
    void textWithoutTexIsItsOwnReading() {
        TexMath.Reading r = TexMath.read("We train ResNet-50 on ImageNet.");
        assertTrue(r.identity());
        assertEquals("We train ResNet-50 on ImageNet.", r.plain());
    }

    @Test
    void aFullStopGluedToTheNextSentenceReadsWithASpace() {
        String text = "for scene editing.We propose Quell, e.g.Not here, nor in model.py or v1.Two.";
        TexMath.Reading r = TexMath.read(text);
        assertEquals("for scene editing. We propose Quell, e.g.Not here, nor in model.py or v1.Two.", r.plain());
        int q = r.plain().indexOf("Quell");
        assertEquals("Quell", behind(r, q, q + "Quell".length()));
        int stop = r.plain().indexOf(". We");
        assertEquals(".", behind(r, stop, stop + 2));
    }

    @Test
    void inlineMathLosesItsDelimitersAndMapsBack() {
        String text = "with ResNet-$50$ on ImageNet";
        TexMath.Reading r = TexMath.read(text);
        assertEquals("with ResNet-50 on ImageNet", r.plain());
        int b = r.plain().indexOf("ResNet-50");
        assertEquals("ResNet-$50$", behind(r, b, b + "ResNet-50".length()));
        int i = r.plain().indexOf("ImageNet");
        assertEquals("ImageNet", behind(r, i, i + "ImageNet".length()));
        assertEquals(text.indexOf("ImageNet"), r.begin(i));
    }

    @Test
    void escapesCommandsAndBracesBecomeWhatTheyPrint() {
        assertEquals("reaches 74.3% top-1", TexMath.read("reaches $74.3\\%$ top-1").plain());
        assertEquals("a 3× speed-up", TexMath.read("a $3\\times$ speed-up").plain());
        assertEquals("π0 and M2 and UI2Code^N", TexMath.read("$\\pi_0$ and M$^2$ and UI2Code$^\\text{N}$").plain());
        assertEquals("T3SVFND and D12 and L2", TexMath.read("T$^3$SVFND and D$^{12}$ and $L_2$").plain());
        assertEquals("×4 fewer", TexMath.read("$\\times 4$ fewer").plain());
        assertEquals("R&D at 5%", TexMath.read("R\\&D at 5\\%").plain());
        TexMath.Reading r = TexMath.read("value $74.3\\%$.");
        int v = r.plain().indexOf("74.3%");
        assertEquals("$74.3\\%$", behind(r, v, v + 5));
    }

    @Test
    void fontCommandsOutsideMathReadAsTheirArgument() {
        TexMath.Reading r = TexMath.read("called \\emph{P2I-LReg}, which \\textbf{beats} it");
        assertEquals("called P2I-LReg, which beats it", r.plain());
        int b = r.plain().indexOf("P2I-LReg");
        assertEquals("\\emph{P2I-LReg}", behind(r, b, b + "P2I-LReg".length()));
    }

    @Test
    void mathWithCommandsItDoesNotKnowIsLeftAsWritten() {
        assertEquals("a $\\frac{2}{3}$-EFX allocation", TexMath.read("a $\\frac{2}{3}$-EFX allocation").plain());
    }

    @Test
    void dollarsThatAreNotMathStay() {
        assertEquals("costs $5 and $10 a day", TexMath.read("costs $5 and $10 a day").plain());
        assertEquals("a $ sign", TexMath.read("a $ sign").plain());
        assertEquals("price $3", TexMath.read("price $3").plain());
    }

    @Test
    void everyCharacterMapsInsideTheOriginalAndInOrder() {
        String text = "Our $\\mathcal{O}(n^{2})$ method, $\\geq 95\\%$, beats GPT-$4$ by $2\\times$.";
        TexMath.Reading r = TexMath.read(text);
        assertEquals("Our O(n2) method, ≥95%, beats GPT-4 by 2×.", r.plain());
        int last = 0;
        for (int k = 0; k < r.plain().length(); k++) {
            assertTrue(r.begin(k) >= last && r.end(k + 1) <= text.length() && r.begin(k) < r.end(k + 1), "char " + k);
            last = r.begin(k);
        }
        assertEquals(text, behind(r, 0, r.plain().length()));
    }
}
