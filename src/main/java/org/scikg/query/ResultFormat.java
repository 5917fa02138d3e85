package org.scikg.query;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** How SELECT and ASK results are printed. */
public enum ResultFormat {
    TABLE("table", "text/plain", ResultSetLang.RS_Text),
    CSV("csv", "text/csv", ResultSetLang.RS_CSV),
    TSV("tsv", "text/tab-separated-values", ResultSetLang.RS_TSV),
    JSON("json", "application/sparql-results+json", ResultSetLang.RS_JSON),
    XML("xml", "application/sparql-results+xml", ResultSetLang.RS_XML);

    private final String label;
    private final String mediaType;
    private final Lang jena;

    ResultFormat(String label, String mediaType, Lang jena) {
        this.label = label;
        this.mediaType = mediaType;
        this.jena = jena;
    }

    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    public Lang lang() {
        return jena;
    }

    public static Optional<ResultFormat> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.label.equalsIgnoreCase(name)).findFirst();
    }

    public static String validNames() {
        return Arrays.stream(values()).map(ResultFormat::label).collect(Collectors.joining(", "));
    }
}
