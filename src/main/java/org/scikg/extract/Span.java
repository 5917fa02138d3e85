package org.scikg.extract;

/** Character offsets [begin, end) in an abstract, with the 0-based index of the sentence they lie in. */
public record Span(int sentence, int begin, int end) implements java.io.Serializable {
    public Span {
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
}
