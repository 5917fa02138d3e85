package org.scikg.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One abstract as read from the corpus, with the metadata its format carried and where it was read.
 * Optional fields are {@code null} when absent; {@code authors} is never null (empty when absent).
 *
 * @param id         the record's own identifier (JSON {@code id}, CSV {@code id} column), or null
 * @param text       the abstract, without the {@code Abstract:} prefix, surrounding whitespace trimmed; never blank
 * @param title      the title, or null
 * @param authors    author names, possibly empty
 * @param date       a date or year as given ({@code date}, else {@code year}), or null
 * @param categories subject categories as given, or null
 * @param doi        the DOI, or null
 * @param url        a URL, or null
 * @param source     where the record was read
 *
 * <p>Serializable, so that a distributed job can move it between machines.
 */
public record Paper(String id, String text, String title, List<String> authors, String date,
                    String categories, String doi, String url, SourceRef source) implements java.io.Serializable {
    public Paper {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** A paper with only a text and a position, as the {@code Abstract:} line format gives. */
    public static Paper ofText(String text, SourceRef source) {
        return new Paper(null, text, null, List.of(), null, null, null, null, source);
    }
}
