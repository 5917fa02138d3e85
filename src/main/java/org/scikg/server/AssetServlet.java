package org.scikg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

/**
 * {@code GET /assets/NAME}: the explorer's own script and style (from {@code server/} in the jar) and the CodeMirror
 * files it uses (from the CodeMirror WebJar), so that the explorer works with no network. Only the listed files are
 * served.
 */
final class AssetServlet extends HttpServlet {
    static final String PATH = "/assets/";
    private static final String CODEMIRROR = "/META-INF/resources/webjars/codemirror/" + codemirrorVersion() + "/";
    private static final Map<String, String> FILES = Map.of(
            "explorer.js", "/server/explorer.js",
            "site.css", "/server/site.css",
            "codemirror/codemirror.js", CODEMIRROR + "lib/codemirror.js",
            "codemirror/codemirror.css", CODEMIRROR + "lib/codemirror.css",
            "codemirror/sparql.js", CODEMIRROR + "mode/sparql/sparql.js",
            "codemirror/matchbrackets.js", CODEMIRROR + "addon/edit/matchbrackets.js");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        String resource = FILES.get(name);
        if (resource == null) {
            ResourceServlet.plain(resp, 404, "no asset " + name + "\n");
            return;
        }
        byte[] bytes = Html.resource(resource).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        resp.setStatus(200);
        resp.setContentType((name.endsWith(".js") ? "text/javascript" : "text/css") + "; charset=utf-8");
        resp.setHeader("Cache-Control", "public, max-age=600");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getOutputStream().write(bytes);
    }

    /** The CodeMirror WebJar's version, read from its Maven metadata on the class path. */
    private static String codemirrorVersion() {
        Properties pom = new Properties();
        try (InputStream in = AssetServlet.class.getResourceAsStream(
                "/META-INF/maven/org.webjars/codemirror/pom.properties")) {
            if (in == null) {
                throw new ServerException("the CodeMirror WebJar (org.webjars:codemirror) is not on the class path");
            }
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new ServerException("cannot read the CodeMirror WebJar: " + e.getMessage(), e);
        }
    }
}
