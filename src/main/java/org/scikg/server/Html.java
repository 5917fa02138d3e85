package org.scikg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping, templates with {@code @NAME@} slots and class-path resources for the pages the server writes. */
final class Html {
    private static final Pattern SLOT = Pattern.compile("@([A-Z]+)@");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Html() {
    }

    /** Text made safe for element content and quoted attribute values; null becomes the empty string. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * JSON that can sit inside a script element: {@code <}, {@code >}, {@code &} and U+2028/9 become
     * {@code \}{@code uXXXX} escapes (they only occur inside JSON strings), so nothing can close the element.
     */
    static String scriptSafe(String json) {
        return org.scikg.viz.JsonInHtml.escape(json);
    }

    /** Replaces each {@code @NAME@} of the template (never of the inserted values) with its value. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder(template.length() + 1024);
        int last = 0;
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v != null) {
                sb.append(template, last, m.start()).append(v);
                last = m.end();
            }
        }
        return sb.append(template, last, template.length()).toString();
    }

    /**
     * A UTF-8 text resource from the class path, read once.
     *
     * @throws ServerException if it is missing (a broken build)
     */
    static String resource(String path) {
        return CACHE.computeIfAbsent(path, p -> {
            try (InputStream in = Html.class.getResourceAsStream(p)) {
                if (in == null) {
                    throw new ServerException("missing resource " + p + " (the jar is incomplete)");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
