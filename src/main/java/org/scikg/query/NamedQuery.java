package org.scikg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A query shipped in {@code src/main/resources/queries/NAME.rq}. Its leading comments give a title, a
 * description and parameters with defaults ({@code # param: name = Gemini}); a parameter is a variable of
 * the query that the caller binds to a string.
 */
public record NamedQuery(String name, String title, String description, Map<String, String> params, String text) {
    /** The bundled queries' names, in order; kept in {@code queries/index.txt}. */
    public static List<String> names() {
        String index = read("/queries/index.txt").orElse("");
        List<String> out = new ArrayList<>();
        for (String l : index.split("\n")) {
            if (!l.isBlank() && !l.startsWith("#")) out.add(l.strip());
        }
        return out;
    }

    public static List<NamedQuery> all() {
        return names().stream().map(n -> byName(n).orElseThrow()).toList();
    }

    public static Optional<NamedQuery> byName(String name) {
        if (!name.matches("[A-Za-z0-9_-]+")) return Optional.empty();
        return read("/queries/" + name + ".rq").map(text -> parse(name, text));
    }

    static NamedQuery parse(String name, String text) {
        String title = name;
        StringBuilder description = new StringBuilder();
        Map<String, String> params = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                if (l.isEmpty()) continue;
                break;
            }
            String c = l.substring(1).strip();
            if (c.startsWith("title:")) title = c.substring(6).strip();
            else if (c.startsWith("description:")) description.append(c.substring(12).strip());
            else if (c.startsWith("param:")) {
                String p = c.substring(6).strip();
                int eq = p.indexOf('=');
                String key = (eq < 0 ? p : p.substring(0, eq)).strip().replaceFirst("^[?$]", "");
                String def = eq < 0 ? "" : p.substring(eq + 1).strip().replaceAll("^\"|\"$", "");
                params.put(key.split("\\s+")[0], def);
            }
        }
        return new NamedQuery(name, title, description.toString(), Map.copyOf(params), text);
    }

    private static Optional<String> read(String resource) {
        try (InputStream in = NamedQuery.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
