package org.scikg.extract;

import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Names the vocabulary does not know, found by their shape: tokens such as BYOL, ResNet or DR3, runs of
 * proper nouns (Waymo Open Motion Dataset), each extended by the versions and sizes that follow it
 * (Gemini 1.5 Pro, Llama-2 7B). A known family followed by a version becomes a new member of it.
 */
final class Discovery implements Stage {
    @Override
    public String name() {
        return "discovery";
    }

    @Override
    public Set<String> provides() {
        return Set.of("candidates");
    }

    @Override
    public Set<String> requires() {
        return Set.of();
    }

    @Override
    public void apply(Doc doc) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            extendKnownFamilies(doc, s);
            List<CoreLabel> t = doc.tokens(s);
            int i = 0;
            while (i < t.size()) {
                if (doc.at(s, i) != null || !starts(doc, t, i)) {
                    i++;
                    continue;
                }
                int end = extend(doc, t, s, i);
                // "Our Panoptic Fusion Module": capitalised words the tagger read as adjectives start the name
                while (i > 1 && doc.at(s, i - 1) == null && capitalisedModifier(t.get(i - 1))) i--;
                // a lone "Gaussian", or a lone head noun such as "Framework" or "Models", names nothing by itself
                boolean eponym = end == i + 1 && (NameShapes.isEponymAdjective(t.get(i).word())
                        || NameShapes.isPlainCompound(t.get(i).word()) || NameShapes.headType(t.get(i).word()) != null);
                if (!eponym && !isCitation(t, end) && !inCitation(t, i, end) && !sentenceCase(doc, t, i, end)
                        && !NameShapes.isGenericPhrase(doc.surface(s, i, end))) {
                    Candidate c = trimmed(doc, s, i, end);
                    if (c != null) {
                        c.weak = end == i + 1 && !NameShapes.isNameLike(t.get(i).word())
                                && !Typing.benchmarkShaped(t.get(i).word());
                        c.plain = end > i + 1 && t.subList(i, end).stream().allMatch(k -> !NameShapes.isNameLike(k.word())
                                && !Typing.benchmarkShaped(k.word()) && k.word().chars().noneMatch(Character::isDigit));
                        doc.offer(c);
                    }
                }
                i = end;
            }
        }
        joinKnownHeads(doc);
        propagate(doc);
        shortenings(doc);
    }

    /**
     * "Group Diffusion ... our GroupDiff": a one-word name whose capitalised parts begin the words of a longer name
     * in the same abstract is that name shortened, like an acronym; the short form names both.
     */
    private static void shortenings(Doc doc) {
        java.util.Map<String, String> shortByLong = new java.util.LinkedHashMap<>();
        for (Candidate a : doc.candidates) {
            if (a.tokenEnd - a.tokenBegin != 1 || a.term != null) continue;
            String[] parts = a.surface.split("(?<=\\p{Ll})(?=\\p{Lu})");
            if (parts.length < 2) continue;
            for (Candidate b : doc.candidates) {
                String[] words = b.surface.split("[\\s-]+");
                if (b == a || words.length != parts.length || b.term != null) continue;
                boolean prefixes = true;
                for (int k = 0; k < parts.length && prefixes; k++) {
                    prefixes = parts[k].length() >= 2 && Character.isUpperCase(words[k].charAt(0))
                            && words[k].toLowerCase(java.util.Locale.ROOT).startsWith(parts[k].toLowerCase(java.util.Locale.ROOT));
                }
                if (prefixes && !Names.key(a.surface).equals(Names.key(b.surface))) shortByLong.putIfAbsent(Names.key(b.surface), a.surface);
            }
        }
        shortByLong.forEach(doc.longForms::putIfAbsent);
    }

    /**
     * "Lasso Regression", "Elastic Net Regression": a capitalised known name followed by a lone capitalised word
     * is one name with it, of the known name's type.
     */
    private static void joinKnownHeads(Doc doc) {
        for (Candidate w : List.copyOf(doc.candidates)) {
            if (!w.weak || w.tokenBegin == 0) continue;
            Candidate g = doc.at(w.sentence, w.tokenBegin - 1);
            if (g == null || g.term == null || g.tokenEnd != w.tokenBegin || !Character.isUpperCase(g.surface.charAt(0))
                    || g.type == EntityType.MODEL) {
                continue;
            }
            doc.candidates.remove(g);
            doc.candidates.remove(w);
            Candidate joined = doc.candidate(w.sentence, g.tokenBegin, w.tokenEnd, Candidate.Source.SHAPE);
            joined.type = g.type;
            joined.typedByContext = true;
            joined.typeWeight = 2;
            doc.offer(joined);
        }
    }

    /** A capitalised word the tagger read as a common noun ("Modality", "Pyramid"), not a generic one. */
    private static boolean capitalisedNoun(CoreLabel tok) {
        String w = tok.word();
        return tok.tag() != null && (tok.tag().equals("NN") || tok.tag().equals("NNS")) && w.length() > 1
                && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).allMatch(c -> Character.isLowerCase(c) || c == '-')
                && !NameShapes.isGeneric(w);
    }

    private static boolean capitalisedModifier(CoreLabel tok) {
        String w = tok.word();
        return tok.tag() != null && (tok.tag().startsWith("JJ") || tok.tag().startsWith("NN") || tok.tag().equals("VBN") || tok.tag().equals("VBG"))
                && w.length() > 2 && Character.isUpperCase(w.charAt(0))
                && (w.chars().skip(1).allMatch(c -> Character.isLowerCase(c) || c == '-') || NameShapes.isTitleCompound(w))
                && !NameShapes.isGeneric(w) && !NameShapes.isEponymAdjective(w);
    }

    /**
     * A name starts with a name-like token, or a proper noun: mid-sentence, or at the start of a sentence
     * when a verb follows it ("Krakatoa reaches ..."), which rules out most capitalised sentence openers.
     */
    private static boolean starts(Doc doc, List<CoreLabel> t, int i) {
        String w = t.get(i).word();
        if (NameShapes.isAddress(w) || doc.notNames.contains(Names.key(w))) return false;
        if (NameShapes.isNameLike(w) || i > 0 && Typing.benchmarkShaped(w)) return true;
        // "J1, a reinforcement learning approach", "Nano-3D, a ... solution", "Short-PHD, a ... method": a capital with a
        // digit, or hyphenated parts, make a name when an apposition says what it is
        if ((NameShapes.isLetterDigit(w) || w.matches("\\p{Lu}[\\p{L}\\d]*(-[\\p{L}\\d]+)+")) && i + 2 < t.size()
                && t.get(i + 1).word().equals(",")
                && Set.of("a", "an").contains(t.get(i + 2).word().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        // "the Modality Pyramid": capitalised words mid-sentence that the tagger read as common nouns
        if (i > 0 && capitalisedNoun(t.get(i)) && i + 1 < t.size()
                && (capitalisedNoun(t.get(i + 1)) || NameShapes.isProperNoun(t.get(i + 1).word(), t.get(i + 1).tag()))) {
            return true;
        }
        if (!NameShapes.isProperNoun(w, t.get(i).tag())) return false;
        if (i > 0) return true;
        // At a sentence start a capital says nothing: a word there is a name only if the abstract also
        // capitalises it elsewhere ("We present Krakatoa. Krakatoa reaches ...").
        String next = i + 1 < t.size() ? t.get(i + 1).tag() : "";
        // ... or defines it as new there: "Zorbix is a novel framework for ..."
        if (i + 3 < t.size() && t.get(i + 1).word().equals("is") && Set.of("a", "an").contains(t.get(i + 2).word())
                && Set.of("new", "novel").contains(t.get(i + 3).word().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        return next != null && (next.startsWith("VB") || next.equals("MD")) && capitalisedElsewhere(doc, w);
    }

    private static boolean capitalisedElsewhere(Doc doc, String w) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> t = doc.tokens(s);
            for (int k = 1; k < t.size(); k++) {
                if (t.get(k).word().equals(w)) return true;
            }
        }
        return false;
    }

    /** Every other occurrence of a name found somewhere in the abstract ("We present Zentor. Zentor beats ..."). */
    private static void propagate(Doc doc) {
        java.util.Map<String, Candidate> found = new java.util.LinkedHashMap<>();
        for (Candidate c : doc.candidates) found.putIfAbsent(c.surface, c);
        for (Candidate model : found.values()) {
            // tokens x names: seconds on a long text full of names, so a caller's time limit must reach in here
            if (Thread.currentThread().isInterrupted()) throw new ExtractionException("extraction interrupted");
            int len = model.tokenEnd - model.tokenBegin;
            for (int s = 0; s < doc.sentences.size(); s++) {
                List<CoreLabel> t = doc.tokens(s);
                for (int i = 0; i + len <= t.size(); i++) {
                    if (doc.at(s, i) != null || !doc.surface(s, i, i + len).equals(model.surface)) continue;
                    if (i + len < t.size() && doc.at(s, i + len) == null && t.get(i + len).beginPosition() == t.get(i + len - 1).endPosition()
                            && Character.isLetterOrDigit(t.get(i + len).word().charAt(0))) {
                        continue;
                    }
                    Candidate c = doc.candidate(s, i, i + len, model.source);
                    c.name = model.name;
                    c.term = model.term;
                    c.type = model.type;
                    c.typeFixed = model.typeFixed;
                    c.familyOf = model.familyOf;
                    doc.offer(c);
                }
            }
        }
    }

    /** The end (exclusive) of a name starting at {@code i}. */
    private static int extend(Doc doc, List<CoreLabel> t, int s, int i) {
        int j = i + 1;
        while (j < t.size() && doc.at(s, j) == null) {
            CoreLabel tok = t.get(j);
            String w = tok.word();
            boolean attached = tok.beginPosition() == t.get(j - 1).endPosition() && Character.isLetterOrDigit(w.charAt(0));
            if (attached || NameShapes.isNameLike(w) || NameShapes.isProperNoun(w, tok.tag()) || capitalisedNoun(tok)
                    || NameShapes.isVersion(w) && Character.isLetterOrDigit(w.charAt(0))) {
                j++;
            } else {
                break;
            }
        }
        // "BEA-Dialogue+", "C++": plus signs written onto a name are part of it
        if (j < t.size() && t.get(j).word().matches("\\+{1,2}") && t.get(j).beginPosition() == t.get(j - 1).endPosition()
                && (j + 1 == t.size() || t.get(j + 1).beginPosition() > t.get(j).endPosition()
                || !Character.isLetterOrDigit(t.get(j + 1).word().charAt(0)))) {
            j++;
        }
        return j;
    }

    /** Suffixes that make a name into a modifier: "MAML-trained", "SQL-like", "GPT-based". */
    static final Set<String> MODIFIER_SUFFIXES = Set.of("trained", "based", "like", "style", "driven",
            "specific", "aware", "free", "level", "guided", "augmented", "conditioned", "enhanced", "powered",
            "only", "centric", "inspired", "generated", "labeled", "labelled", "annotated", "tuned", "finetuned",
            "scale", "sized", "size", "compatible", "related");

    /** The candidate for tokens [i, end), without a modifier suffix; null when nothing name-like is left. */
    private static Candidate trimmed(Doc doc, int s, int i, int end) {
        Candidate c = doc.candidate(s, i, end, Candidate.Source.SHAPE);
        int dash = c.surface.lastIndexOf('-');
        if (dash > 0 && MODIFIER_SUFFIXES.contains(c.surface.substring(dash + 1).toLowerCase(java.util.Locale.ROOT))) {
            String head = c.surface.substring(0, dash);
            if (!NameShapes.isNameLike(head.substring(head.lastIndexOf(' ') + 1))) return null;
            return doc.candidate(s, i, end, c.begin, c.begin + dash, Candidate.Source.SHAPE);
        }
        return c;
    }

    /** A one-token gazetteer hit that is also a variant word ("Haiku" after "Claude"): part of the member's name. */
    private static boolean isVariantWord(Candidate c, String word) {
        return c.tokenEnd - c.tokenBegin == 1 && Character.isUpperCase(word.charAt(0));
    }

    private static final java.util.regex.Pattern CITED = java.util.regex.Pattern.compile("(19|20)\\d{2}[a-z]?|arXiv.*");

    /**
     * Inside brackets that cite ("(Gur, Minzer, and Zheng, arXiv:2512.12960, 2025)", "(Block et al., CCC 2023)"),
     * or one of a list of plain capitalised words right before brackets that cite without naming anyone
     * ("the result of Grigorescu, Kumar, and Mon (arXiv:2511.02633, 2025)"): authors and venues, not entities.
     */
    private static boolean inCitation(List<CoreLabel> t, int begin, int end) {
        int depth = 0;
        for (int k = begin - 1; k >= 0; k--) {
            String w = t.get(k).word();
            if (w.equals(")")) depth++;
            else if (w.equals("(") && depth-- == 0) {
                if (cites(t, k, false)) return true;
                break;
            }
        }
        if (end - begin != 1) return false;
        int names = 1;
        for (int k = end; k < t.size(); k++) {
            String w = t.get(k).word();
            if (w.equals("(")) return names >= 2 && cites(t, k, true);
            if (w.equals(",") || w.equalsIgnoreCase("and")) continue;
            if (!Character.isUpperCase(w.charAt(0)) || NameShapes.isNameLike(w)) return false;
            names++;
        }
        return false;
    }

    /** Brackets from {@code open} hold a year or an arXiv id (and, with {@code anonymous}, no capitalised name). */
    private static boolean cites(List<CoreLabel> t, int open, boolean anonymous) {
        boolean cited = false;
        for (int k = open + 1; k < t.size() && !t.get(k).word().equals(")"); k++) {
            String w = t.get(k).word();
            if (CITED.matcher(w).matches() || w.equals("et")) cited = true;
            else if (anonymous && Character.isUpperCase(w.charAt(0))) return false;
        }
        return cited;
    }

    /**
     * "Cross-view geo-localization estimates ..." with "cross-view" lower-case later in the abstract: a capital
     * that only starts the sentence makes no name.
     */
    private static boolean sentenceCase(Doc doc, List<CoreLabel> t, int begin, int end) {
        if (begin != 0 || end != 1) return false;
        String w = t.get(0).word();
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || w.substring(1).chars().anyMatch(Character::isUpperCase)) {
            return false;
        }
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        for (int s = 0; s < doc.sentences.size(); s++) {
            for (CoreLabel k : doc.tokens(s)) {
                if (k.word().equals(lower)) return true;
            }
        }
        return false;
    }

    /** "Beltagy et al." and "(Hinton, 2015)" name people, not entities. */
    private static boolean isCitation(List<CoreLabel> t, int end) {
        if (end < t.size() && t.get(end).word().equals("et")) return true;
        if (end + 2 < t.size() && t.get(end).word().equals("(") && t.get(end + 1).word().matches("(19|20)\\d{2}[a-z]?|(?i)arxiv:?.*")) {
            return true;
        }
        // "(Grigorescu, Kumar, and Mon, arXiv:2511.02633, 2025)": an author before a preprint's identifier
        return end + 1 < t.size() && t.get(end).word().equals(",")
                && t.get(end + 1).word().matches("\\d{4}[a-z]?|(?i)arxiv:?.*");
    }

    /** "Gemini" (known) followed by "1.5 Pro" becomes the candidate "Gemini 1.5 Pro", a member of Gemini. */
    private static void extendKnownFamilies(Doc doc, int s) {
        List<CoreLabel> t = doc.tokens(s);
        for (Candidate c : List.copyOf(doc.inSentence(s))) {
            // "TED-LIUM Release 2", "MS MARCO v2": a known corpus's release is the corpus named with its release
            if (c.term != null && (c.type == EntityType.DATASET || c.type == EntityType.BENCHMARK)) {
                int j = c.tokenEnd;
                if (j + 1 < t.size() && Set.of("release", "version").contains(t.get(j).word().toLowerCase(java.util.Locale.ROOT))
                        && t.get(j + 1).word().matches("\\d+(\\.\\d+)*")) {
                    j += 2;
                } else if (j < t.size() && t.get(j).word().matches("[vV]\\d+(\\.\\d+)*")) {
                    j++;
                }
                if (j > c.tokenEnd && java.util.stream.IntStream.range(c.tokenEnd, j).allMatch(k -> doc.at(s, k) == null)) {
                    Candidate release = doc.candidate(s, c.tokenBegin, j, Candidate.Source.SHAPE);
                    release.type = c.type;
                    release.typedByContext = true;
                    release.typeWeight = 2;
                    doc.candidates.remove(c);
                    doc.offer(release);
                }
                continue;
            }
            // "PaddleOCR 3.0", "PyTorch v2.1": a known library's release keeps its number
            if (c.term != null && c.type == EntityType.SOFTWARE && c.tokenEnd < t.size() && doc.at(s, c.tokenEnd) == null
                    && t.get(c.tokenEnd).word().matches("[vV]?\\d+\\.\\d+(\\.\\d+)*|[vV]\\d+")) {
                Candidate release = doc.candidate(s, c.tokenBegin, c.tokenEnd + 1, Candidate.Source.SHAPE);
                release.type = EntityType.SOFTWARE;
                release.familyOf = c.term.name();
                doc.candidates.remove(c);
                doc.offer(release);
                continue;
            }
            if (c.term == null || c.type != EntityType.MODEL) continue;
            int j = c.tokenEnd;
            while (j < t.size() && (doc.at(s, j) == null || isVariantWord(doc.at(s, j), t.get(j).word()))
                    && NameShapes.isVersion(t.get(j).word()) && !t.get(j).word().matches("\\d{4}")) {
                Candidate covered = doc.at(s, j);
                if (covered != null) doc.candidates.remove(covered);
                j++;
            }
            if (j == c.tokenEnd) continue;
            Candidate member = doc.candidate(s, c.tokenBegin, j, Candidate.Source.SHAPE);
            member.type = EntityType.MODEL;
            member.familyOf = c.term.name();
            doc.candidates.remove(c);
            doc.offer(member);
        }
    }
}
