package org.scikg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * What the paper itself introduces: the first entity after "we introduce / propose / present / release
 * ..." in the same clause (with those coordinated with it), names given by "called / dubbed / named X",
 * and "X, a new ...".
 */
final class Introductions implements Stage {
    /** Verbs by which a paper defines a problem of its own: "we formalize this as X". */
    private static final Set<String> DEFINING = Set.of("formalize", "formalise", "formulate", "define", "cast", "frame");
    private static final Set<String> VERBS = Set.of("introduce", "propose", "present", "release", "develop",
            "unveil", "design", "open-source", "describe", "create", "build", "offer", "contribute", "report",
            "establish", "devise", "construct", "curate", "formulate", "craft", "assemble", "formalize", "formalise");
    private static final Set<String> SUBJECTS = Set.of("we", "paper", "work", "report", "article", "study",
            "manuscript", "chapter", "thesis", "note", "submission", "letter", "brief", "survey");
    /** "a variant of X", "the X family": X is what the new thing derives from or belongs to, not the new thing. */
    private static final Set<String> NOT_NEW_BEFORE = Set.of("variant", "extension", "version", "generalization",
            "generalisation", "modification", "improvement", "instance", "member", "successor", "adaptation");
    private static final Set<String> NOT_NEW_AFTER = Set.of("family", "series", "line", "lineage", "ecosystem");
    private static final Set<String> NAMING = Set.of("called", "dubbed", "named", "termed", "coined", "namely");
    private static final int WINDOW = 14;

    @Override
    public String name() {
        return "introductions";
    }

    @Override
    public Set<String> provides() {
        return Set.of("introduces");
    }

    @Override
    public Set<String> requires() {
        return Set.of("candidates", "types");
    }

