package org.scikg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Tasks the vocabulary does not know, found as a careful reader finds them: a noun phrase headed by the name of
 * an activity ("scene flow estimation", "spatio-temporal traffic prediction", "neutral text rewriting") where the
 * abstract presents it as what something is for ("a framework for X", "tackles X", "X tasks", "the task of X")
 * or opens with it ("Monocular 3D object detection is ..."). A known task inside such a phrase gives way to the
 * whole phrase when the context presents the phrase as the task ("for monocular 3D object detection").
 */
final class TaskPhrases implements Stage {
    /** Head nouns that name an activity a system performs. */
    static final Set<String> HEADS = Set.of("detection", "estimation", "classification", "generation",
            "segmentation", "prediction", "recognition", "translation", "localization", "localisation", "inpainting",
            "retrieval", "reasoning", "forecasting", "transcription", "rewriting", "manipulation", "tracking",
            "completion", "understanding", "summarization", "summarisation", "answering", "captioning", "synthesis",
            "planning", "navigation", "matching", "registration", "reconstruction", "editing", "grounding", "parsing",
            "tagging", "labeling", "labelling", "counting", "demosaicing", "denoising", "deblurring", "super-resolution",
            "interpretation", "recommendation", "diagnosis", "screening", "verification", "transfer", "adaptation",
            "modeling", "modelling", "discovery", "extraction", "mapping", "simulation", "search", "sampling",
            "alignment", "identification", "inference", "compression", "imputation", "allocation", "scheduling",
            "routing", "control", "packing", "calibration", "restoration", "enhancement", "dehazing", "coding",
            "decoding", "assessment", "evaluation", "annotation", "exploration", "optimization", "optimisation",
            "unmixing", "recovery", "forecast", "ranking", "lifting", "advertising", "traversal", "anticipation",
            "decomposition", "correction", "extrapolation", "tokenization", "driving", "theorem-proving",
            "syllabification", "oversight", "storage", "acquisition");
    /** Heads specific enough to name a task with no word before them ("research on syllabification"). */
    private static final Set<String> ALONE = Set.of("demosaicing", "syllabification", "summarization", "summarisation",
            "inpainting", "deblurring", "dehazing", "super-resolution", "captioning");
    /** Heads that say too little on their own to name a task even with one modifier before them. */
    static final Set<String> WEAK_HEADS = Set.of("transfer", "adaptation", "modeling", "modelling", "discovery",
            "extraction", "mapping", "simulation", "search", "sampling", "alignment", "identification", "inference",
            "compression", "control", "coding", "decoding", "assessment", "evaluation", "annotation", "exploration",
            "optimization", "optimisation", "understanding", "reasoning", "generation", "enhancement", "acquisition");
    /** Words that describe the work or its quality, not the kind of task: "efficient detection", "model compression". */
    private static final Set<String> NOT_MODIFIERS = Set.of("performance", "task", "tasks", "problem", "problems",
            "model", "models", "method", "methods", "approach", "framework", "system", "systems", "baseline",
            "efficient", "effective", "accurate", "robust", "novel", "new", "existing", "previous", "current",
            "better", "improved", "high-quality", "state-of-the-art", "downstream", "various", "several", "many",
            "different", "diverse", "multiple", "other", "such", "further", "strong", "stronger", "fast",
            "faster", "scalable", "reliable", "simple", "general", "standard", "traditional", "conventional", "final",
            "precise", "consistent", "joint", "overall", "real-world", "large-scale", "key", "main",
            "important", "challenging", "difficult", "critical", "crucial", "fundamental", "practical", "prior",
            "our", "their", "its", "this", "these", "that", "each", "both", "all", "same", "specific", "significant",
            "substantial", "superior", "competitive", "first", "second", "third", "data", "time", "quality", "end",
            "training", "inference", "test", "evaluation", "loss", "process", "step", "stage", "way");
    /** Adjectives that name a kind of task rather than praise it. */
    private static final Set<String> CLASSIFYING = Set.of("monocular", "stereo", "metric", "neutral", "semantic",
            "instance", "panoptic", "visual", "textual", "temporal", "spatial", "contextual", "paralinguistic",
            "simultaneous", "multilingual", "conversational", "abstractive", "extractive", "generative", "discriminative",
            "molecular", "medical", "clinical", "biomedical", "acoustic", "multimodal", "spoken", "automatic",
            "interactive", "sequential", "continuous", "dense", "robotic", "autonomous", "geometric", "symbolic",
            "mathematical", "logical", "causal", "numerical", "legal", "financial", "scientific", "relational",
            "syntactic", "lexical", "morphological", "phonetic", "facial", "offline", "online", "inverse",
            "hierarchical", "distributional", "grounded", "federated", "continual", "adversarial", "conditional",
            "unsupervised", "supervised", "multivariate", "univariate", "dexterous", "egocentric", "aerial", "urban",
            "pedestrian", "biased", "fine-grained", "open-ended", "open-vocabulary", "cross-modal", "cross-lingual",
            "audio-visual", "zero-shot", "few-shot", "single-image", "multi-view", "multi-object", "multi-agent",
            "visual-inertial", "optical", "linguistic", "emotional", "affective", "sentiment",
            "empathetic", "agentic", "probabilistic", "lifted", "commonsense", "compositional");

