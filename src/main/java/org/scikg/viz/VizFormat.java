package org.scikg.viz;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats a {@link VizGraph} can be written in: name, media type and file extensions of each. */
public enum VizFormat {
    /** One self-contained interactive page (Cytoscape.js and the data inlined). */
    HTML("html", "text/html", "html", "htm"),
    /** GraphML, valid against the GraphML 1.0 schema. */
    GRAPHML("graphml", "application/graphml+xml", "graphml"),
    /** GEXF 1.2 (Gephi). */
    GEXF("gexf", "application/gexf+xml", "gexf"),
    /** Graphviz DOT. */
    DOT("dot", "text/vnd.graphviz", "dot", "gv"),
    /** A static SVG picture with a force-directed layout and a legend. */
    SVG("svg", "image/svg+xml", "svg"),
    /** Cytoscape.js elements JSON ({@code {"elements":{"nodes":[..],"edges":[..]}}}). */
    JSON("json", "application/json", "json");

    private final String formatName;
    private final String mediaType;
    private final List<String> extensions;

    VizFormat(String formatName, String mediaType, String... extensions) {
        this.formatName = formatName;
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    /** The name used on the command line, lower case. */
    public String formatName() {
        return formatName;
    }

    /** The IANA (or customary) media type. */
    public String mediaType() {
        return mediaType;
    }

    /** File extensions without the dot, the preferred one first. */
    public List<String> extensions() {
        return extensions;
    }

    /** The format with this name, ignoring case; empty for null or an unknown name. */
    public static Optional<VizFormat> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.formatName.equals(key)).findFirst();
    }

    /** The format whose extensions include the one of this file name, ignoring case; empty if none does. */
    public static Optional<VizFormat> byFileName(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    /** The valid names, comma-separated, for error messages. */
    public static String validNames() {
        return Arrays.stream(values()).map(VizFormat::formatName).collect(Collectors.joining(", "));
    }
}