    @Override
    public void apply(Doc doc) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> t = doc.tokens(s);
            for (int i = 0; i < t.size(); i++) {
                String lemma = lemma(t.get(i));
                // "we build on / upon X": what the work rests on, not what it introduces
                boolean restsOn = i + 1 < t.size() && Set.of("on", "upon").contains(t.get(i + 1).word().toLowerCase(Locale.ROOT));
                if (VERBS.contains(lemma) && hasSubject(t, i) && !claim(t, i + 1) && !restsOn) {
                    firstAfter(doc, s, i + 1);
                } else if (PART_VERBS.contains(lemma) && introducedSubject(doc, s, i) && !claim(t, i + 1)) {
                    // "MonoCT introduces a novel Generalized Depth Enhancement (GDE) module": a part of the new thing;
                    // "CoEvo introduces a proxy-aligned co-evolution mechanism": a lower-case one
                    String part = plainCoinage(doc, s, i + 1);
                    if (part != null && !part.equals(DESCRIBED)) doc.parts.add(part);
                    component(doc, s, i + 1, true);
                } else if (COMPONENT_VERBS.contains(lemma) && introducedSubject(doc, s, i)) {
                    // "LatentOmni ... uses Omni-Sync Position Embedding (OSPE)": a part named here for the first time
                    component(doc, s, i + 1, false);
                } else if (Set.of("include", "comprise", "contain", "consist").contains(lemma) && i >= 1
                        && Set.of("which", "that").contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))
                        && introducedEarlier(doc, s, i - 1)) {
                    // "we propose MobileRAG, a framework ..., which includes InterRAG, LocalRAG, and MemRAG"
                    component(doc, s, i + 1, true);
                } else if (lemma.equals("introduction") && i >= 1 && t.get(i - 1).word().equalsIgnoreCase("our")
                        && i + 2 < t.size() && t.get(i + 1).word().equalsIgnoreCase("of")) {
                    // "motivate our introduction of GraphAbstract"
                    Candidate c = doc.at(s, i + 2);
                    if (c != null && c.tokenBegin == i + 2 && c.term == null && !c.weak && !c.plain) doc.introduces.add(c.name);
                } else if (NAMING.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
                    // "a fine-tuning strategy called the Semantic Change Network (SCN)": past the article
                    int at = i + 1 < t.size() && t.get(i + 1).word().equalsIgnoreCase("the") && doc.at(s, i + 2) != null
                            && !t.get(i).word().equalsIgnoreCase("namely") ? i + 2 : i + 1;
                    Candidate c = doc.at(s, at);
                    if (c == null) c = namedPhrase(doc, s, i + 1);
                    if (c != null) doc.introduces.add(c.name);
                    // "we address a new task called Structure from Collision (SfC)": the name is a task's
                    if (c != null && i >= 1 && Set.of("task", "problem").contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))
                            && c.term == null) {
                        allAsTask(doc, c.name);
                    }
                }
                if (QUOTING.contains(lemma(t.get(i)))) quotedCoinage(doc, s, i + 1);
                if (Set.of("call", "term", "dub", "name").contains(lemma) && i >= 1 && t.get(i - 1).word().equalsIgnoreCase("we")) {
                    calledObject(doc, s, i + 1);
                    // "an approach ..., which we term Zorbix": the name right after the verb names what came before
                    Candidate c = doc.at(s, i + 1);
                    if (i >= 2 && Set.of("which", "that").contains(t.get(i - 2).word().toLowerCase(Locale.ROOT))
                            && c != null && c.tokenBegin == i + 1 && c.term == null) {
                        doc.introduces.add(c.name);
                    }
                }
            }
            newTaskOf(doc, s);
            newApposition(doc, s);
            namedPart(doc, s);
            sameSentenceParts(doc, s);
            coordinatedTitles(doc, s);
            novel(doc, s);
            ownApposition(doc, s);
            ours(doc, s);
        }
        plainWords(doc);
        extensions(doc);
        if (!doc.introduces.isEmpty()) namedTechniques(doc);
        if (doc.introduces.stream().noneMatch(n -> isAgentName(doc, n))) reportedSubject(doc);
        acronymTasks(doc);
    }

    /**
     * "vectors called atoms", "sparse sets, termed 'seeds'", "the term 'expert'": one plain lower-case word is a
     * term the abstract explains, not a new named thing, unless an apposition says what it is ("we propose
     * competition, a novel mechanism to route tokens"); a word found only by that naming is no entity either.
     */
    private static void plainWords(Doc doc) {
        for (String n : List.copyOf(doc.introduces)) {
            if (!n.matches("\\p{Ll}+")) continue;
            String key = Names.key(n);
            Candidate first = doc.candidates.stream().filter(c -> Names.key(c.name).equals(key)).findFirst().orElse(null);
            if (first == null || first.term != null) continue;
            List<CoreLabel> t = doc.tokens(first.sentence);
            int k = first.tokenEnd;
            if (k < t.size() && Set.of("'", "''", "\"").contains(t.get(k).word())) k++;
            if (k + 1 < t.size() && t.get(k).word().equals(",") && Set.of("a", "an").contains(t.get(k + 1).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            doc.introduces.remove(n);
            if (first.source == Candidate.Source.DEFINITION) doc.candidates.removeIf(c -> Names.key(c.name).equals(key));
        }
    }

    /**
     * "We present Zorbix ... Zorbix-S reaches ...", "the Zorbix-40K dataset": a name that extends the paper's own by a
     * hyphen or space and a capitalised or numbered part names a variant or a companion of the new thing, new too.
     */
    private static void extensions(Doc doc) {
        if (doc.introduces.isEmpty()) return;
        for (Candidate c : doc.candidates) {
            if (c.term != null || c.weak || c.plain || doc.onlyModifier(c)) continue;
            for (String own : List.copyOf(doc.introduces)) {
                if (c.name.length() <= own.length() + 1 || !c.name.startsWith(own)) continue;
                char sep = c.name.charAt(own.length());
                char next = c.name.charAt(own.length() + 1);
                // not a measurement written after it ("Zorbix 0.92s vs ...")
                boolean measure = c.name.substring(own.length() + 1).matches("[\\d.]+\\s?(s|ms|x|fps|%)");
                if ((sep == '-' || sep == ' ') && (Character.isUpperCase(next) || Character.isDigit(next)) && !measure) {
                    doc.introduces.add(c.name);
                    break;
                }
            }
        }
    }

    private static boolean isAgentName(Doc doc, String name) {
        if (name.equals(name.toLowerCase(Locale.ROOT))) return false; // a lower-case coinage is a technique, not a named system
        String k = Names.key(name);
        return doc.candidates.stream().anyMatch(c -> Names.key(c.name).equals(k) && isPart(c.type));
    }

    private static final Set<String> RESULT_VERBS = Set.of("achieve", "attain", "outperform", "surpass", "reach",
            "obtain", "set", "establish", "exceed", "beat", "deliver", "yield");

    /**
     * "We introduce a new BEV encoding ... On KITTI, TriBand-BEV attains 58.7 AP, surpassing Complex-YOLO": when no
     * sentence introduces a model or method by name, a name the vocabulary does not know that reports the results
     * is the paper's own (other systems appear as what it is compared with, not as the subject of its results).
     */
    private static void reportedSubject(Doc doc) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Candidate c : doc.candidates) {
            if (c.term != null || c.weak || c.plain || !isPart(c.type) || c.type == null) continue;
            // a coined name ("TriBand-BEV"), not an established method's words ("Extreme Gradient Boosting")
            if (c.surface.indexOf(' ') >= 0 || !NameShapes.isNameLike(c.surface)) continue;
            // nor the acronym of a known one ("Random Forest (RF) ... RF achieved the highest accuracy")
            String key = doc.canonicalKey(c.name);
            if (doc.candidates.stream().anyMatch(o -> o.term != null && doc.canonicalKey(o.name).equals(key))) continue;
            List<CoreLabel> t = doc.tokens(c.sentence);
            int k = c.tokenEnd;
            if (k < t.size() && t.get(k).tag() != null && t.get(k).tag().startsWith("RB")) k++;
            if (k < t.size() && RESULT_VERBS.contains(lemma(t.get(k))) && t.get(k).tag() != null
                    && t.get(k).tag().matches("VBZ|VBP|VBD")) {
                counts.merge(c.name, 1, Integer::sum);
            }
        }
        counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).ifPresent(e -> doc.introduces.add(e.getKey()));
    }

    /**
     * "We call this approach Zorbix", "we term the resulting method Zorbix": after a naming verb, a short noun
     * phrase that refers back ("this", "the resulting", "our") and then the name given to it.
     */
    private static void calledObject(Doc doc, int s, int from) {
        List<CoreLabel> t = doc.tokens(s);
        if (from >= t.size() || !Set.of("this", "the", "our", "it", "these", "such").contains(t.get(from).word().toLowerCase(Locale.ROOT))) {
            return;
        }
        for (int j = from + 1; j < t.size() && j < from + 6; j++) {
            Candidate c = doc.at(s, j);
            if (c != null && c.tokenBegin == j) {
                if (c.term == null && c.type != EntityType.TASK && c.type != EntityType.METRIC) doc.introduces.add(c.name);
                return;
            }
            String tag = t.get(j).tag();
            if (tag == null || !(tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBG") || tag.equals("VBN"))) return;
        }
    }

    /** Whether the abstract names the candidate's entity before this mention. */
    private static boolean mentionedBefore(Doc doc, Candidate c) {
        String key = doc.canonicalKey(c.name);
        return doc.candidates.stream().anyMatch(o -> doc.canonicalKey(o.name).equals(key)
                && (o.sentence < c.sentence || o.sentence == c.sentence && o.tokenEnd <= c.tokenBegin));
    }

    /** Whether a name this sentence introduces comes before the given token: the antecedent of "which includes". */
    private static boolean introducedEarlier(Doc doc, int s, int before) {
        for (Candidate c : doc.inSentence(s)) {
            if (c.tokenEnd > before) return false;
            String key = Names.key(c.name);
            if (c.type != EntityType.TASK && doc.introduces.stream().anyMatch(n -> Names.key(n).equals(key))) return true;
        }
        return false;
    }

    /** Head nouns by which an abstract names its own new thing: "our framework", "the HDR framework". */
    private static final Set<String> OWN_HEADS = Set.of("framework", "method", "approach", "model", "system",
            "architecture", "pipeline", "agent");
    /** Verbs by which the new thing is given a new part: "X introduces a novel Y module". */
    private static final Set<String> PART_VERBS = Set.of("introduce", "propose", "present", "design", "devise",
            "develop", "add", "pioneer");
    /** Verbs by which the new thing is said to have a part: "X uses / features / employs Y". */
    private static final Set<String> COMPONENT_VERBS = Set.of("use", "feature", "employ", "incorporate", "adopt",
            "leverage", "include", "comprise", "integrate", "center", "centre", "equip");
    /** Head nouns of a part of a system: "a Cut-And-Stitch strategy", "an Instance Consistency Loss". */
    private static final Set<String> PART_HEADS = Set.of("module", "modules", "block", "blocks", "loss", "strategy",
            "mechanism", "layer", "unit", "component", "scheme", "head", "branch", "encoder", "decoder", "network",
            "embedding", "attention", "regularizer", "regulariser", "objective", "pipeline", "protocol", "metric", "score");

    /** "MonoCT introduces", "SG-Tailor employs": the sentence's subject, right before the verb, is a name already introduced. */
    private static boolean introducedSubject(Doc doc, int s, int verb) {
        List<CoreLabel> t = doc.tokens(s);
        int k = verb - 1;
        if (k >= 0 && t.get(k).tag() != null && (t.get(k).tag().startsWith("RB") || t.get(k).tag().equals("MD"))) k--;
        if (k < 0) return false;
        // "Our framework introduces", "the HDR framework integrates": the new thing by its head noun
        if (OWN_HEADS.contains(t.get(k).word().toLowerCase(Locale.ROOT))
                && (!doc.introduces.isEmpty() || k >= 1 && t.get(k - 1).word().equalsIgnoreCase("our"))) {
            if (k >= 1 && Set.of("our", "this", "the").contains(t.get(k - 1).word().toLowerCase(Locale.ROOT))) return true;
            if (k < 1 || doc.at(s, k - 1) == null || doc.at(s, k - 1).tokenEnd != k) return false;
            k--;
        }
        Candidate c = doc.at(s, k);
        if (c == null || c.tokenEnd != k + 1) return false;
        String key = Names.key(c.name);
        return doc.introduces.stream().anyMatch(n -> Names.key(n).equals(key));
    }

    /**
     * The names of new parts after a verb whose subject is the new thing: each name in the clause that the
     * vocabulary does not know and that is either defined here by an acronym or headed by a part noun
     * ("module", "loss", "strategy"). With {@code introducing} ("X introduces ..."), any unknown name counts.
     */
    private static void component(Doc doc, int s, int from, boolean introducing) {
        List<CoreLabel> t = doc.tokens(s);
        // "DVD features three core designs: (i) ...; (ii) latent manifold rectification (LMR) ...": a list of parts
        boolean list = enumeration(t, from);
        for (int j = from; j < t.size() && (list || j < from + WINDOW + 6); j++) {
            String w = t.get(j).word();
            if (w.equals(".") || !list && (w.equals(";") || Set.of("which", "that", "where", "whose").contains(w.toLowerCase(Locale.ROOT)))) return;
            Candidate c = doc.at(s, j);
            if (c == null) continue;
            j = c.tokenEnd - 1;
            if (c.term != null || !isPart(c.type)) continue;
            if (doc.onlyModifier(c)) continue; // only a modifier: "a GDE-based"
            boolean vouched = defined(doc, t, c) || partHead(t, c)
                    // "(1) Zorb-OCRv5 for text recognition, (2) ...": a coined name that opens an item is the item's own
                    || list && itemStart(t, c.tokenBegin) && !c.weak && !c.plain && NameShapes.isNameLike(c.surface);
            // in a list, only the items' own names: "an IDK response" in an item is not a part
            if ((vouched || introducing && !list && !c.weak && !c.plain) && doc.introduces.add(c.name)) doc.parts.add(c.name);
        }
    }

    /** Whether a token opens an item of a list: right after a marker ("(1)", "ii)") or a colon. */
    static boolean itemStart(List<CoreLabel> t, int k) {
        if (k < 1) return false;
        String prev = t.get(k - 1).word();
        if (prev.equals(":")) return true;
        if (!prev.equals(")") && !prev.equals("-RRB-") || k < 2) return false;
        return t.get(k - 2).word().matches("(?i)\\d|i{1,3}|iv|v|vi{0,3}|[a-f]");
    }

    /** A colon within a few words of the verb, then numbered items ("two components: (1) ...; and (2) ...") or items set apart by semicolons. */
    private static boolean enumeration(List<CoreLabel> t, int from) {
        for (int j = from; j < t.size() && j < from + 6; j++) {
            if (t.get(j).word().equals(":")) {
                for (int k = j + 1; k < t.size() && k < j + 4; k++) {
                    String w = t.get(k).word().toLowerCase(Locale.ROOT);
                    if (w.matches("\\(?(i|ii|1|a)\\)?|first|firstly|-lrb-")) return true;
                }
                // "four novel components: Dynamic Style Score Distillation (DSSD), ...; Contrastive Style ...": items
                // set apart by semicolons
                return t.subList(j + 1, t.size()).stream().anyMatch(x -> x.word().equals(";"));
            }
        }
        return false;
    }

    private static boolean isPart(EntityType type) {
        return type == null || type == EntityType.METHOD || type == EntityType.MODEL;
    }

    /**
     * "Omni-Sync Position Embedding (OSPE)": a long form with its acronym right after it (or the acronym in that
     * bracket), not a later mention of an acronym defined before ("a novel physically grounded HOI tokenizer").
     */
    private static boolean defined(Doc doc, List<CoreLabel> t, Candidate c) {
        return c.source == Candidate.Source.ACRONYM && (c.tokenBegin > 0 && t.get(c.tokenBegin - 1).word().equals("(")
                        || c.tokenEnd < t.size() && t.get(c.tokenEnd).word().equals("("))
                || c.tokenEnd + 2 < t.size() && t.get(c.tokenEnd).word().equals("(")
                && doc.at(c.sentence, c.tokenEnd + 1) != null && t.get(c.tokenEnd + 2).word().equals(")");
    }

    /** "a Cut-And-Stitch strategy", "an Instance Consistency Loss": a part noun ends the name or follows it. */
    private static boolean partHead(List<CoreLabel> t, Candidate c) {
        if (c.tokenEnd - c.tokenBegin > 1 && PART_HEADS.contains(t.get(c.tokenEnd - 1).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        int k = c.tokenEnd;
        // "Diversity Maximization (DM) strategy": past the acronym to the head noun
        if (k + 2 < t.size() && t.get(k).word().equals("(") && t.get(k + 2).word().equals(")")) k += 3;
        return k < t.size() && PART_HEADS.contains(t.get(k).word().toLowerCase(Locale.ROOT));
    }

    /**
     * "we introduce a novel Pseudo Label Scoring (PLS) module": a name the vocabulary does not know, marked as new
     * by "novel" or "new" right before it, in a sentence about the paper's own work, is new.
     */
    private static void novel(Doc doc, int s) {
        List<CoreLabel> t = doc.tokens(s);
        if (!ownSentence(doc, t)) return;
        newTitledPart(doc, s);
        for (Candidate c : List.copyOf(doc.inSentence(s))) {
            if (c.term != null || c.weak || c.plain || doc.onlyModifier(c)) continue;
            int k = c.tokenBegin - 1;
            // "a new unsupervised label-free Zorbix Metric (ZM)": past lower-case descriptions, where the name is
            // the head ("a new efficient DM training approach" is about the approach), not a record ("a new
            // state-of-the-art score") and not a description of a name before it ("Zorbix, a novel online VLM")
            int described = k;
            for (int n = 0; n < 3 && k >= 2 && t.get(k).tag() != null && t.get(k).tag().matches("JJ|VBN|HYPH")
                    && Character.isLowerCase(t.get(k).word().charAt(0)) && !isNewWord(t.get(k))
                    && !t.get(k).word().equalsIgnoreCase("state-of-the-art"); n++) {
                k--;
            }
            if (k < described) {
                int after = doc.pastBracket(s, c.tokenEnd);
                boolean head = after >= t.size() || t.get(after).tag() == null || !t.get(after).tag().startsWith("NN");
                boolean apposition = k >= 2 && t.get(k - 2).word().equals(",");
                if (!head || apposition) continue;
            }
            if (k < 1 || !isNewWord(t.get(k)) || !Set.of("a", "an", "our", "the").contains(t.get(k - 1).word().toLowerCase(Locale.ROOT))
                    || plainAcronymModifier(t, c)) {
                continue;
            }
            boolean titled = Character.isUpperCase(t.get(c.tokenBegin).word().charAt(0));
            // a new measure only by its own name: "a new Zorbix Metric (ZM)"
            boolean namedMeasure = c.type == EntityType.METRIC && titled && defined(doc, t, c);
            if (c.type == EntityType.TASK || c.type == EntityType.METRIC && !namedMeasure) continue;
            doc.introduces.add(c.name);
        }
    }

    /**
     * "a novel Temporal Zorbix loss", "a new Spatial Quorl module": capitalised words between "novel" and a part's
     * lower-case head noun name a new part, head included (names found inside give way to it).
     */
    private static void newTitledPart(Doc doc, int s) {
        List<CoreLabel> t = doc.tokens(s);
        for (int k = 1; k + 2 < t.size(); k++) {
            if (!isNewWord(t.get(k)) || !Set.of("a", "an", "our", "the").contains(t.get(k - 1).word().toLowerCase(Locale.ROOT))) continue;
            int e = k + 1;
            while (e < t.size() && e <= k + 4 && capitalised(t.get(e).word())) e++;
            if (e == k + 1 || e >= t.size() || !KEPT_HEADS.contains(t.get(e).word())) continue;
            final int from = k + 1;
            final int to = e + 1;
            List<Candidate> touching = doc.candidates.stream().filter(o -> o.sentence == s && o.tokenBegin < to && o.tokenEnd > from).toList();
            if (touching.stream().anyMatch(o -> o.term != null || o.tokenBegin < from || o.tokenEnd > to || o.source == Candidate.Source.ACRONYM)) continue;
            Candidate whole = doc.candidate(s, from, to, Candidate.Source.DEFINITION);
            whole.type = EntityType.METHOD;
            whole.typedByContext = true;
            whole.typeWeight = 3;
            if (doc.offerOver(whole)) {
                doc.introduces.add(whole.name);
                doc.parts.add(whole.name);
            }
        }
    }

    private static boolean isNewWord(CoreLabel tok) {
        return Set.of("novel", "new").contains(tok.word().toLowerCase(Locale.ROOT));
    }

    /** Capitalised heads that end the name of a system's part: "the Geometry-Aware Lifting Module". */
    private static final Set<String> NAMED_PART_HEADS = Set.of("Module", "Block", "Network", "Layer", "Loss", "Mechanism",
            "Encoder", "Decoder", "Head", "Branch", "Unit", "Adapter", "Router", "Fusion");

    /**
     * "First, the Geometry-Aware Lifting Module ... Second, the Motion-guided Reconstruction Network ...": in a paper
     * that introduces something, a title-case name the vocabulary does not know, ending in a part's head noun, is a
     * part of the new thing (established parts, such as a Feature Pyramid Network, are in the vocabulary).
     */
    private static void namedPart(Doc doc, int s) {
        List<CoreLabel> t = doc.tokens(s);
        if (doc.introduces.isEmpty()) {
            // "Towards this goal, Zorbix is introduced, a planner for ...": the paper's own thing, in the passive
            for (Candidate c : doc.inSentence(s)) {
                if (c.term == null && isPart(c.type) && !doc.onlyModifier(c) && passivelyNew(doc, t, c)) doc.introduces.add(c.name);
            }
            return;
        }
        for (Candidate c : doc.inSentence(s)) {
            if (c.term != null || doc.onlyModifier(c) || !isPart(c.type)) continue;
            boolean named = c.tokenEnd - c.tokenBegin >= 3 && NAMED_PART_HEADS.contains(t.get(c.tokenEnd - 1).word())
                    && Character.isUpperCase(t.get(c.tokenBegin).word().charAt(0));
            // "the Spatial Mask-Guided Audio Pose Generation (SMGA) Network": the head after the acronym
            boolean headAfter = defined(doc, t, c) && c.tokenEnd + 3 < t.size() && NAMED_PART_HEADS.contains(t.get(c.tokenEnd + 3).word());
            if ((named || headAfter || passivelyIntroduced(doc, t, c)) && doc.introduces.add(c.name)) doc.parts.add(c.name);
        }
    }

    private static final Set<String> PASSIVE_NEW = Set.of("introduced", "proposed", "designed", "developed", "presented",
            "devised", "constructed");
    private static final Set<String> PASSIVE_USED = Set.of("utilized", "utilised", "employed", "adopted", "used", "applied",
            "incorporated", "integrated", "leveraged");

    /** "X is introduced", "X (XX) is proposed": said in the present passive to be new. */
    private static boolean passivelyNew(Doc doc, List<CoreLabel> t, Candidate c) {
        return PASSIVE_NEW.contains(passiveVerb(doc, t, c));
    }

    /**
     * "a Time-scale Motion Transformer (TMT) is introduced to ...", "a Multi-level Motion Aggregator (MMA) is
     * utilized to ...": a name the vocabulary does not know, said in the passive to be introduced, or defined here
     * and said to be used, in a paper that introduces something.
     */
    private static boolean passivelyIntroduced(Doc doc, List<CoreLabel> t, Candidate c) {
        if (c.weak || c.plain) return false;
        String verb = passiveVerb(doc, t, c);
        return PASSIVE_NEW.contains(verb) || PASSIVE_USED.contains(verb) && defined(doc, t, c);
    }

    /** The participle in "X (XX) is|are [adverb] VERBed" right after a name and its bracket, or "". */
    private static String passiveVerb(Doc doc, List<CoreLabel> t, Candidate c) {
        int k = doc.pastBracket(c.sentence, c.tokenEnd);
        if (k >= t.size() || !Set.of("is", "are").contains(t.get(k).word().toLowerCase(Locale.ROOT))) return "";
        k++;
        if (k < t.size() && t.get(k).tag() != null && t.get(k).tag().startsWith("RB")) k++;
        return k < t.size() ? t.get(k).word().toLowerCase(Locale.ROOT) : "";
    }

    /** Words by which a sentence says what the new thing is made of: "centered on", "through", "featuring". */
    private static final Set<String> BUILT_FROM = Set.of("through", "via", "centered", "centred", "featuring", "comprising",
            "consisting", "incorporating", "integrating", "combining", "built", "powered", "equipped", "containing",
            // "a two-part framework to investigate this: a Transition-Inducing Prompt (TIP) that ..."
            ":");
    /** Words after which a name is another system than the new one: "outperforms PPO", "unlike GAIL". */
    private static final Set<String> OTHERS = Set.of("than", "unlike", "over", "outperform", "outperforms", "outperforming",
            "surpass", "surpasses", "surpassing", "beat", "beats", "versus", "vs", "vs.", "compared", "against", "including",
            "like", "such", "e.g.", "instead", "replacing", "existing", "prior", "previous", "baseline", "baselines");

    /**
     * "We introduce Argus, a Wan-based framework centered on Stacked Multi-View Identity Mosaic Injection (SMII)",
     * "we propose Q-Hawkeye, ... through unified Uncertainty-Aware Dynamic Optimization and Perception-Aware
     * Optimization": in the sentence that introduces a name, a later method name the vocabulary does not know,
     * defined by an acronym or written in title case over several words, after words that say what the new thing
     * is made of ("centered on", "through"), is a part of it, unless the sentence sets it against the new thing.
     */
    private static void sameSentenceParts(Doc doc, int s) {
        List<CoreLabel> t = doc.tokens(s);
        // where the new thing has been named, or, for "we propose a novel diffusion framework containing dual latent
        // Mamba block (DM-Block) and ...", an unnamed new thing: right after the verb; -1 until then
        int start = -1;
        int verb = -1;
        for (int i = 0; i < t.size() && verb < 0; i++) {
            if (VERBS.contains(lemma(t.get(i))) && hasSubject(t, i) && !claim(t, i + 1)) verb = i;
        }
        for (Candidate c : doc.inSentence(s)) {
            String key = Names.key(c.name);
            if (start < 0 && verb >= 0 && c.tokenBegin > verb) start = verb + 1;
            if (start < 0) {
                if (c.type != EntityType.TASK && c.type != EntityType.METRIC
                        && doc.introduces.stream().anyMatch(n -> Names.key(n).equals(key))) {
                    start = c.tokenEnd;
                }
                continue;
            }
            if (c.term != null || c.weak || c.plain || c.type == null || !isPart(c.type) || doc.onlyModifier(c)) continue;
            boolean titled = c.tokenEnd - c.tokenBegin >= 2 && t.subList(c.tokenBegin, c.tokenEnd).stream()
                    .allMatch(x -> Character.isUpperCase(x.word().charAt(0)) || x.word().equals("-") || x.word().equals("of"));
            // "dual latent Mamba block (DM-Block)": a name in brackets after the words it abbreviates
            boolean bracketed = c.tokenBegin > 0 && t.get(c.tokenBegin - 1).word().equals("(") && c.tokenEnd + 1 < t.size()
                    && t.get(c.tokenEnd).word().equals(")")
                    // not a modifier's abbreviation: "Bird's-Eye-View (BEV) features", "(24-MP) images"
                    && Set.of(",", "and", ".", ";", "to", "that", "which", "with", "for").contains(t.get(c.tokenEnd + 1).word());
            if (!defined(doc, t, c) && !titled && !bracketed) continue;
            boolean other = false;
            boolean built = false;
            boolean listed = false;
            int anchor = start;
            for (int k = start; k < c.tokenBegin; k++) {
                String w = t.get(k).word().toLowerCase(Locale.ROOT);
                if (OTHERS.contains(w)) other = true;
                // close after the word that says so, or after the part before it in a list: "containing dual latent
                // Mamba block (DM-Block)", not "incorporating a backbone ... to fuse features from ... radar (SAR)"
                boolean marker = k + 2 < t.size() && w.equals("(") && t.get(k + 2).word().equals(")")
                        && t.get(k + 1).word().matches("\\d|[ivx]+");
                if (BUILT_FROM.contains(w)) {
                    built = true;
                    listed = true;
                    anchor = k;
                } else if (marker) {
                    built = listed; // a numbered item of the list goes on with it: "(2) ..."
                    anchor = k;
                } else if (doc.at(s, k) != null) {
                    anchor = k; // the part before it in a list
                } else if (built && Set.of("from", "in", "for", "to", "on").contains(w) && !BUILT_FROM.contains(t.get(k - 1).word().toLowerCase(Locale.ROOT))) {
                    built = false;
                }
            }
            if (c.tokenBegin - anchor > 8) built = false;
            if (built && !other && c.type != EntityType.MODEL && doc.introduces.add(c.name)) doc.parts.add(c.name);
        }
    }

    private static boolean ownSentence(Doc doc, List<CoreLabel> t) {
        return t.stream().anyMatch(k -> Set.of("we", "our").contains(k.word().toLowerCase(Locale.ROOT)))
                || !doc.introduces.isEmpty();
    }

    private static String lemma(CoreLabel tok) {
        String l = tok.lemma();
        return (l == null ? tok.word() : l).toLowerCase(Locale.ROOT);
    }

    /** "we propose", "this paper presents", "In this work, we introduce": a subject within a few tokens before. */
    private static boolean hasSubject(List<CoreLabel> t, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - 4; k--) {
            if (SUBJECTS.contains(t.get(k).word().toLowerCase(Locale.ROOT))) return true;
        }
        // "We observe ... in deterministic sampling, and present InvarDiff": a verb coordinated with the subject's
        if (verb >= 1 && t.get(verb - 1).word().equalsIgnoreCase("and")) {
            for (int k = verb - 2; k >= 0; k--) {
                String w = t.get(k).word().toLowerCase(Locale.ROOT);
                if (w.equals(";")) return false;
                if (w.equals("we")) return true;
            }
        }
        return false;
    }

    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", "which", "that", "to", "where", "whose");
    private static final Set<String> PREPOSITIONS = Set.of("for", "in", "on", "of", "with", "by", "from", "over", "across");

    /**
     * The first candidate in the window after the verb. Past a preposition ("a framework for improving
     * learning in X") what follows is the object's topic, not the new thing, unless an apposition names it
     * ("the latest model of the Gemini family, Gemini 1.5 Pro"). A lowercase coinage set off by an apposition
     * ("we propose bidirectional self-predictive learning, a novel algorithm") becomes a candidate itself.
     */
    private static void firstAfter(Doc doc, int s, int from) {
        List<CoreLabel> t = doc.tokens(s);
        // a plain lower-case phrase is a new name only after a verb of invention: what a paper reports, builds,
        // establishes or offers in plain words ("report baseline performance") is rarely a named thing
        boolean inventing = from >= 1 && INVENTING.contains(lemma(t.get(from - 1)));
        if (coinage(doc, s, from) || titleCaseCoinage(doc, s, from) || inventing && plainCoinage(doc, s, from) != null) return;
        boolean pastPreposition = false;
        boolean modifierOnly = false;
        for (int j = from; j < t.size() && j < from + WINDOW; j++) {
            String w = t.get(j).word();
            if (CLAUSE_ENDS.contains(w) && j > from + 1) return;
            if (PREPOSITIONS.contains(w.toLowerCase(Locale.ROOT)) && j > from) pastPreposition = true;
            Candidate c = doc.at(s, j);
            // "introduce YawScore and OccScore to probe ...": a new measure's own name right after the verb
            boolean newMeasure = c != null && c.type == EntityType.METRIC && c.term == null && c.tokenBegin == from
                    && !c.weak && (!c.plain || c.typeWeight >= 3);
            // "We formalize this as Theory-Aligned Persona Generation (TAD-PG)": a task the paper defines
            // or "we propose Image Difference Grounding (IDG), a task designed to ...": one an apposition calls a task
            boolean newTask = c != null && c.type == EntityType.TASK && c.term == null && c.source != Candidate.Source.GAZETTEER
                    && (DEFINING.contains(lemma(t.get(from - 1))) && t.get(j - 1).word().equalsIgnoreCase("as")
                    || c.tokenBegin == from && calledTask(t, pastOwnAcronym(t, c)));
            if (c == null || (c.type == EntityType.TASK || c.type == EntityType.METRIC) && !newMeasure && !newTask) continue;
            if (doc.onlyModifier(c)) continue; // "a Transformer-based X": only a modifier
            // past a name that only modified the new thing, only an apposition or a bracket names it ("an ARC solver,
            // KAAR", "orthogonal LoRA composition (LoRAC)")
            if (modifierOnly && !t.get(j - 1).word().equals(",") && !t.get(j - 1).word().equals("(")) return;
            if (pastPreposition && !(j >= 1 && t.get(j - 1).word().equals(","))) {
                j = c.tokenEnd - 1;
                continue;
            }
            if (c.tokenEnd < t.size() && NOT_NEW_AFTER.contains(t.get(c.tokenEnd).word().toLowerCase(Locale.ROOT))) {
                j = c.tokenEnd;
                continue;
            }
            if (c.tokenBegin >= 2 && t.get(c.tokenBegin - 1).word().equals("of")
                    && NOT_NEW_BEFORE.contains(t.get(c.tokenBegin - 2).word().toLowerCase(Locale.ROOT))) {
                return;
            }
            // "the first process reward model (PRM) called Web-Shepherd": the name given is the new thing
            if (namedLater(t, c.tokenEnd)) return;
            // "3D hand-object interactions (HOI) ... introduces a novel HOI tokenizer": a name met before, before a
            // plain noun, only modifies the new thing
            if (mentionedBefore(doc, c) && c.tokenEnd < t.size() && "NN".equals(t.get(c.tokenEnd).tag())
                    && t.get(c.tokenEnd).word().chars().allMatch(Character::isLowerCase)
                    && !TECHNIQUE_HEADS.contains(t.get(c.tokenEnd).word()) && !PART_HEADS.contains(t.get(c.tokenEnd).word())
                    && NameShapes.headType(t.get(c.tokenEnd).word()) == null) {
                j = c.tokenEnd - 1;
                modifierOnly = true;
                continue;
            }
            // "introduce UAV imitation learning": a name right before a technique or task only modifies it
            Candidate next = doc.at(s, c.tokenEnd);
            if (next != null && next != c && (next.type == EntityType.TASK || next.type == EntityType.METHOD)) {
                j = next.tokenEnd - 1;
                continue;
            }
            Candidate whole = modified(doc, s, from, c);
            // "we propose a mixture of experts ...": a lower-case technique the vocabulary knows is not new; nor is
            // a known name that modifies the new, unnamed thing ("an MVS-guided Gaussian Splatting initialization",
            // "a task-decoupled Mixture-of-Experts (MoE) architecture")
            if (whole == c && c.term != null && c.name.equals(c.name.toLowerCase(Locale.ROOT))) return;
            // (past the acronym only when the vocabulary knows the words it abbreviates: "a novel Gaussian mixture
            // flow matching (GMFlow) model" names a new model, though an older one had the same name)
            int head = c.term != null && c.term.labels().stream().anyMatch(l -> l.indexOf(' ') > 0 || l.indexOf('-') > 0)
                    ? pastOwnAcronym(t, c) : c.tokenEnd;
            if (whole == c && c.term != null && head < t.size() && "NN".equals(t.get(head).tag())
                    && Character.isLowerCase(t.get(head).word().charAt(0))) {
                // "a novel adaptive multi-order graph regularized NMF method (MOGNMF)": the name in brackets after
                // the head is the new thing's
                Candidate named = bracketedAfterHead(doc, s, head);
                if (named != null) doc.introduces.add(named.name);
                return;
            }
            if (whole == c && plainAcronymModifier(t, c)) return;
            doc.introduces.add(whole.name);
            coordinatedParts(doc, s, whole.tokenEnd);
            return;
        }
    }

    /**
     * "we introduce a novel PLS module by ... and a Diversity Maximization (DM) strategy": after the first new
     * thing, each "and a/an" in the same sentence that leads to a name the vocabulary does not know, defined by
     * an acronym or headed by a part noun, adds another new thing.
     */
    private static void coordinatedParts(Doc doc, int s, int from) {
        List<CoreLabel> t = doc.tokens(s);
        // "YawScore and OccScore": a second unknown name of the same kind joined to the first
        Candidate first = doc.at(s, from - 1);
        Candidate second = from + 1 < t.size() && t.get(from).word().equalsIgnoreCase("and") ? doc.at(s, from + 1) : null;
        if (first != null && second != null && second.tokenBegin == from + 1 && second.term == null && second.type == first.type
                && !second.weak && !second.plain) {
            doc.introduces.add(second.name);
        }
        for (int j = from; j + 2 < t.size(); j++) {
            String w = t.get(j).word();
            if (w.equals(";") || w.equals(".")) return;
            if (!w.equalsIgnoreCase("and") || !Set.of("a", "an").contains(t.get(j + 1).word().toLowerCase(Locale.ROOT))) continue;
            int k = j + 2;
            if (k < t.size() && EVALUATIVE.contains(t.get(k).word().toLowerCase(Locale.ROOT))) k++;
            Candidate c = k < t.size() ? doc.at(s, k) : null;
            if (c == null || c.tokenBegin != k || c.term != null || !isPart(c.type)) continue;
            if ((defined(doc, t, c) || partHead(t, c)) && doc.introduces.add(c.name)) doc.parts.add(c.name);
        }
    }

    /**
     * "through unified Uncertainty-Aware Dynamic Optimization and Perception-Aware Optimization": a title-case name
     * the vocabulary does not know, joined by "and" to a new title-case name of the same kind, is new as well.
     */
    private static void coordinatedTitles(Doc doc, int s) {
        List<CoreLabel> t = doc.tokens(s);
        for (Candidate c : doc.inSentence(s)) {
            String key = Names.key(c.name);
            if (!titled(t, c) || !isPart(c.type) || doc.introduces.stream().noneMatch(n -> Names.key(n).equals(key))) continue;
            if (c.tokenEnd + 1 >= t.size() || !t.get(c.tokenEnd).word().equalsIgnoreCase("and")) continue;
            Candidate d = doc.at(s, c.tokenEnd + 1);
            if (d != null && d.tokenBegin == c.tokenEnd + 1 && d.term == null && d.type == c.type && titled(t, d)
                    && !doc.onlyModifier(d) && doc.at(s, d.tokenEnd) == null) { // not "... Fusion YOLO (MASF-YOLO)"
                doc.introduces.add(d.name);
            }
        }
    }

    /** Two or more words, each capitalised: "Perception-Aware Optimization". */
    private static boolean titled(List<CoreLabel> t, Candidate c) {
        return c.tokenEnd - c.tokenBegin >= 2 && t.subList(c.tokenBegin, c.tokenEnd).stream()
                .allMatch(x -> Character.isUpperCase(x.word().charAt(0)) || x.word().equals("-"));
    }

    private static final java.util.regex.Pattern ACTION_NOUN = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+(ing|tion|sion|ment|ance|ence|ization|isation)");
    private static final Set<String> PART_NOUNS = Set.of("Module", "Block", "Network", "Layer", "Loss", "Mechanism",
            "Encoder", "Decoder", "Adapter", "Router", "Director", "Planner", "Attention", "Guidance", "Fusion", "Memory",
            "Tokenizer", "Regularizer", "Regulariser", "Objective", "Embedding", "Embeddings");
    /** Institutions, fields and qualities whose names end like actions: "National Science Foundation", "Model Performance". */
    private static final Set<String> NOT_TECHNIQUES = Set.of("Organization", "Organisation", "Foundation", "Association",
            "Administration", "Institution", "Corporation", "Commission", "Federation", "Conference", "Competition",
            "Government", "Parliament", "Department", "Agency", "Alliance", "Convention", "Processing", "Imaging",
            "Intelligence", "Science", "Sciences", "Observation", "Performance", "Communication", "Engineering",
            "Medicine", "Computing", "Learning", "Experience", "Confusion", "Pollution", "Misalignment", "Conferencing",
            "Distance", "Sequence", "Correspondence");

    /**
     * "Around SMII, an MLLM Identity Director selects ..., while Temporal Identity Annealing and Adaptive
     * Self-Likeness Guidance improve robustness": two to five capitalised words the vocabulary does not know, with no
     * sentence start, ending in an action or a part, in a sentence that names something the paper introduces, are a
     * named part of it. An activity that names a task ("Clothed Human Reconstruction") is not one.
     */
    private static void namedTechniques(Doc doc) {
        for (Candidate c : List.copyOf(doc.candidates)) {
            if (c.term != null || c.tokenBegin == 0 || (c.type != null && c.type != EntityType.METHOD)) continue;
            List<CoreLabel> t = doc.tokens(c.sentence);
            if (!titled(t, c) || c.tokenEnd - c.tokenBegin > 5) continue;
            String last = t.get(c.tokenEnd - 1).word();
            if (NOT_TECHNIQUES.contains(last) || TaskPhrases.HEADS.contains(last.toLowerCase(Locale.ROOT))
                    || !(ACTION_NOUN.matcher(last).matches() || PART_NOUNS.contains(last))) {
                continue;
            }
            String own = Names.key(c.name);
            // a defined acronym names it ("Rotary Position Embedding (RoPE)"), found by the rules for acronyms; "acting
            // as a Disagreement Planner" gives the new thing a role, not a part
            if (!own.equals(Names.key(c.surface)) || doc.introduces.stream().anyMatch(i -> Names.key(i).equals(own))) continue;
            if (c.tokenBegin >= 2 && t.get(c.tokenBegin - 2).word().equalsIgnoreCase("as")
                    && Set.of("a", "an", "the").contains(t.get(c.tokenBegin - 1).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!standsAlone(t, c)) continue;
            boolean aboutOwn = doc.inSentence(c.sentence).stream().anyMatch(o -> o != c && !Names.key(o.name).equals(own)
                    && doc.introduces.stream().anyMatch(i -> Names.key(i).equals(Names.key(o.name))));
            if (aboutOwn && doc.introduces.add(c.name)) {
                doc.parts.add(c.name);
                if (c.type == null) {
                    c.type = EntityType.METHOD;
                    c.typedByContext = true;
                }
            }
        }
    }

    /**
     * Not a piece of a longer title ("Decremental Unlearning without Generalization Erosion (DUGE)", "Scale-adaptive
     * Fusion YOLO"), a long form whose bracket follows, nor what something is for ("surpasses X in Map-free Visual
     * Relocalization", "for self-supervised Automatic View Positioning").
     */
    private static boolean standsAlone(List<CoreLabel> t, Candidate c) {
        if (c.tokenEnd < t.size()) {
            String next = t.get(c.tokenEnd).word();
            if (next.equals("(") || Character.isUpperCase(next.charAt(0)) || next.equals("-")) return false;
        }
        String before = t.get(c.tokenBegin - 1).word();
        // "Gaze-Aware 3D Context Encoding", "StarFT (Spurious Textual Alignment Regularization)"
        if (Character.isUpperCase(before.charAt(0)) || Character.isDigit(before.charAt(0)) || before.equals("(")) return false;
        String lower = before.toLowerCase(Locale.ROOT);
        if (Set.of("of", "on", "for", "without", "with", "and", "in", "to", "from", "by").contains(lower)
                && c.tokenBegin >= 2 && Character.isUpperCase(t.get(c.tokenBegin - 2).word().charAt(0))) {
            return false;
        }
        for (int k = Math.max(0, c.tokenBegin - 2); k < c.tokenBegin; k++) {
            if (Set.of("in", "for", "on", "to", "towards").contains(t.get(k).word().toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /**
     * "Dynamic Facial Expression Recognition (DFER)", "multi-class unsupervised anomaly detection (MUAD)": an acronym
     * the vocabulary does not know, defined by words ending in an activity, names a task, unless the paper introduces
     * it (then it is usually the paper's method: "Unsafe Weights Manipulation (UWM)") or the words say how the thing
     * works ("logic-augmented generation", "... for Super-Resolution").
     */
    private static void acronymTasks(Doc doc) {
        for (Candidate lf : List.copyOf(doc.candidates)) {
            if (lf.term != null || lf.typeFixed || !doc.longForms.containsKey(Names.key(lf.surface))) continue;
            String[] words = lf.surface.split("\\s+");
            String last = words[words.length - 1].toLowerCase(Locale.ROOT);
            // a general activity ("Safe Anytime-Valid Inference", "... Policy Optimization") is often a method's name
            if (words.length < 2 || !TaskPhrases.HEADS.contains(last) || TaskPhrases.WEAK_HEADS.contains(last)) continue;
            // "the Enhanced Block Classification (EBC) framework": a head after the acronym says what it is
            List<CoreLabel> t = doc.tokens(lf.sentence);
            int after = lf.tokenEnd + 3;
            EntityType headed = after < t.size() && t.get(lf.tokenEnd).word().equals("(") ? NameShapes.headType(t.get(after).word()) : null;
            if (headed != null && headed != EntityType.TASK) continue;
            if (lf.surface.matches("(?i).*(-augmented|-based|-integrated|-assisted|\\bwith\\b|\\bfor\\b|\\bvia\\b|\\bby\\b|\\bof\\b).*")) continue;
            String key = doc.canonicalKey(lf.name);
            if (doc.introduces.stream().noneMatch(n -> doc.canonicalKey(n).equals(key))) allAsTask(doc, lf.name);
        }
    }

    /** Every mention of the name (through its acronym) whose type the vocabulary does not fix becomes a task's. */
    private static void allAsTask(Doc doc, String name) {
        String key = doc.canonicalKey(name);
        for (Candidate m : doc.candidates) {
            if (!m.typeFixed && doc.canonicalKey(m.name).equals(key)) asTask(m);
        }
    }

    /** A task by context, with the weight of a type the words around it give. */
    private static void asTask(Candidate c) {
        c.type = EntityType.TASK;
        c.typedByContext = true;
        c.typeWeight = 3;
    }

    /** An unknown name in brackets right after up to three lower-case nouns: "... method (MOGNMF)". */
    private static Candidate bracketedAfterHead(Doc doc, int s, int from) {
        List<CoreLabel> t = doc.tokens(s);
        int k = from;
        while (k < t.size() && k < from + 3 && "NN".equals(t.get(k).tag()) && Character.isLowerCase(t.get(k).word().charAt(0))) k++;
        if (k == from || k + 2 >= t.size() || !t.get(k).word().equals("(")) return null;
        Candidate c = doc.at(s, k + 1);
        return c != null && c.tokenBegin == k + 1 && t.get(c.tokenEnd).word().equals(")") && c.term == null ? c : null;
    }

    /** Verbs after which "the task of X" names a task of the paper's own even without "new". */
    private static final Set<String> POSING = Set.of("introduce", "propose", "present", "pose", "define", "formulate",
            "formalize", "formalise", "establish");
    /** Verbs after which "the new task of X" does: the paper takes up a problem it calls new. */
    private static final Set<String> TAKING_UP = Set.of("study", "address", "tackle", "consider", "explore", "investigate");
    private static final Set<String> PHRASE_ENDS = Set.of("which", "where", "that", "whose", "whereby", "aiming", "wherein");

    /**
     * "we introduce the novel task of extreme short token reduction", "this work presents the task of unsupervised
     * location mapping", "we study the new problem of X", "a new task: X": the phrase after "task of", "problem of"
     * or a new task's colon names a task the paper defines. It runs to the first comma, bracket, clause or preposition; a title-case name keeps its
     * title-case words past a preposition ("Language-Guided Object Placement in Real 3D Scenes").
     */
    private static void newTaskOf(Doc doc, int s) {
        List<CoreLabel> t = doc.tokens(s);
        // "we formally define the open-world zorbix segmentation problem": a task named before its head noun
        for (Candidate c : doc.inSentence(s)) {
            int d = c.tokenBegin - 1;
            if (c.term != null || d < 2 || c.tokenEnd >= t.size()
                    || !Set.of("task", "problem").contains(t.get(c.tokenEnd).word().toLowerCase(Locale.ROOT))
                    || !(c.type == EntityType.TASK || c.type == null)) {
                continue;
            }
            boolean isNew = false;
            while (d >= 1 && isNewWord(t.get(d))) {
                isNew = true;
                d--;
            }
            if (!t.get(d).word().equalsIgnoreCase("the") && !(isNew && Set.of("a", "an").contains(t.get(d).word().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            int v = d - 1;
            if (v >= 0 && t.get(v).tag() != null && t.get(v).tag().startsWith("RB")) v--; // "formally"
            if (v >= 0 && Set.of("define", "formulate", "formalize", "formalise", "introduce", "pose").contains(lemma(t.get(v)))
                    && hasSubject(t, v)) {
                asTask(c);
                doc.introduces.add(c.name);
            }
        }
        for (int k = 1; k + 2 < t.size(); k++) {
            String head = t.get(k).word().toLowerCase(Locale.ROOT);
            String after = t.get(k + 1).word().toLowerCase(Locale.ROOT);
            if (!Set.of("task", "problem").contains(head) || !Set.of("of", ":").contains(after)) continue;
            boolean isNew = false;
            int d = k - 1;
            while (d >= 0 && (EVALUATIVE.contains(t.get(d).word().toLowerCase(Locale.ROOT))
                    || Set.of("challenging", "important", "open", "practical", "realistic").contains(t.get(d).word().toLowerCase(Locale.ROOT)))) {
                isNew |= Set.of("new", "novel", "first").contains(t.get(d).word().toLowerCase(Locale.ROOT));
                d--;
            }
            if (d < 1 || !Set.of("a", "an", "the").contains(t.get(d).word().toLowerCase(Locale.ROOT))) continue;
            String verb = lemma(t.get(d - 1));
            // "we formally define and study the new problem of ...": the first of two coordinated verbs
            int v = d - 1;
            if (v >= 2 && t.get(v - 1).word().equalsIgnoreCase("and") && (POSING.contains(lemma(t.get(v - 2))) || TAKING_UP.contains(lemma(t.get(v - 2))))) {
                isNew |= POSING.contains(lemma(t.get(v - 2)));
                v -= 2;
            }
            if (!(POSING.contains(verb) || isNew && TAKING_UP.contains(verb)) || !hasSubject(t, v)) continue;
            // "we introduce a new task: chiral action recognition": after a colon only a task called new
            if (after.equals(":") && !isNew) continue;
            int from = k + 2;
            if (from < t.size() && Set.of("``", "\"", "'", "`").contains(t.get(from).word())) from++;
            int end = taskPhraseEnd(t, from);
            if (end - from < 2 && !(end - from == 1 && t.get(from).word().chars().anyMatch(Character::isUpperCase))) continue;
            String lastTag = t.get(end - 1).tag();
            if (lastTag == null || !(lastTag.startsWith("NN") || lastTag.equals("VBG"))) continue;
            // a known name inside that is no task or technique ("ImageNet classification") makes it no task's name;
            // one that runs on past the phrase, another reading of the words
            boolean foreign = false;
            for (Candidate c : doc.inSentence(s)) {
                if (c.tokenEnd <= from || c.tokenBegin >= end) continue;
                if (c.tokenBegin < from || c.tokenEnd > end
                        || c.term != null && c.type != EntityType.TASK && c.type != EntityType.METHOD) {
                    foreign = true;
                }
            }
            if (foreign) continue;
            Candidate same = doc.at(s, from);
            if (same != null && same.tokenBegin == from && same.tokenEnd == end) {
                if (same.term != null) continue; // a task the vocabulary knows is not new
                asTask(same);
                doc.introduces.add(same.name);
                continue;
            }
            Candidate c = doc.candidate(s, from, end, Candidate.Source.DEFINITION);
            asTask(c);
            if (doc.offerOver(c)) doc.introduces.add(c.name);
        }
    }

    /** The end of a task's name starting at {@code from}: nouns, adjectives and a last gerund, as described above. */
    private static int taskPhraseEnd(List<CoreLabel> t, int from) {
        if (from >= t.size() || t.get(from).tag() == null || t.get(from).tag().matches("VB[DGPZ]?|DT|PRP.*")) return from;
        boolean title = Character.isUpperCase(t.get(from).word().charAt(0));
        int j = from;
        while (j < t.size() && j < from + 8) {
            CoreLabel tok = t.get(j);
            String w = tok.word();
            String tag = tok.tag();
            if (tag == null || PHRASE_ENDS.contains(w.toLowerCase(Locale.ROOT))) break;
            boolean upper = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
            if (tag.equals("IN") || tag.equals("TO")) {
                // a title-case name runs on past a preposition to its next title-case word
                if (title && j + 1 < t.size() && Character.isUpperCase(t.get(j + 1).word().charAt(0)) && Character.isLowerCase(w.charAt(0))) {
                    j++;
                    continue;
                }
                break;
            }
            if (title && !upper && !w.equals("-")) break;
            if (!(tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBG") || tag.equals("VBN") || tag.equals("HYPH")
                    || tag.equals("CD"))) {
                break;
            }
            j++;
            if (tag.equals("VBG") && j > from + 1) break; // "creative editing": the gerund heads the phrase
        }
        while (j > from && !(t.get(j - 1).tag().startsWith("NN") || t.get(j - 1).tag().equals("VBG"))) j--;
        return j;
    }

    /** "..., a task designed to", "..., a new task that": an apposition whose head is "task" or "problem". */
    private static boolean calledTask(List<CoreLabel> t, int after) {
        int head = Typing.appositionHead(t, after);
        return head >= 0 && Set.of("task", "problem").contains(t.get(head).word().toLowerCase(Locale.ROOT));
    }

    /** The token after a name and the bracketed acronym that follows it ("Mixture-of-Experts (MoE) | architecture"). */
    private static int pastOwnAcronym(List<CoreLabel> t, Candidate c) {
        int k = c.tokenEnd;
        if (c.tokenBegin > 0 && t.get(c.tokenBegin - 1).word().equals("(") && k < t.size() && t.get(k).word().equals(")")) {
            return k + 1; // the mention is the acronym in the brackets
        }
        if (k + 2 < t.size() && t.get(k).word().equals("(") && t.get(k + 2).word().equals(")")) return k + 3;
        return k;
    }

    /**
     * "a new bird's eye view (BEV) encoding": plain lower-case words with an acronym after them, before a noun that
     * is not the head of a named part, technique or system, say what the new, unnamed thing is about; they do not
     * name it (unlike "a Dual Attention (DA) module", "a graph fusion (GF) framework").
     */
    private static boolean plainAcronymModifier(List<CoreLabel> t, Candidate c) {
        int head = pastOwnAcronym(t, c);
        if (c.term != null || head == c.tokenEnd || head >= t.size()) return false;
        // the words abbreviated: the candidate's own, or those before the bracket the acronym stands in
        int begin = c.tokenBegin;
        int end = c.tokenEnd;
        if (begin > 0 && t.get(begin - 1).word().equals("(")) {
            end = begin - 1;
            begin = Math.max(0, end - 3);
            for (int k = end - 1; k >= begin; k--) {
                if (Set.of("a", "an", "the", "new", "novel", "our").contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
                    begin = k + 1;
                    break;
                }
            }
            if (begin == end) return false;
        }
        // "a frequency-aware loss (FAL) function", "an instruction dataset (FEID) containing ...": the words name it
        String last = t.get(end - 1).word().toLowerCase(Locale.ROOT);
        if (PART_HEADS.contains(last) || TECHNIQUE_HEADS.contains(last) || OWN_HEADS.contains(last) || NameShapes.headType(last) != null) {
            return false;
        }
        String w = t.get(head).word();
        return t.subList(begin, end).stream().noneMatch(x -> x.word().chars().anyMatch(Character::isUpperCase))
                && t.get(head).tag() != null && t.get(head).tag().matches("NN|VBG") && Character.isLowerCase(w.charAt(0))
                && !PART_HEADS.contains(w) && !TECHNIQUE_HEADS.contains(w) && !OWN_HEADS.contains(w)
                && NameShapes.headType(w) == null;
    }

    /** "we establish that ...", "we describe how ...": a claim follows the verb, not a new thing. */
    private static boolean claim(List<CoreLabel> t, int next) {
        return next < t.size() && Set.of("that", "whether", "how", "why", "when", "what").contains(t.get(next).word().toLowerCase(Locale.ROOT));
    }

    /** A naming verb within the next few words of the same phrase ("X (Y) called Z", "an X named Z"), or after its comma. */
    private static boolean namedLater(List<CoreLabel> t, int from) {
        for (int j = from; j < t.size() && j < from + 12; j++) {
            String w = t.get(j).word().toLowerCase(Locale.ROOT);
            if (NAMING.contains(w) && j < from + 5) return true;
            // "a Reparameterizable Architecture for High Fidelity Video Super Resolution method, named RepNet-VSR"
            if (w.equals(",") && j + 1 < t.size() && NAMING.contains(t.get(j + 1).word().toLowerCase(Locale.ROOT))) return true;
            if (CLAUSE_ENDS.contains(w) || w.equals(",")) return false;
        }
        return false;
    }

    private static final Set<String> EVALUATIVE = Set.of("novel", "new", "simple", "efficient", "effective",
            "general", "principled", "unified", "lightweight", "robust", "scalable", "first");

    /**
     * "we introduce sparse memory finetuning": lower-case words right after the verb that modify a known name
     * make a new, narrower name (the known one stays what it is elsewhere in the abstract). Without such
     * words, or with a determiner ("an efficient transformer"), the candidate itself is the new thing.
     */
    private static Candidate modified(Doc doc, int s, int from, Candidate c) {
        List<CoreLabel> t = doc.tokens(s);
        int start = from;
        // "a language-aware multi-teacher knowledge distillation method": past the article to a lower-case technique
        if (start < c.tokenBegin && Set.of("a", "an").contains(t.get(start).word().toLowerCase(Locale.ROOT))
                && t.subList(c.tokenBegin, c.tokenEnd).stream().allMatch(x -> x.word().equals(x.word().toLowerCase(Locale.ROOT)))) {
            start++;
        }
        while (start < c.tokenBegin && EVALUATIVE.contains(t.get(start).word().toLowerCase(Locale.ROOT))) start++;
        int n = c.tokenBegin - start;
        if (n < 1 || n > 3 || c.type != EntityType.METHOD || defined(doc, t, c)) return c;
        // "a novel three-stage fine-tuning method": counting its stages describes it, naming nothing
        if (COUNTED.matcher(t.get(start).word().toLowerCase(Locale.ROOT)).find()) return c;
        // "a two-way transformer pose decoder": the known name and its modifiers describe an unnamed thing
        if (c.tokenEnd < t.size() && "NN".equals(t.get(c.tokenEnd).tag()) && Character.isLowerCase(t.get(c.tokenEnd).word().charAt(0))
                && !TECHNIQUE_HEADS.contains(t.get(c.tokenEnd).word())) {
            return c;
        }
        for (int k = start; k < c.tokenBegin; k++) {
            // modifiers only: "sparse memory", "masked diffusion"; not "models using", not "several"
            String tag = t.get(k).tag();
            if (!isNounPhraseWord(t.get(k)) || tag == null || tag.equals("VBG") || tag.equals("NNS")
                    || !(tag.startsWith("JJ") || tag.equals("NN") || tag.equals("VBN") || tag.equals("HYPH"))) {
                return c;
            }
        }
        Candidate whole = doc.candidate(s, start, c.tokenEnd, Candidate.Source.DEFINITION);
        whole.type = EntityType.METHOD;
        whole.typedByContext = true;
        whole.typeWeight = 3;
        doc.candidates.remove(c);
        if (!doc.offer(whole)) {
            doc.offer(c);
            return c;
        }
        return whole;
    }

    /**
     * "a novel 3D representation, dubbed view-tied 3D Gaussians, for ...": the noun phrase a naming verb gives,
     * lower-case as it may be, is a new name; the thing it names is a technique unless a head noun says more.
     */
    private static Candidate namedPhrase(Doc doc, int s, int from) {
        List<CoreLabel> t = doc.tokens(s);
        if (from > 0 && t.get(from - 1).word().equalsIgnoreCase("named") && from >= 2
                && !t.get(from - 2).word().equals(",") && !NameShapes.isGeneric(t.get(from - 2).word())
                && t.get(from - 2).tag() != null && t.get(from - 2).tag().startsWith("VB")) {
            return null; // "is named after", "were named": not a naming of a new thing
        }
        int j = from;
        while (j < t.size() && j < from + 5 && doc.at(s, j) == null && phraseWord(t.get(j))) j++;
        if (j == from || j - from > 4) return null;
        String last = t.get(j - 1).tag();
        if (last == null || !last.startsWith("NN")) return null;
        if (j < t.size() && !Set.of(",", ".", ";", ")", "for", "that", "which", "to", "with", "in", "and").contains(t.get(j).word())) {
            return null;
        }
        Candidate c = doc.candidate(s, from, j, Candidate.Source.DEFINITION);
        EntityType head = NameShapes.headType(t.get(j - 1).word());
        c.type = head == null || head == EntityType.MODEL ? EntityType.METHOD : head;
        c.typedByContext = true;
        c.typeWeight = 3;
        return doc.offer(c) ? c : null;
    }

    private static boolean phraseWord(CoreLabel tok) {
        String tag = tok.tag();
        return tag != null && (tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBN") || tag.equals("VBG")
                || tag.equals("CD") || tag.equals("HYPH"));
    }

    private static final Set<String> INVENTING = Set.of("introduce", "propose", "present", "develop", "design", "devise",
            "craft", "unveil", "formulate", "contribute");

    /** Words that end a plain coinage: the clause goes on after the new name. */
    private static final Set<String> COINAGE_ENDS = Set.of(",", ".", ";", "to", "that", "which", "for", "and", "in",
            "(", "with", "by", "into", "on", "across", "under");

    /** What {@link #plainCoinage} gives for a plain description of the new thing: nothing new is named there. */
    private static final String DESCRIBED = "";

    /**
     * "we introduce volume annealing to ...", "we propose process-aware rewards that ...": two to five lower-case
     * words right after the verb, none of them known, ending in a noun that is not a generic head ("framework",
     * "method"), name a new technique; its name, {@link #DESCRIBED} for two plain words that only describe a part
     * ("a noise term"), or null.
     */
    private static String plainCoinage(Doc doc, int s, int from) {
        List<CoreLabel> t = doc.tokens(s);
        int i = from;
        if (i < t.size() && Set.of("a", "an").contains(t.get(i).word().toLowerCase(Locale.ROOT))) i++;
        while (i < t.size() && EVALUATIVE.contains(t.get(i).word().toLowerCase(Locale.ROOT))) i++;
        int j = i;
        while (j < t.size() && j < i + 6 && doc.at(s, j) == null && isNounPhraseWord(t.get(j))
                && !EVALUATIVE.contains(t.get(j).word().toLowerCase(Locale.ROOT))) {
            j++;
            if (j - i >= 2 && NameShapes.headType(t.get(j - 1).word()) != null) break; // the head ends the phrase
        }
        if (j - i < 2 || j >= t.size() || !COINAGE_ENDS.contains(t.get(j).word().toLowerCase(Locale.ROOT))) return null;
        String last = t.get(j - 1).word();
        String tag = t.get(j - 1).tag();
        // "volume annealing": a gerund after a noun heads the phrase as a noun does
        boolean gerund = "VBG".equals(tag) && t.get(j - 2).tag() != null && t.get(j - 2).tag().matches("NN|JJ")
                && t.subList(i, j - 1).stream().noneMatch(x -> "VBG".equals(x.tag()));
        if (tag == null || !(tag.startsWith("NN") || gerund) || GENERIC_LAST.contains(last)) return null;
        // "a part-guided texturing module (PartTexturer)": the name in brackets is the new thing's
        if (t.get(j).word().equals("(")) return null;
        // "a novel inverse exponential sampling strategy": the words before a technique's head name it, and a
        // part's head stays in its name ("a proxy-aligned co-evolution mechanism")
        int end = j;
        String head = last.toLowerCase(Locale.ROOT);
        if (TECHNIQUE_HEADS.contains(head)) end = j - 1;
        else if (!KEPT_HEADS.contains(head) && NameShapes.headType(last) != null) return null;
        if (end - i < 2 || end - i > 5 || end == j && KEPT_HEADS.contains(head) && j - i < 3) return null;
        // "a greedy decoding strategy" describes; "a wave-propagation-based skeleton tracking algorithm" names
        if (end < j && end - i == 2 && t.subList(i, end).stream().noneMatch(x -> x.word().contains("-"))) return null;
        String lastKept = t.get(end - 1).tag();
        if (lastKept == null || !(lastKept.startsWith("NN") || lastKept.equals("VBG"))) return null;
        // "a noise term that", "a special token that", "specialized agents for": two plain words ending in a thing
        // describe a part; a technique's two words end in an action ("label blending", "semantic regularization")
        if (end - i == 2 && t.subList(i, end).stream().noneMatch(x -> x.word().contains("-")) && !action(t.get(end - 1))) {
            return DESCRIBED;
        }
        if ("VBG".equals(t.get(i).tag())) return null; // "guiding evolution": a verb's phrase
        if (DESCRIPTIVE.contains(t.get(i).word().toLowerCase(Locale.ROOT)) || COUNTED.matcher(t.get(i).word()).find()) return null;
        Candidate c = doc.candidate(s, i, end, Candidate.Source.DEFINITION);
        c.type = EntityType.METHOD;
        c.typedByContext = true;
        c.typeWeight = 3;
        if (!doc.offer(c)) return null;
        doc.introduces.add(c.name);
        return c.name;
    }

    private static final java.util.regex.Pattern ACTION = java.util.regex.Pattern.compile(
            ".*(ing|tion|sion|ment|ance|ence|sis|ization|isation)s?");

    /** A noun that names an action or process: a gerund or a nominalisation ("blending", "regularization"). */
    private static boolean action(CoreLabel tok) {
        String w = tok.word().toLowerCase(Locale.ROOT);
        return "VBG".equals(tok.tag()) || ACTION.matcher(w).matches() && !w.startsWith("function");
    }

    /** Heads that say what kind of technique a coinage is without being part of its name. */
    private static final Set<String> TECHNIQUE_HEADS = Set.of("strategy", "scheme", "technique", "algorithm", "method",
            "approach", "procedure", "strategies", "schemes", "techniques", "algorithms", "methods");
    /** Heads of a part that stay in its name: "a map diffusion module", "a co-evolution mechanism". */
    private static final Set<String> KEPT_HEADS = Set.of("module", "mechanism", "loss", "block", "layer", "objective",
            "regularizer", "regulariser", "attention", "encoder", "decoder");
    /** First words that count stages or steps rather than name: "a two-stage training strategy". */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(
            "^(one|two|three|four|multi|single|dual|end)-|^(plug|training|model|task)-(and|free|agnostic)");

    /** Last words that make a phrase a description, not a name: "a new way", "an analysis", "a study". */
    private static final Set<String> GENERIC_LAST = Set.of("way", "ways", "analysis", "study", "studies", "set",
            "series", "variety", "number", "range", "solution", "solutions", "paradigm", "perspective", "view",
            "insight", "insights", "idea", "ideas", "formulation", "notion", "concept", "family", "class", "suite",
            "collection", "design", "designs", "investigation", "evaluation", "comparison", "survey", "review",
            "overview", "understanding", "measure", "measures", "results", "experiments", "version", "variant",
            "extension", "modification", "improvement", "improvements", "alternative", "setting", "settings",
            "scenario", "scenarios", "problem", "problems", "question", "questions", "challenge", "challenges",
            "task", "tasks", "data", "dataset", "datasets", "benchmark", "benchmarks", "baseline", "baselines",
            "conditions", "condition", "effects", "effect", "items", "inequalities", "inequality", "agenda",
            "direction", "directions", "workflow", "workflows", "pipeline", "pipelines", "recipe", "ablations",
            "questionnaire", "bounds", "bound", "guarantees", "theorem", "theorems", "principles", "guidelines");
    /** First words that describe rather than name: "sufficient conditions", "extensive ablations". */
    private static final Set<String> DESCRIPTIVE = Set.of("sufficient", "necessary", "extensive", "ambiguous",
            "comprehensive", "detailed", "thorough", "systematic", "careful", "rigorous", "formal", "theoretical",
            "empirical", "practical", "several", "multiple", "various", "additional", "further", "key", "main",
            "important", "fundamental", "human-centred", "human-centered", "user-friendly", "open-source",
            "large-scale", "small-scale", "tight", "upper", "lower", "orthogonal", "deterministic");

    /** "we propose bidirectional self-predictive learning, a novel self-predictive algorithm": a new name. */
    private static boolean coinage(Doc doc, int s, int from) {
        List<CoreLabel> t = doc.tokens(s);
        int j = from;
        while (j < t.size() && j < from + 6 && doc.at(s, j) == null && isNounPhraseWord(t.get(j))) j++;
        if (j == from || j + 2 >= t.size() || !t.get(j).word().equals(",")) return false;
        if (!Set.of("a", "an").contains(t.get(j + 1).word().toLowerCase(Locale.ROOT))) return false;
        String last = t.get(j - 1).tag();
        if (last == null || !last.startsWith("NN")) return false;
        EntityType type = Typing.apposition(t, j);
        if (type == null) return false;
        if (type == EntityType.MODEL) type = EntityType.METHOD; // a lower-case coinage names a technique, not a trained model
        Candidate c = doc.candidate(s, from, j, Candidate.Source.DEFINITION);
        c.type = type;
        c.typedByContext = true;
        c.typeWeight = 4;
        if (!doc.offer(c)) return false;
        doc.introduces.add(c.name);
        base(doc, c);
        return true;
    }

    /**
     * "we propose bidirectional self-predictive learning, ..." in an abstract that also speaks of
     * "self-predictive learning" alone: the coinage without its first modifier, where the abstract uses it by
     * itself, is the thing the new one is a variant of.
     */
    private static void base(Doc doc, Candidate coined) {
        List<CoreLabel> t = doc.tokens(coined.sentence);
        int from = coined.tokenBegin + 1;
        if (coined.tokenEnd - from < 2 || t.get(coined.tokenBegin).tag() == null || !t.get(coined.tokenBegin).tag().startsWith("JJ")) {
            return;
        }
        List<String> words = t.subList(from, coined.tokenEnd).stream().map(x -> x.word().toLowerCase(Locale.ROOT)).toList();
        List<Candidate> found = new java.util.ArrayList<>();
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> u = doc.tokens(s);
            for (int i = 0; i + words.size() <= u.size(); i++) {
                boolean same = true;
                for (int k = 0; k < words.size() && same; k++) same = u.get(i + k).word().equalsIgnoreCase(words.get(k));
                if (!same || (i > 0 && u.get(i - 1).word().equalsIgnoreCase(t.get(coined.tokenBegin).word()))) continue;
                boolean free = true;
                for (int k = i; k < i + words.size() && free; k++) free = doc.at(s, k) == null;
                if (free) found.add(doc.candidate(s, i, i + words.size(), Candidate.Source.DEFINITION));
            }
        }
        if (found.isEmpty()) return;
        for (Candidate b : found) {
            b.type = coined.type;
            b.typedByContext = true;
            b.typeWeight = 3;
            doc.offer(b);
        }
        doc.relations.add(new Relation(coined.name, Predicate.VARIANT_OF, found.get(0).name,
                doc.sentenceSpan(coined.sentence), "coinage:base", 0.7));
    }

    /**
     * "we introduce Stagewise Focused Distillation, a two-stage strategy": capitalised words right after the
     * verb, set off by an apposition that types them, are one new name, whatever parts of it were found alone.
     */
    private static boolean titleCaseCoinage(Doc doc, int s, int from) {
        List<CoreLabel> t = doc.tokens(s);
        int i = from;
        if (i < t.size() && Set.of("the", "a", "an").contains(t.get(i).word().toLowerCase(Locale.ROOT))) i++;
        int j = i;
        // "Guardians of Generation", "Retrieval and Reasoning for Personalization": small words inside the run
        while (j < t.size() && j < i + 7 && (capitalised(t.get(j).word()) || j > i && j + 1 < t.size()
                && Set.of("of", "for", "and", "to", "in", "with").contains(t.get(j).word()) && capitalised(t.get(j + 1).word()))) {
            j++;
        }
        // one word will do where its shape marks a name: "Car-1000", "Nano-3D", "Zero-1-to-A"
        boolean shaped = j - i == 1 && t.get(i).word().matches(".*\\p{L}.*-.*\\d.*|.*\\d.*-.*\\p{L}.*|\\p{Lu}-\\p{Lu}\\p{L}+");
        if (j - i < 2 && !shaped) return false;
        // "... and introduce Latent Discrepancy. This unified metric ...": the next sentence says what it is
        EntityType next = j - i >= 2 ? Typing.nextSentenceHead(doc, s, j) : null;
        int head = -1;
        if (next == null) {
            if (j + 2 >= t.size() || !t.get(j).word().equals(",")) return false;
            if (!Set.of("a", "an").contains(t.get(j + 1).word().toLowerCase(Locale.ROOT))) return false;
            head = Typing.appositionHead(t, j);
            if (head < 0) return false;
        }
        for (int k = i; k < j; k++) {
            Candidate inside = doc.at(s, k);
            // a known name that is the whole run, or one that runs past it, is left alone
            if (inside != null && (inside.tokenBegin < i || inside.tokenEnd > j || inside.tokenBegin == i && inside.tokenEnd == j)) {
                return false;
            }
        }
        int begin = i;
        int end = j;
        doc.candidates.removeIf(c -> c.sentence == s && c.tokenBegin >= begin && c.tokenEnd <= end);
        Candidate c = doc.candidate(s, i, j, Candidate.Source.DEFINITION);
        c.type = next != null ? next : Typing.typeOfHead(c, t, head);
        c.typedByContext = true;
        c.typeWeight = next != null ? 3 : 4;
        if (!doc.offer(c)) return false;
        doc.introduces.add(c.name);
        return true;
    }

    private static boolean capitalised(String w) {
        return Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase) && !NameShapes.isGeneric(w);
    }

    private static boolean isNounPhraseWord(CoreLabel tok) {
        String tag = tok.tag();
        String w = tok.word();
        return tag != null && (tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBG") || tag.equals("HYPH"))
                && Character.isLowerCase(w.charAt(0));
    }

    /** Verbs after which a quoted phrase is a name being given: 'by adding "slow nodes"', 'called "X"'. */
    private static final Set<String> QUOTING = Set.of("call", "dub", "name", "term", "coin", "introduce", "propose",
            "add", "define");
    private static final Set<String> QUOTES = Set.of("``", "''", "\"", "\u201c", "\u201d", "`", "'");

    /** A quoted lower-case phrase of one to four words right after a naming verb: a new technique's name. */
    private static void quotedCoinage(Doc doc, int s, int open) {
        List<CoreLabel> t = doc.tokens(s);
        if (open >= t.size() || !QUOTES.contains(t.get(open).word())) return;
        int close = open + 1;
        while (close < t.size() && close <= open + 5 && !QUOTES.contains(t.get(close).word())) {
            // lower-case words, or a title-case name ("Hidden CoT") that shape alone did not find
            if (!isNounPhraseWord(t.get(close)) && !Character.isUpperCase(t.get(close).word().charAt(0))) return;
            close++;
        }
        if (close == open + 1 || close >= t.size() || !QUOTES.contains(t.get(close).word())) return;
        String last = t.get(close - 1).tag();
        if (last == null || !last.startsWith("NN") || doc.at(s, open + 1) != null) return;
        Candidate c = doc.candidate(s, open + 1, close, Candidate.Source.DEFINITION);
        c.type = EntityType.METHOD;
        c.typedByContext = true;
        c.typeWeight = 3;
        // "we introduce 'Hidden CoT': ...": quotes round a title-case name hold one name, made of a known one
        boolean added = Character.isUpperCase(t.get(open + 1).word().charAt(0)) ? doc.offerOver(c) : doc.offer(c);
        if (added) doc.introduces.add(c.name);
    }

    /**
     * "The algorithm, ModBE, takes as input ...", "our method, X, ...": the paper's own thing named in a
     * definite apposition. Names the vocabulary knows are not new.
     */
    private static void ownApposition(Doc doc, int s) {
        List<CoreLabel> t = doc.tokens(s);
        for (Candidate c : doc.inSentence(s)) {
            int k = c.tokenBegin - 1;
            // "a novel perceptual quality metric, Relative Quality Index (RQI), that ...": back over the long form
            if (k >= 1 && t.get(k).word().equals("(")) {
                k--;
                while (k >= 0 && Character.isUpperCase(t.get(k).word().charAt(0))
                        || k >= 1 && Set.of("of", "for", "and", "to").contains(t.get(k).word()) && Character.isUpperCase(t.get(k - 1).word().charAt(0))) {
                    k--;
                }
            }
            if (c.term != null || k < 2 || !t.get(k).word().equals(",") || c.tokenEnd >= t.size()) continue;
            int after = doc.pastBracket(s, c.tokenEnd); // past the acronym of a long form: "Relative Quality Index (RQI),"
            if (after >= t.size()) continue;
            String next = t.get(after).word();
            if (!next.equals(",") && !next.equals(")")) continue;
            EntityType head = NameShapes.headType(t.get(k - 1).word());
            if (head == null) continue;
            int d = k - 2;
            // "The first-stage diffusion-based segment map generation model, Mapfusion, ...": back over the modifiers
            while (d > 0 && k - 2 - d < 6 && t.get(d).tag() != null && t.get(d).tag().matches("JJ|NN|VBN|HYPH")
                    && Character.isLowerCase(t.get(d).word().charAt(0)) && doc.at(s, d) == null
                    && !Set.of("new", "novel").contains(t.get(d).word().toLowerCase(Locale.ROOT))) {
                d--;
            }
            boolean isNew = d >= 0 && Set.of("new", "novel").contains(t.get(d).word().toLowerCase(Locale.ROOT));
            if (d >= 0 && Set.of("proposed", "new", "resulting", "novel").contains(t.get(d).word().toLowerCase(Locale.ROOT))) d--;
            String det = d >= 0 ? t.get(d).word().toLowerCase(Locale.ROOT) : "";
            boolean own = Set.of("the", "our").contains(det) && head != EntityType.TASK && head != EntityType.METRIC;
            // "we propose a novel method, R2P, ...", "a new metric, RQI": what the authors call new is theirs, a new
            // measure or task too; the apposition's head gives the type
            boolean called = Set.of("a", "an").contains(det) && isNew && ownSentence(doc, t);
            if (own || called) {
                doc.introduces.add(c.name);
                if (called && c.term == null && !c.typeFixed) {
                    c.type = Typing.typeOfHead(c, t, k - 1);
                    c.typedByContext = true;
                    c.typeWeight = 4;
                }
            }
        }
    }

    /**
     * "a curriculum that trains our General Video Embedder (GVE)", "our GroupDiff achieves": a name the
     * vocabulary does not know, owned by the authors, is theirs, unless it names a task or a measure.
     */
    private static void ours(Doc doc, int s) {
        List<CoreLabel> t = doc.tokens(s);
        for (Candidate c : doc.inSentence(s)) {
            int k = c.tokenBegin - 1;
            // "our model Zorbix", "our framework, Zorbix,": past the head noun the name stands in apposition to
            if (k >= 1 && t.get(k).word().equals(",")) k--;
            boolean headed = k >= 1 && OWN_HEADS.contains(t.get(k).word());
            if (headed) k--;
            // "our innovative Zorbix module": past the authors' praise
            while (k >= 1 && (EVALUATIVE.contains(t.get(k).word().toLowerCase(Locale.ROOT)) || PRAISE.contains(t.get(k).word().toLowerCase(Locale.ROOT)))) k--;
            // "our recently released WildCross benchmark": past a participle and its adverb
            if (k >= 1 && "VBN".equals(t.get(k).tag())) k--;
            if (k >= 1 && t.get(k).tag() != null && t.get(k).tag().startsWith("RB")) k--;
            if (c.term != null || k < 0 || !t.get(k).word().equalsIgnoreCase("our")) continue;
            if (doc.onlyModifier(c)) continue; // "our SAA-based approaches": only a modifier
            // a weak name only where the authors call it new or theirs by its kind: "our proposed Zorbix", "our model Zorbix"
            boolean called = headed || k + 1 < t.size() && k + 1 < c.tokenBegin
                    && Set.of("proposed", "new", "novel").contains(t.get(k + 1).word().toLowerCase(Locale.ROOT));
            if (c.type == EntityType.TASK || c.type == EntityType.METRIC || c.weak && !c.typedByContext && !called) continue;
            // "our Zorbix module", named here first: a part of the new thing, not the thing
            int after = doc.pastBracket(s, c.tokenEnd);
            if (doc.introduces.add(c.name) && after < t.size() && PART_HEADS.contains(t.get(after).word().toLowerCase(Locale.ROOT))
                    && !mentionedBefore(doc, c)) {
                doc.parts.add(c.name);
            }
        }
    }

    /** Words of praise the authors put before their own thing's name: "our innovative Zorbix module". */
    private static final Set<String> PRAISE = Set.of("innovative", "proposed", "key", "core", "dedicated", "tailored");

    /** "LOFT, a new benchmark ..." or "X, a novel method" anywhere; "the resulting X corpus". */
    private static void newApposition(Doc doc, int s) {
        List<CoreLabel> t = doc.tokens(s);
        for (Candidate c : doc.inSentence(s)) {
            if (c.tokenBegin >= 2 && t.get(c.tokenBegin - 1).word().equalsIgnoreCase("resulting")
                    && t.get(c.tokenBegin - 2).word().equalsIgnoreCase("the") && c.term == null && !c.weak) {
                doc.introduces.add(c.name);
            }
            int k = c.tokenEnd;
            // "LOFT, a new benchmark", and at the start of a sentence "Zorbix is a novel framework for ..."
            boolean comma = k + 2 < t.size() && t.get(k).word().equals(",");
            boolean copula = c.tokenBegin == 0 && k + 2 < t.size() && t.get(k).word().equals("is") && c.term == null;
            if ((comma || copula) && Set.of("a", "an").contains(t.get(k + 1).word())
                    && Set.of("new", "novel").contains(t.get(k + 2).word().toLowerCase(Locale.ROOT))) {
                doc.introduces.add(c.name);
            }
        }
    }
}