    private static final Set<String> PURPOSE = Set.of("for", "in", "on", "to", "of", "towards", "toward", "address",
            "addresses", "tackle", "tackles", "tackling", "solve", "solves", "including", "like", "across", "handle", "handles",
            "handling", "perform", "performs", "performed", "performing", "evaluating", "during", "unifying", "unifies");
    private static final Set<String> TASK_NOUNS = Set.of("task", "tasks", "problem", "problems", "benchmark",
            "benchmarks", "challenge", "setting", "settings", "applications", "application", "pipeline", "pipelines",
            "domain", "domains", "capabilities", "capability", "accuracy", "performance", "scenarios");
    private static final int MAX_MODIFIERS = 4;

    @Override
    public String name() {
        return "task-phrases";
    }

    @Override
    public Set<String> provides() {
        return Set.of("candidates");
    }

    @Override
    public Set<String> requires() {
        return Set.of("candidates");
    }

    @Override
    public void apply(Doc doc) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> t = doc.tokens(s);
            for (int h = 1; h < t.size(); h++) {
                CoreLabel head = t.get(h);
                String w = head.word();
                // a noun, or a gerund the tagger read as a verb after a noun ("text/NN rewriting/VBG")
                if (!HEADS.contains(w) || head.tag() == null || !(head.tag().startsWith("NN")
                        || head.tag().equals("VBG") && t.get(h - 1).tag() != null && t.get(h - 1).tag().matches("NN|JJ"))) {
                    continue;
                }
                Candidate there = doc.at(s, h);
                if (there != null && (there.type != EntityType.TASK || there.tokenEnd != h + 1)) continue;
                int from = h;
                while (from > 0 && h - from < MAX_MODIFIERS && modifier(doc, s, t.get(from - 1), from - 1, there)) from--;
                if (there != null && from > there.tokenBegin) from = there.tokenBegin;
                int mods = h - from;
                // a bare activity is a task only when it is specific ("demosaicing"); a general activity with one
                // word before it only when that word classifies it ("mathematical reasoning", "SVG generation", not
                // "model reasoning")
                if (mods == 0 && !ALONE.contains(w) || mods == 1 && WEAK_HEADS.contains(w) && there == null
                        && !CLASSIFYING.contains(t.get(from).word().toLowerCase(Locale.ROOT)) && !isAcronym(t.get(from).word())) {
                    continue;
                }
                if (there != null && from == there.tokenBegin) continue; // the known task is the whole phrase
                // "an RL-based visual policy optimization framework": the phrase only modifies the thing named
                if (h + 1 < t.size() && NameShapes.headType(t.get(h + 1).word()) != null
                        && !TASK_NOUNS.contains(t.get(h + 1).word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (!presentedAsTask(doc, s, from, h + 1)) continue;
                // the phrase replaces the known tasks inside it ("3D object detection" in "monocular 3D object detection")
                Candidate c = doc.candidate(s, from, h + 1, Candidate.Source.SHAPE);
                c.type = EntityType.TASK;
                c.typedByContext = true;
                c.typeWeight = 3;
                // and the untyped acronyms that only modify it ("SVG" in "SVG generation")
                List<Candidate> inside = doc.candidates.stream().filter(o -> o.overlaps(c)
                        && (o.type == EntityType.TASK || o.type == null && o.tokenBegin >= c.tokenBegin && o.tokenEnd <= c.tokenEnd)).toList();
                doc.candidates.removeAll(inside);
                if (!doc.offer(c)) doc.candidates.addAll(inside);
            }
        }
    }

