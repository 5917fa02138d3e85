package org.scikg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Acronym definitions, "Long Form (ACR)": the acronym becomes the entity's name and the long form its
 * alias. The long form is found by matching the acronym's letters against the initials (and inner
 * capitals) of the words before the bracket, skipping short function words.
 */
final class Acronyms implements Stage {
    private static final Set<String> SKIPPABLE = Set.of("of", "and", "the", "for", "to", "with", "a", "an", "in",
            "on", "from", "by", "via", "&", "without", "under", "through", "towards", "toward", "across", "into", "over",
            "at", "beyond", "as");
    private static final int MAX_WORDS = 12;

    private final Vocabulary vocabulary;

    Acronyms(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public String name() {
        return "acronyms";
    }

    @Override
    public Set<String> provides() {
        return Set.of("candidates", "aliases");
    }

    @Override
    public Set<String> requires() {
        return Set.of();
    }

    @Override
    public void apply(Doc doc) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> t = doc.tokens(s);
            for (int i = 1; i + 1 < t.size(); i++) {
                if (!"(".equals(t.get(i).word()) && !"-LRB-".equals(t.get(i).word())) continue;
                String acr = t.get(i + 1).word();
                boolean closed = i + 2 < t.size() && Set.of(")", "-RRB-", ",", ";").contains(t.get(i + 2).word());
                if (!closed || NameShapes.isGeneric(acr)) continue;
                if (!looksLikeAcronym(acr)) {
                    // "Smoothing Diffusion on Token Embeddings (Smoothie)": a coined word short for the title before it
                    int start = acr.matches("\\p{Lu}\\p{Ll}{2,}[\\p{L}\\d-]*") ? titleCaseLongFormStart(t, i, acr) : -1;
                    // the whole title, not its tail ("the Multimodal Stance Generation Dataset (StanceGen2024)")
                    if (start > 0 && Character.isUpperCase(t.get(start - 1).word().charAt(0))) start = -1;
                    if (start >= 0) define(doc, s, start, i, i + 1);
                    continue;
                }
                int start = longFormStart(t, i, letters(acr));
                if (start < 0) start = headSuffixedStart(t, i, acr);
                if (start < 0) start = titleCaseLongFormStart(t, i, acr);
                if (start < 0) start = compoundWordStart(t, i, acr);
                if (start == i - 1 && commonNoun(t.get(start))) {
                    // "hyperparameters (HPs)": a short name for a common noun names no specific thing
                    String key = Names.key(acr);
                    doc.notNames.add(key);
                    doc.notNames.add(key.endsWith("s") ? key.substring(0, key.length() - 1) : key + "s");
                    doc.candidates.removeIf(c -> doc.notNames.contains(Names.key(c.surface)));
                    continue;
                }
                if (start >= 0) define(doc, s, start, i, i + 1);
            }
            for (int i = 0; i + 2 < t.size(); i++) {
                String acr = t.get(i).word();
                String sep = t.get(i + 1).word();
                if (!(sep.equals(",") || sep.equals("(")) || !looksLikeAcronym(acr) || NameShapes.isGeneric(acr)) continue;
                int end = longFormEnd(t, i + 2, letters(acr));
                if (end < 0 && sep.equals("(")) end = titleCaseLongFormEnd(t, i + 2, acr);
                if (end > 0) defineForward(doc, s, i, i + 2, end);
            }
        }
    }

    static boolean looksLikeAcronym(String w) {
        // "3DG-QA", "4DGS": a number may lead, as in the "3D" it abbreviates
        String letters = w.replaceFirst("^\\d+(?=\\p{Lu})", "");
        if (letters.length() < 2 || w.length() > 12 || !Character.isUpperCase(letters.charAt(0))) return false;
        long upper = w.chars().filter(Character::isUpperCase).count();
        return upper >= 2 && w.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-');
    }

    /**
     * "the Multi-Modal Forgery Reasoning dataset (MMFR-Dataset)": an acronym ending in its long form's head noun
     * joined by a hyphen spells the words before that noun. The long form's first token, or -1.
     */
    static int headSuffixedStart(List<CoreLabel> t, int bracket, String acr) {
        int dash = acr.lastIndexOf('-');
        if (dash < 2 || bracket < 2) return -1;
        String suffix = acr.substring(dash + 1).toLowerCase(Locale.ROOT);
        // a lower-case head noun ("dataset", "module"), not a class of models ("auto-regressive LLMs (AR-LLMs)")
        String head = t.get(bracket - 1).word();
        if (suffix.length() < 3 || !head.startsWith(suffix) || !head.chars().allMatch(Character::isLowerCase)) return -1;
        return longFormStart(t, bracket - 1, letters(acr.substring(0, dash)));
    }

    /** The acronym's letters, lower case, without a plural s: LCLMs gives lclm, DR3 gives dr. */
    static String letters(String acr) {
        String a = acr.endsWith("s") && acr.length() > 2 ? acr.substring(0, acr.length() - 1) : acr;
        StringBuilder b = new StringBuilder();
        for (char c : a.toCharArray()) {
            if (Character.isLetter(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** The first token of the long form ending before token {@code bracket}, or -1. */
    static int longFormStart(List<CoreLabel> t, int bracket, String letters) {
        int need = letters.length();
        for (int i = bracket - 1; i >= 0 && bracket - i <= MAX_WORDS; i--) {
            String w = t.get(i).word();
            List<String> initials = initials(w);
            if (initials.isEmpty()) return -1;
            String lw = w.toLowerCase(Locale.ROOT);
            String joined = String.join("", initials);
            // "Probabilistic Spatial Attention MIL (PSA-MIL)": an acronym inside the long form gives all its letters
            String whole = w.matches("\\p{Lu}[\\p{Lu}\\d]+") ? letters(w) : "";
            if (whole.length() > 1 && need >= whole.length() && letters.substring(need - whole.length(), need).equals(whole)) {
                need -= whole.length();
            } else if (need >= joined.length() && letters.substring(need - joined.length(), need).equals(joined)) {
                need -= joined.length();
            } else if (need >= 1 && letters.charAt(need - 1) == joined.charAt(0)
                    && (initials.size() > 1 && letters.substring(0, need).endsWith(initials.get(0)))) {
                need -= 1;
            } else if (!SKIPPABLE.contains(lw)) {
                return -1;
            }
            if (need == 0) return i;
        }
        return -1;
    }

    /**
     * Coined acronyms that take more than initials: "Moral Consistency Pipeline (MoCoP)", "Instruct Time
     * Transformer (ITFormer)". A run of at least two capitalised words right before the bracket (function words
     * such as "for" may stand inside it) is the long form when it starts with the acronym's first letter and
     * holds all the acronym's letters in order. The longest such run; -1 if none.
     */
    static int titleCaseLongFormStart(List<CoreLabel> t, int bracket, String acr) {
        String wanted = acr.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (wanted.length() < 2) return -1;
        int best = -1;
        int capitalised = 0;
        for (int i = bracket - 1; i >= 0 && bracket - i <= MAX_WORDS; i--) {
            String w = t.get(i).word();
            boolean capital = Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase);
            if (!capital && !SKIPPABLE.contains(w.toLowerCase(Locale.ROOT))) break;
            if (!capital) continue;
            capitalised++;
            if (capitalised >= 2 && Character.toLowerCase(w.charAt(0)) == wanted.charAt(0)
                    && subsequence(wanted, letters(t, i, bracket))) {
                best = i;
            }
        }
        return best;
    }

    /**
     * "hyperparameters (HPs)", "Vector-to-Graph (V2G)", "Prior2Former (P2F)": one word right before the bracket
     * that starts with the acronym's first letter and holds all its letters in order; its index, or -1.
     */
    static int compoundWordStart(List<CoreLabel> t, int bracket, String acr) {
        String wanted = letters(acr);
        if (bracket < 1 || wanted.length() < 2) return -1;
        String w = t.get(bracket - 1).word();
        if (w.chars().noneMatch(Character::isLowerCase)) return -1; // "IAEA SAFRON (SF)": not a compound's letters
        w = w.toLowerCase(Locale.ROOT);
        return w.length() > wanted.length() + 2 && w.charAt(0) == wanted.charAt(0) && subsequence(wanted, w) ? bracket - 1 : -1;
    }

    /** A lower-case common noun the vocabulary does not know. */
    private boolean commonNoun(CoreLabel token) {
        String w = token.word();
        return token.tag() != null && token.tag().startsWith("NN") && !token.tag().startsWith("NNP")
                && w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-') && vocabulary.lookup(w).isEmpty();
    }

    private static String letters(List<CoreLabel> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) b.append(t.get(i).word().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
        return b.toString();
    }

    private static boolean subsequence(String needle, String hay) {
        int k = 0;
        for (int i = 0; i < hay.length() && k < needle.length(); i++) {
            if (hay.charAt(i) == needle.charAt(k)) k++;
        }
        return k == needle.length();
    }

    /** "NDIGO, Neural Differential Information Gain Optimisation": the end (exclusive) of the long form, or -1. */
    static int longFormEnd(List<CoreLabel> t, int from, String letters) {
        int got = 0;
        for (int i = from; i < t.size() && i - from < MAX_WORDS; i++) {
            String w = t.get(i).word();
            List<String> initials = initials(w);
            String joined = String.join("", initials);
            if (!joined.isEmpty() && letters.startsWith(joined, got)) {
                got += joined.length();
            } else if (!joined.isEmpty() && letters.charAt(got) == joined.charAt(0)) {
                got += 1;
            } else if (!SKIPPABLE.contains(w.toLowerCase(Locale.ROOT)) || i == from) {
                return -1;
            }
            if (got == letters.length()) return i + 1;
        }
        return -1;
    }

    /**
     * "TeleLoRA (Teleporting Low-Rank Adaptation)", "VisPRE (Vision Prior Remediation)": a bracket holding only
     * capitalised words (at least two; function words may stand between them) right after a coined name is its long
     * form when it starts with the name's first letter and holds the name's capitals in order. The bracket's
     * closing token, or -1.
     */
    static int titleCaseLongFormEnd(List<CoreLabel> t, int from, String acr) {
        int capitalised = 0;
        int i = from;
        for (; i < t.size() && i - from < MAX_WORDS && !t.get(i).word().equals(")"); i++) {
            String w = t.get(i).word();
            if (Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase)) {
                capitalised++;
            } else if (!SKIPPABLE.contains(w.toLowerCase(Locale.ROOT)) || i == from) {
                return -1;
            }
        }
        if (i >= t.size() || !t.get(i).word().equals(")") || capitalised < 2) return -1;
        String capitals = acr.chars().filter(Character::isUpperCase).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString().toLowerCase(Locale.ROOT);
        String hay = letters(t, from, i);
        return Character.toLowerCase(acr.charAt(0)) == hay.charAt(0) && subsequence(capitals, hay) ? i : -1;
    }

    private void defineForward(Doc doc, int s, int acrToken, int from, int end) {
        Candidate acronym = doc.candidate(s, acrToken, acrToken + 1, Candidate.Source.ACRONYM);
        Candidate longForm = doc.candidate(s, from, end, Candidate.Source.DEFINITION);
        if (!Character.isUpperCase(longForm.surface.charAt(0))) return;
        adopt(doc, acronym, longForm);
    }

    /** First letters of a word's hyphen parts and of its inner capitals: Model-Agnostic gives m, a; 3D gives d. */
    private static List<String> initials(String w) {
        List<String> out = new ArrayList<>();
        for (String part : w.split("[-/]")) {
            // "3D", "4D": the letter after the number ("3D Gaussian Splatting (3DGS)" spells d, g, s)
            if (part.matches("\\d+\\p{L}.*")) part = part.replaceFirst("^\\d+", "");
            if (part.isEmpty() || !Character.isLetter(part.charAt(0))) continue;
            out.add(String.valueOf(Character.toLowerCase(part.charAt(0))));
            for (int k = 1; k < part.length(); k++) {
                if (Character.isUpperCase(part.charAt(k)) && Character.isLowerCase(part.charAt(k - 1))) {
                    out.add(String.valueOf(Character.toLowerCase(part.charAt(k))));
                }
            }
        }
        return out;
    }

    private void define(Doc doc, int s, int from, int bracket, int acrToken) {
        Candidate longForm = doc.candidate(s, from, bracket, Candidate.Source.DEFINITION);
        Candidate acronym = doc.candidate(s, acrToken, acrToken + 1, Candidate.Source.ACRONYM);
        adopt(doc, acronym, longForm);
    }

    /**
     * "Contrastive Paraphrase Attack (CoPA)" is not the COPA benchmark ("Choice of Plausible Alternatives"): the
     * vocabulary knows the acronym with long forms that share no word with the one the abstract gives.
     */
    private static boolean otherLongForm(Term t, String longForm) {
        List<String> known = t.labels().stream().filter(l -> l.indexOf(' ') > 0).toList();
        if (known.isEmpty()) return false;
        Set<String> given = stems(longForm);
        return known.stream().noneMatch(l -> stems(l).stream().anyMatch(given::contains));
    }

    /** The first four letters of each word of three letters or more, lower case. */
    private static Set<String> stems(String phrase) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (w.length() >= 3 && !SKIPPABLE.contains(w)) out.add(w.substring(0, Math.min(4, w.length())));
        }
        return out;
    }

    /** The acronym names the entity; its long form is an alias; the vocabulary types it where it knows either. */
    private void adopt(Doc doc, Candidate acronym, Candidate longForm) {
        Term byLongForm = vocabulary.lookup(longForm.surface).orElse(null);
        Term byAcronym = vocabulary.lookup(acronym.surface).orElse(null);
        Term known = byAcronym != null && (byAcronym == byLongForm || !otherLongForm(byAcronym, longForm.surface))
                ? byAcronym : byLongForm;
        if (byAcronym != null && known != byAcronym) {
            // the abstract's other mentions of the acronym are its own thing too, not the vocabulary's
            String key = Names.key(acronym.surface);
            for (Candidate c : doc.candidates) {
                if (c.term == byAcronym && Names.key(c.surface).equals(key)) {
                    c.name = c.surface;
                    c.term = null;
                    c.type = null;
                    c.typeFixed = false;
                }
            }
        }
        String name = acronym.surface;
        // Gazetteer hits inside the definition are replaced by the definition as a whole.
        doc.candidates.removeIf(c -> c.overlaps(longForm) || c.overlaps(acronym));
        for (Candidate c : List.of(longForm, acronym)) {
            c.name = name;
            if (known != null) {
                c.term = known;
                c.type = known.type();
                c.typeFixed = true;
            }
            doc.offer(c);
        }
        doc.longForms.put(Names.key(longForm.surface), name);
        // "latent diffusion models (LDMs)" with the vocabulary's "latent diffusion model": its other mentions,
        // named by the vocabulary, are the acronym's too
        if (known != null) doc.longForms.putIfAbsent(Names.key(known.name()), name);
    }
}
