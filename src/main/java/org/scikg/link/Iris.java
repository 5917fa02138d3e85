package org.scikg.link;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.scikg.extract.Names;

/**
 * Deterministic IRIs for instances, under a base (default {@value #DEFAULT_BASE}): the same input gives
 * the same IRIs on every run and machine. Every IRI minted is valid whatever the name it comes from.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/scikg/resource/";
    private static final int MAX_SLUG = 80;

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** From the record's id when it has one, else from the hash of its normalised text. */
    public String paper(String id, String text) {
        if (id != null && !id.isBlank()) return base + "paper/" + encode(id.strip());
        return base + "paper/h" + sha256(Names.normaliseText(text)).substring(0, 16);
    }

    /** From the match key of the canonical name; a long or empty key is shortened with a hash. */
    public String entity(String canonicalName) {
        String key = Names.key(canonicalName);
        String slug = encode(key.isEmpty() ? "x" : key);
        if (slug.length() > MAX_SLUG || key.isEmpty()) {
            slug = encodedStart(key.isEmpty() ? "x" : key, 40) + "-" + sha256(canonicalName).substring(0, 12);
        }
        return base + "entity/" + slug;
    }

    /** A node that depends only on the given parts (mentions, evidence, results, source occurrences). */
    public String node(String kind, Object... parts) {
        StringBuilder b = new StringBuilder(kind);
        for (Object p : parts) b.append('\u0000').append(p);
        return base + kind + "/" + sha256(b.toString()).substring(0, 20);
    }

    public static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        String e = percent(s);
        // "." and ".." are dot segments, which parsers resolve away ("paper/.." would become the base)
        return e.equals(".") || e.equals("..") ? e.replace(".", "%2E") : e;
    }

    private static String percent(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    /**
     * The encoding of the longest start of {@code s} that encodes to at most {@code max} characters: whole
     * characters only, so that no escape (nor UTF-8 sequence) is cut in two.
     */
    private static String encodedStart(String s, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            String e = percent(Character.toString(s.codePointAt(i)));
            if (b.length() + e.length() > max) break;
            b.append(e);
        }
        return b.toString();
    }
}
