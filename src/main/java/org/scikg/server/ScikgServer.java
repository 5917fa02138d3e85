package org.scikg.server;

import java.net.BindException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.ee10.servlet.ServletHandler;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.scikg.link.Iris;

/**
 * The scikg HTTP server: an embedded Fuseki over one store, read-only, with linked-data pages and the explorer.
 * Make one with {@link #builder()}; it is immutable once built, {@link #start()} returns at once and
 * {@link #close()} stops it.
 *
 * <ul>
 *   <li>{@code /scikg/sparql} (also {@code /scikg/query} and {@code /scikg}): the SPARQL 1.1 Protocol for queries,
 *       GET and POST, results by content negotiation (see {@link SafeQuery} for the guards).</li>
 *   <li>{@code /scikg/get?default} (also {@code /scikg?default}): the Graph Store Protocol, reading only.</li>
 *   <li>{@code /resource/...}: every instance IRI under the base, as HTML, Turtle, JSON-LD, N-Triples or RDF/XML.</li>
 *   <li>{@code /}: the explorer; {@code /api/...}: its search, named queries and graph pages; {@code /health}.</li>
 * </ul>
 *
 * <p>Nothing writes: no update or upload service exists, SERVICE is off, and every query has a timeout and a row cap.
 */
public final class ScikgServer implements AutoCloseable {
    /** The path of the dataset's services. */
    public static final String DATASET_PATH = "/scikg";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_MAX_ROWS = 10_000;

    private final FusekiServer fuseki;
    private final String host;
    private final ServerSettings settings;

    private ScikgServer(FusekiServer fuseki, String host, ServerSettings settings) {
        this.fuseki = fuseki;
        this.host = host;
        this.settings = settings;
    }

