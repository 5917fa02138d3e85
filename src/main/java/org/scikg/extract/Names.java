package org.scikg.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Name normalisation shared by matching, linking and IRI minting. */
public final class Names {
    /** Head words that may trail a name without changing what it names ("Procgen Benchmark" is Procgen). */
    public static final Set<String> GENERIC_HEADS = Set.of("benchmark", "dataset", "corpus", "suite", "model",
            "models", "method", "algorithm", "framework", "library", "toolkit", "architecture", "family");

    /** Latin names of the lower-case Greek letters, indexed from alpha (final sigma included). */
    private static final String[] GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
            "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon",
            "phi", "chi", "psi", "omega"};

    private Names() {
    }

    /**
     * The match key of a name: NFKC, lower case, with every character but letters, digits, {@code +},
     * {@code #} and {@code .} removed, and no trailing dots. "DM-HARD-8", "DM-Hard-8" and "dm hard 8" share
     * the key {@code dmhard8}. Greek letters are spelt out, so "ΔFlow" (from TeX's {@code $\\Delta$Flow}) and
     * "DeltaFlow" share the key {@code deltaflow}. Never null; empty for a name with no such characters.
     */
    public static String key(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> Character.isLetterOrDigit(c) || c == '+' || c == '#' || c == '.')
                .forEach(c -> {
                    int g = c - 'α';
                    if (g >= 0 && g < GREEK.length && GREEK[g] != null) b.append(GREEK[g]);
                    else b.appendCodePoint(c);
                });
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == '.') end--;
        int start = 0;
        while (start < end && b.charAt(start) == '.') start++;
        return b.substring(start, end);
    }

    /** The name without one trailing generic head word, or the name itself. */
    public static String withoutGenericHead(String name) {
        String trimmed = name.trim();
        int space = trimmed.lastIndexOf(' ');
        if (space > 0 && GENERIC_HEADS.contains(trimmed.substring(space + 1).toLowerCase(Locale.ROOT))) {
            return trimmed.substring(0, space).trim();
        }
        return trimmed;
    }

    /** Whitespace runs collapsed to one space, trimmed: the form of an abstract that is hashed. */
    public static String normaliseText(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
