package org.scikg.server;

import org.apache.jena.fuseki.main.FusekiServer;

/** Where each of the server's own handlers is mounted, in one place. */
final class Routes {
    static final String HEALTH = "/health";
    static final String RESOURCES = ServerSettings.RESOURCE_PATH + "*";
    static final String API = "/api/*";
    static final String ASSETS = AssetServlet.PATH + "*";
    /** The servlet-spec pattern for the root only. */
    static final String EXPLORER = "";

    private Routes() {
    }

    static void install(FusekiServer.Builder fb, ServerSettings settings) {
        fb.addServlet(HEALTH, new HealthServlet(settings))
                .addServlet(RESOURCES, new ResourceServlet(settings))
                .addServlet(API, new ApiServlet(settings))
                .addServlet(ASSETS, new AssetServlet())
                .addServlet(EXPLORER, new ExplorerServlet(settings));
    }
}