    /** A word that narrows the task: "scene", "flow", "monocular", "3D", "spatio-temporal", "LiDAR". */
    private static boolean modifier(Doc doc, int s, CoreLabel tok, int at, Candidate known) {
        Candidate c = doc.at(s, at);
        boolean unknownAcronym = c != null && c.type == null && c.tokenEnd - c.tokenBegin == 1 && isAcronym(tok.word());
        if (c != null && c != known && c.type != EntityType.TASK && !unknownAcronym) return false;
        String w = at == 0 && tok.word().length() > 1 && Character.isUpperCase(tok.word().charAt(0))
                && tok.word().substring(1).chars().noneMatch(Character::isUpperCase)
                ? tok.word().toLowerCase(Locale.ROOT) : tok.word(); // "Monocular depth estimation is ..."
        String tag = "NNP".equals(tok.tag()) && !w.equals(tok.word()) ? "NN" : tok.tag();
        if (isDimension(w)) return true;
        if (tag == null || NOT_MODIFIERS.contains(w.toLowerCase(Locale.ROOT)) || NameShapes.isGeneric(w)) return false;
        boolean lower = w.chars().noneMatch(Character::isUpperCase);
        // nouns and hyphenated words narrow a task ("scene flow", "open-world"); of plain adjectives only those
        // that classify ("monocular", "neutral", "simultaneous"), not those that praise ("excellent", "successful")
        // (any adjective opening the sentence: "Formal verification guarantees ...")
        if (lower && (tag.equals("NN") || w.contains("-") && (tag.startsWith("JJ") || tag.equals("VBN") || tag.equals("NNS"))
                || tag.startsWith("JJ") && (CLASSIFYING.contains(w) || at == 0))) {
            return w.chars().anyMatch(Character::isLetter);
        }
        // "LiDAR 3D detection", "CXR interpretation": a short acronym for a kind of data
        return (tag.equals("NNP") || tag.equals("NN")) && w.length() <= 5 && w.chars().filter(Character::isUpperCase).count() >= 2
                && (c == null || unknownAcronym);
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch));
    }

    private static boolean isDimension(String w) {
        return w.matches("[1-4][dD]|[1-4]-[dD]|6DoF|RGB-D|LiDAR|RGB");
    }

    /**
     * The phrase stands where a task stands: after "for", "in", "to", "tackles" (with a determiner or
     * adjectives between), before "task(s)" or "problem", or as the subject the abstract opens with.
     */
    private static boolean presentedAsTask(Doc doc, int s, int from, int to) {
        List<CoreLabel> t = doc.tokens(s);
        int k = from - 1;
        if (k >= 0 && Set.of("the", "a", "an").contains(t.get(k).word().toLowerCase(Locale.ROOT))) k--;
        if (k >= 0 && PURPOSE.contains(t.get(k).word().toLowerCase(Locale.ROOT))) return true;
        // "X, Y, and Z": one of a list whose first member is presented as a task
        if (k >= 0 && (t.get(k).word().equals(",") || t.get(k).word().equalsIgnoreCase("and")
                || t.get(k).word().equalsIgnoreCase("or"))) {
            Candidate before = k - 1 >= 0 ? doc.at(s, k - 1) : null;
            if (before != null && before.type == EntityType.TASK) return true;
        }
        if (to < t.size() && TASK_NOUNS.contains(t.get(to).word().toLowerCase(Locale.ROOT))) return true;
        if (to + 1 < t.size() && t.get(to).word().equals("(") && to + 3 < t.size() && t.get(to + 2).word().equals(")")
                && from == 0) {
            return true; // "Monocular 3D object detection (M3OD) is ..."
        }
        // the subject the sentence opens with: "Formal verification guarantees ...", "Monocular 3D object detection
        // offers ...", "Diabetic retinopathy screening traditionally relies ..."
        int v = to < t.size() && "RB".equals(t.get(to).tag()) ? to + 1 : to;
        return from == 0 && v < t.size() && t.get(v).tag() != null && t.get(v).tag().matches("VBZ|VBD|MD");
    }
}
