package org.scikg.server;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.scikg.graph.RdfSyntax;

/**
 * The ways a resource page can be sent: an HTML page for browsers, or RDF. Chosen by the {@code Accept} header, or
 * by a {@code format=} parameter (one of the names) that overrides it.
 */
enum Representation {
    TURTLE("ttl", RdfSyntax.TURTLE),
    HTML("html", null),
    JSONLD("jsonld", RdfSyntax.JSONLD),
    NTRIPLES("nt", RdfSyntax.NTRIPLES),
    RDFXML("rdfxml", RdfSyntax.RDFXML);

    private static final AcceptList OFFERS = AcceptList.create(
            Arrays.stream(values()).map(Representation::mediaType).toArray(String[]::new));

    private final String formatName;
    private final RdfSyntax syntax;

    Representation(String formatName, RdfSyntax syntax) {
        this.formatName = formatName;
        this.syntax = syntax;
    }

    String formatName() {
        return formatName;
    }

    /** The RDF syntax, or null for HTML. */
    RdfSyntax syntax() {
        return syntax;
    }

    String mediaType() {
        return syntax == null ? "text/html" : syntax.mediaType();
    }

    /** The representation with this format name (ignoring case). */
    static Optional<Representation> byName(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.formatName.equals(key)).findFirst();
    }

    static String validNames() {
        return Arrays.stream(values()).map(Representation::formatName).collect(Collectors.joining(", "));
    }

    /**
     * The best representation for an {@code Accept} header: Turtle when there is none or it says only
     * {@code *}{@code /*} (RDF clients), HTML when the client prefers it (browsers); empty when nothing offered is
     * acceptable.
     */
    static Optional<Representation> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(TURTLE);
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERS);
        if (chosen == null) {
            return Optional.empty();
        }
        String type = chosen.getContentTypeStr();
        return Arrays.stream(values()).filter(r -> r.mediaType().equals(type)).findFirst();
    }
}