    /** A builder with the defaults: 127.0.0.1:3030, 10 s timeout, 10,000 rows, no CORS, the default base. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening and returns; the server runs on its own threads.
     *
     * @throws ServerException if the port is in use or the address cannot be bound
     */
    public ScikgServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            Throwable c = e;
            while (c != null && !(c instanceof BindException)) {
                c = c.getCause();
            }
            String why = c != null ? "the address is in use or not local (" + c.getMessage() + ")" : e.getMessage();
            throw new ServerException("cannot listen on " + host + ":" + fuseki.getHttpPort() + ": " + why, e);
        }
        return this;
    }

    /** The port listened on (the one chosen when 0 was asked for); meaningful after {@link #start()}. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:3030/}. */
    public URI url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** The SPARQL query endpoint's URL. */
    public URI sparqlUrl() {
        return url().resolve(settings.sparqlPath().substring(1));
    }

    /** The base IRI whose instances this server resolves under {@code /resource/}. */
    public String base() {
        return settings.base();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops listening and waits for running requests to end; the store stays open. */
    @Override
    public void close() {
        fuseki.stop();
    }

    /** Configures a {@link ScikgServer}; {@link #build()} validates. */
    public static final class Builder {
        private Dataset dataset;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration timeout = DEFAULT_TIMEOUT;
        private long maxRows = DEFAULT_MAX_ROWS;
        private String base = Iris.DEFAULT_BASE;
        private final Set<String> corsOrigins = new LinkedHashSet<>();

        private Builder() {
        }

        /** The store to serve (required); it is only read. */
        public Builder dataset(Dataset ds) {
            this.dataset = ds;
            return this;
        }

        /** The address to bind (default {@value ScikgServer#DEFAULT_HOST}: this machine only). */
        public Builder host(String h) {
            this.host = h;
            return this;
        }

        /** The port (default {@value ScikgServer#DEFAULT_PORT}; 0 picks a free one). */
        public Builder port(int p) {
            this.port = p;
            return this;
        }

        /** The longest a query may run before it is stopped (default 10 s). */
        public Builder timeout(Duration t) {
            this.timeout = t;
            return this;
        }

        /** The most rows a query returns (default {@value ScikgServer#DEFAULT_MAX_ROWS}). */
        public Builder maxRows(long n) {
            this.maxRows = n;
            return this;
        }

        /** The base IRI of papers and entities, as given to {@code build --base} (default {@value Iris#DEFAULT_BASE}). */
        public Builder base(String iri) {
            this.base = iri;
            return this;
        }

        /** Allows cross-origin requests from this origin ({@code *}: any); none by default. Repeatable. */
        public Builder corsOrigin(String origin) {
            this.corsOrigins.add(origin);
            return this;
        }

        /**
         * The server, not yet started.
         *
         * @throws ServerException naming the option that is wrong and why
         */
        public ScikgServer build() {
            if (dataset == null) {
                throw new ServerException("no store to serve: give the builder a dataset");
            }
            if (port < 0 || port > 65_535) {
                throw new ServerException("port " + port + " is out of range: give 0 (any free port) to 65535");
            }
            if (host == null || host.isBlank()) {
                throw new ServerException("no host to bind: give an address such as 127.0.0.1");
            }
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new ServerException("the query timeout must be positive, not " + timeout);
            }
            if (maxRows <= 0) {
                throw new ServerException("the row cap must be positive, not " + maxRows);
            }
            corsOrigins.forEach(Builder::checkOrigin);
            ServerSettings settings = new ServerSettings(dataset, normalisedBase(base), timeout, maxRows, DATASET_PATH);
            FusekiServer.Builder fb = FusekiServer.create().port(port).fusekiModules(FusekiModules.empty())
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                            new SafeQuery(timeout, maxRows))
                    .add(DATASET_PATH, DataService.newBuilder(dataset.asDatasetGraph())
                            .addEndpoint(Operation.Query).addEndpoint(Operation.Query, "sparql")
                            .addEndpoint(Operation.Query, "query")
                            .addEndpoint(Operation.GSP_R).addEndpoint(Operation.GSP_R, "get"));
            if (!corsOrigins.isEmpty()) {
                fb.addFilter("/*", new CorsFilter(corsOrigins));
            }
            Routes.install(fb, settings);
            FusekiServer fuseki = fb.build();
            bind(fuseki.getJettyServer(), host);
            return new ScikgServer(fuseki, host, settings);
        }

        /**
         * Binds the connector to the host, and lets an encoded slash ({@code %2F}) through: paper IRIs minted from
         * old-style arXiv ids hold one ({@code paper/hep-th%2F9901001}) and must resolve like any other.
         */
        private static void bind(Server jetty, String host) {
            UriCompliance uris = UriCompliance.DEFAULT.with("SCIKG", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR);
            for (Connector c : jetty.getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                    HttpConnectionFactory http = sc.getConnectionFactory(HttpConnectionFactory.class);
                    if (http != null) {
                        http.getHttpConfiguration().setUriCompliance(uris);
                    }
                }
            }
            ServletHandler servlets = jetty.getDescendant(ServletHandler.class);
            if (servlets != null) {
                servlets.setDecodeAmbiguousURIs(true);
            }
        }

        private static String normalisedBase(String iri) {
            URI u;
            try {
                u = URI.create(Objects.requireNonNull(iri, "base"));
            } catch (IllegalArgumentException e) {
                throw new ServerException("the base IRI '" + iri + "' is not an IRI: " + e.getMessage(), e);
            }
            if (!u.isAbsolute() || u.getRawAuthority() == null) {
                throw new ServerException("the base IRI '" + iri + "' must be absolute, like " + Iris.DEFAULT_BASE);
            }
            return new Iris(iri).base();
        }

        private static void checkOrigin(String origin) {
            if (!"*".equals(origin) && !origin.matches("https?://[^/\\s]+")) {
                throw new ServerException("CORS origin '" + origin + "' must be * or scheme://host[:port], "
                        + "e.g. http://localhost:8080");
            }
        }
    }
}
