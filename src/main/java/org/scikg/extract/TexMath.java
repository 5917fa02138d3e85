package org.scikg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain reading of the inline TeX that arXiv abstracts carry ("ResNet-$50$", "$74.3\%$", "M$^2$",
 * "$\pi_0$", "$3\times$"), so that names and values come out as a reader sees them ("ResNet-50", "74.3%",
 * "M2", "π0", "3×"), with a map from every character of the reading back to the characters of the text it
 * came from: offsets into the reading become offsets into the original text, so evidence still points at
 * what the abstract says.
 *
 * <p>Inline math is a {@code $} directly followed by a non-space and closed on the same line within
 * {@value #MAX_MATH} characters by a {@code $} directly after a non-space; "costs $5 and $10" stays as it is.
 * Inside it the delimiters and grouping braces go, digit scripts become plain digits,
 * common commands become their characters, and font and text commands ({@code \mathrm{X}},
 * {@code \text{X}}) become their argument; math with any other command ({@code \frac}) is left as written.
 * Anywhere, TeX's escaped characters ({@code \%}, {@code \&}, {@code \#}, {@code \_}, {@code \$}) become the
 * character, and font commands ({@code \emph{X}}, {@code \textbf{X}}) their argument. A full stop glued to the
 * next sentence ("editing.We propose") reads with a space after it, so that the sentences split where they end.
 */
final class TexMath {
    /** The longest inline math read, in characters between the delimiters. */
    static final int MAX_MATH = 60;

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("times", "×"), Map.entry("sim", "~"), Map.entry("approx", "≈"), Map.entry("geq", "≥"),
            Map.entry("ge", "≥"), Map.entry("leq", "≤"), Map.entry("le", "≤"), Map.entry("pm", "±"),
            Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"), Map.entry("cdot", "·"),
            Map.entry("uparrow", "↑"), Map.entry("downarrow", "↓"), Map.entry("infty", "∞"), Map.entry("ell", "ℓ"),
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("eta", "η"), Map.entry("theta", "θ"),
            Map.entry("kappa", "κ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"),
            Map.entry("xi", "ξ"), Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"),
            Map.entry("tau", "τ"), Map.entry("phi", "φ"), Map.entry("varphi", "φ"), Map.entry("chi", "χ"),
            Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"),
            Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"), Map.entry("Pi", "Π"), Map.entry("Sigma", "Σ"),
            Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"));
    private static final Pattern FONT = Pattern.compile(
            "text|textrm|textbf|textit|texttt|textsc|textsf|mathrm|mathbf|mathit|mathsf|mathtt|mathcal|mathbb|"
                    + "boldsymbol|bm|operatorname|emph");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+|[%&#_$])");

    /**
     * The reading and its map: character {@code i} of {@code plain} came from {@code [from[i], to[i])} of the
     * original text.
     */
    record Reading(String original, String plain, int[] from, int[] to) {
        boolean identity() {
            return from == null;
        }

        /** The original offset where a span of the reading that begins at {@code begin} begins. */
        int begin(int begin) {
            if (identity()) return begin;
            return begin < plain.length() ? from[begin] : original.length();
        }

        /** The original offset where a span of the reading that ends at {@code end} (exclusive) ends. */
        int end(int end) {
            if (identity()) return end;
            return end == 0 ? 0 : to[end - 1];
        }

        Span map(Span s) {
            return identity() ? s : new Span(s.sentence(), begin(s.begin()), Math.max(begin(s.begin()), end(s.end())));
        }
    }

    private TexMath() {
    }

    /** "scene editing.We propose": a full stop with no space between two sentences. */
    private static final Pattern GLUED_STOP = Pattern.compile("(?<=\\p{Ll}{3})\\.(?=\\p{Lu}\\p{Ll})");

    static Reading read(String text) {
        if (text.indexOf('$') < 0 && text.indexOf('\\') < 0 && !GLUED_STOP.matcher(text).find()) {
            return new Reading(text, text, null, null);
        }
        java.util.Set<Integer> gluedStops = new java.util.HashSet<>();
        for (Matcher m = GLUED_STOP.matcher(text); m.find(); ) gluedStops.add(m.start());
        Builder b = new Builder(text);
        java.util.Set<Integer> closers = new java.util.HashSet<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (closers.remove(i)) {
                b.drop(i, i + 1, false);
                i++;
                continue;
            }
            int argument = c == '\\' ? fontArgument(text, i) : -1;
            if (argument > 0) { // "\\emph{P2I-LReg}" reads "P2I-LReg"
                closers.add(matching(text, argument - 1));
                b.drop(i, argument, true);
                i = argument;
                continue;
            }
            int close = c == '$' ? closing(text, i) : -1;
            if (close > 0 && !known(text, i + 1, close)) close = -1; // "$\\frac{2}{3}$": left as written
            if (close > 0) {
                b.drop(i, i + 1, true);
                math(text, i + 1, close, b);
                b.drop(close, close + 1, false);
                i = close + 1;
            } else if (gluedStops.contains(i)) { // read as a full stop and a space
                b.add(". ", i, i + 1);
                i++;
            } else if (c == '\\' && i + 1 < text.length() && "%&#_$".indexOf(text.charAt(i + 1)) >= 0) {
                b.add(String.valueOf(text.charAt(i + 1)), i, i + 2);
                i += 2;
            } else {
                b.copy(i);
                i++;
            }
        }
        if (b.plain.length() == text.length() && b.plain.toString().equals(text)) {
            return new Reading(text, text, null, null);
        }
        return b.reading();
    }

    /**
     * Where the argument of a font or text command at {@code at} begins ("\\emph{" of "\\emph{X}"), when the
     * argument closes within {@value #MAX_MATH} characters; else -1.
     */
    private static int fontArgument(String text, int at) {
        Matcher m = COMMAND.matcher(text).region(at, text.length());
        if (!m.lookingAt() || !FONT.matcher(m.group(1)).matches() || m.end() >= text.length() || text.charAt(m.end()) != '{') {
            return -1;
        }
        return matching(text, m.end()) > 0 ? m.end() + 1 : -1;
    }

    /** The index of the brace closing the one at {@code open}, within {@value #MAX_MATH} characters, or -1. */
    private static int matching(String text, int open) {
        int depth = 0;
        for (int j = open; j < text.length() && j <= open + MAX_MATH; j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    /** The index of the {@code $} that closes inline math opened at {@code open}, or -1. */
    private static int closing(String text, int open) {
        if (open > 0 && text.charAt(open - 1) == '\\') return -1;
        if (open + 1 >= text.length() || Character.isWhitespace(text.charAt(open + 1)) || text.charAt(open + 1) == '$') {
            return -1;
        }
        for (int j = open + 1; j < text.length() && j <= open + 1 + MAX_MATH; j++) {
            char c = text.charAt(j);
            if (c == '\n') return -1;
            if (c == '$' && text.charAt(j - 1) != '\\') return Character.isWhitespace(text.charAt(j - 1)) ? -1 : j;
        }
        return -1;
    }

    /** Whether every command in math content [from, to) is one this reading knows. */
    private static boolean known(String text, int from, int to) {
        Matcher m = COMMAND.matcher(text).region(from, to);
        while (m.find()) {
            String name = m.group(1);
            if (name.length() > 1 && !SYMBOLS.containsKey(name) && !FONT.matcher(name).matches()) return false;
        }
        return true;
    }

    /** Reads math content [from, to) into the builder. */
    private static void math(String text, int from, int to, Builder b) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if ((c == '^' || c == '_') && i + 1 < to) {
                // "T$^3$SVFND", "$\pi_0$", "D$^{2}$": a digit script reads as the digit, as Unicode's
                // compatibility form of "²" does ("T3SVFND", "π0"); the tokenizer would split "³" off a name
                boolean braced = text.charAt(i + 1) == '{';
                int d = braced ? i + 2 : i + 1;
                int e = d;
                while (e < to && Character.isDigit(text.charAt(e)) && text.charAt(e) < 128) e++;
                if (!braced && e > d) e = d + 1;
                if (e > d && (!braced || e < to && text.charAt(e) == '}')) {
                    b.drop(i, d, true);
                    for (int j = d; j < e; j++) b.copy(j);
                    if (braced) b.drop(e, e + 1, false);
                    i = braced ? e + 1 : e;
                    continue;
                }
            }
            if (c == '{' || c == '}') {
                b.drop(i, i + 1, c == '{');
                i++;
                continue;
            }
            if (c == '\\') {
                Matcher m = COMMAND.matcher(text).region(i, to);
                if (m.lookingAt()) {
                    String name = m.group(1);
                    if (FONT.matcher(name).matches()) {
                        b.drop(i, m.end(), true); // the argument follows; its braces drop as grouping
                        i = m.end();
                        continue;
                    }
                    String symbol = SYMBOLS.get(name);
                    if (symbol == null && name.length() == 1) symbol = name; // an escaped character
                    if (symbol != null) {
                        int end = m.end();
                        if (name.length() > 1 && end < to && text.charAt(end) == ' ') end++; // "\times 4" reads "×4"
                        b.add(symbol, i, end);
                        i = end;
                        continue;
                    }
                }
            }
            b.copy(i);
            i++;
        }
    }

    private static final class Builder {
        final String text;
        final StringBuilder plain = new StringBuilder();
        final List<int[]> ranges = new ArrayList<>();
        /** Dropped opening characters not yet given to a following character. */
        int pendingFrom = -1;

        Builder(String text) {
            this.text = text;
        }

        void copy(int i) {
            add(String.valueOf(text.charAt(i)), i, i + 1);
        }

        void add(String s, int from, int to) {
            int f = pendingFrom >= 0 ? pendingFrom : from;
            pendingFrom = -1;
            for (int k = 0; k < s.length(); k++) {
                plain.append(s.charAt(k));
                ranges.add(new int[] {k == 0 ? f : from, to});
            }
        }

        /** Drops [from, to): an opener is given to the next character, a closer to the previous one. */
        void drop(int from, int to, boolean opener) {
            if (opener || ranges.isEmpty()) {
                if (pendingFrom < 0) pendingFrom = from;
            } else {
                ranges.get(ranges.size() - 1)[1] = to;
            }
        }

        Reading reading() {
            int[] from = new int[ranges.size()];
            int[] to = new int[ranges.size()];
            for (int k = 0; k < from.length; k++) {
                from[k] = ranges.get(k)[0];
                to[k] = ranges.get(k)[1];
            }
            return new Reading(text, plain.toString(), from, to);
        }
    }
}
