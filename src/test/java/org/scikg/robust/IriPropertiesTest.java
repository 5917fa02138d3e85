package org.scikg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.irix.IRIx;
import org.scikg.link.Iris;

/**
 * IRIs minted from odd names (quotes, spaces, angle brackets, control characters, unpaired surrogates, other
 * scripts, emoji, dot segments, very long) are always valid, absolute, and unchanged by resolution, which
 * every RDF parser applies (so "paper/.." must not be minted: it would read back as the base).
 */
class IriPropertiesTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private static final IRIx BASE = IRIx.create(Iris.DEFAULT_BASE);

    @Property(tries = 300)
    void entityIrisAreValidAndShort(@ForAll("oddNames") String name) {
        String iri = IRIS.entity(name);
        checkValid(iri);
        assertTrue(iri.length() <= Iris.DEFAULT_BASE.length() + "entity/".length() + 80, iri);
    }

    @Property(tries = 300)
    void paperIrisAreValidFromAnyIdOrText(@ForAll("oddNames") String id, @ForAll("oddNames") String text) {
        checkValid(IRIS.paper(id, text));
        checkValid(IRIS.paper(null, text));
    }

    @Property(tries = 100)
    void nodeIrisAreValidFromAnyParts(@ForAll("oddNames") String a, @ForAll("oddNames") String b) {
        checkValid(IRIS.node("mention", a, b, 3));
    }

    @Example
    void dotSegmentIdsAreEncoded() {
        assertEquals(Iris.DEFAULT_BASE + "paper/%2E%2E", IRIS.paper("..", "x"));
        assertEquals(Iris.DEFAULT_BASE + "paper/%2E", IRIS.paper(" . ", "x"));
        assertEquals(Iris.DEFAULT_BASE + "paper/...", IRIS.paper("...", "x"));
    }

    private static void checkValid(String iri) {
        assertNull(Stores.iriProblem(iri));
        IRIx parsed = IRIx.create(iri);
        assertTrue(parsed.isAbsolute(), iri);
        assertEquals(iri, BASE.resolve(iri).str(), "changed by resolution");
    }

    @Provide
    Arbitrary<String> oddNames() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("\"'<> \t\n{}|\\^`%#?/.:;[]@!$&()*+,=~-_").ofMaxLength(20),
                Arbitraries.strings().withCharRange('\u0370', '\u03ff').withCharRange('\u4e00', '\u4e40')
                        .withChars("\uD83D\uDE80\u200D").ofMaxLength(20),
                Arbitraries.strings().all().ofMinLength(300).ofMaxLength(3000),
                Arbitraries.of("", " ", ".", "..", "...", "./", "%2E", "a/../b", "\uD800", "\uDC00x", "\uD83D\uDE80",
                        "\u6df1\u5ea6\u5b66\u4e60", "<script>", "\"quoted\"", "x".repeat(5000), "\u0000", "\uFFFF",
                        "http://example.org/x", "urn:x", "#frag", "?q=1", "\u2014"));
    }
}
