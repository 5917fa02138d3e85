package org.scikg.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.query.Dataset;

/**
 * What every handler of a {@link ScikgServer} shares: the store, the base IRI of its instances and the limits.
 *
 * @param dataset the store (instance data in the default graph)
 * @param base the base IRI of papers and entities, ending in {@code /} or {@code #}
 * @param timeout the longest any query may run
 * @param maxRows the most rows (or CONSTRUCT solutions) a query may return
 * @param datasetPath where the SPARQL services are mounted, e.g. {@code /scikg}
 */
record ServerSettings(Dataset dataset, String base, Duration timeout, long maxRows, String datasetPath) {
    /** The path prefix under which instance IRIs are served. */
    static final String RESOURCE_PATH = "/resource/";

    ServerSettings {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** The SPARQL query endpoint's path. */
    String sparqlPath() {
        return datasetPath + "/sparql";
    }

    /** The IRI a request path names: {@code /resource/entity/x} is {@code base + "entity/x"}; empty if outside. */
    Optional<String> iriOf(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(RESOURCE_PATH) || rawPath.length() == RESOURCE_PATH.length()) {
            return Optional.empty();
        }
        return Optional.of(base + rawPath.substring(RESOURCE_PATH.length()));
    }

    /** Where a browser finds an IRI: its path on this server when it is under the base, else the IRI itself. */
    String href(String iri) {
        return iri.startsWith(base) ? RESOURCE_PATH + iri.substring(base.length()) : iri;
    }
}
