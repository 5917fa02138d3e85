package org.scikg.extract;

import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Types for candidates the vocabulary did not type, from the words around them: a head noun in the name
 * ("Waymo Open Motion Dataset") or right after it ("the LOFT benchmark"), or an apposition ("Waymax, a
 * new simulator for ..."). What stays untyped gets a type from its shape when the entity is assembled.
 */
final class Typing implements Stage {
    private final Vocabulary vocabulary;

    Typing(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    private static final int APPOSITION_WINDOW = 11;

    @Override
    public String name() {
        return "typing";
    }

    @Override
    public Set<String> provides() {
        return Set.of("types");
    }

    @Override
    public Set<String> requires() {
        return Set.of("candidates");
    }

    @Override
    public void apply(Doc doc) {
        dropNonThings(doc);
        qualifiedMeasures(doc);
        eponymPhrases(doc);
        for (Candidate c : doc.candidates) {
            if (c.typeFixed || c.type != null) continue;
            List<CoreLabel> t = doc.tokens(c.sentence);
            // Strongest first: a definition ("X, a simulator ..."), then a head noun after the name, then one in it.
            int after = afterBrackets(doc, c, t);
            int head = appositionHead(t, after);
            int weight = 4;
            if (head < 0) head = copulaHead(t, after);
            if (head < 0) {
                head = hypernym(t, c.tokenBegin);
                weight = 3;
            }
            // "the REDS validation set", "the X test split": a part of a dataset
            if (head < 0 && after + 1 < t.size() && SPLITS.contains(t.get(after).word().toLowerCase(java.util.Locale.ROOT))
                    && Set.of("set", "sets", "split", "splits").contains(t.get(after + 1).word().toLowerCase(java.util.Locale.ROOT))) {
                c.type = EntityType.DATASET;
                c.typedByContext = true;
                c.typeWeight = 2;
                continue;
            }
            // "the LOFT benchmark", "the ... (ViteVQA) task": a head noun right after the name or its bracket
            if (head < 0 && after < t.size() && NameShapes.headType(t.get(after).word()) != null) {
                head = after;
                weight = 2;
            }
            // "the egocentric dataset HD-EPIC", "the simulator Zorbit": a head noun right before the name
            if (head < 0 && c.tokenBegin >= 1 && PRE_HEADS.contains(t.get(c.tokenBegin - 1).word().toLowerCase(java.util.Locale.ROOT))
                    && Character.isUpperCase(c.surface.charAt(0))) {
                head = c.tokenBegin - 1;
                weight = 2;
            }
            // "a new dataset, ZorbSet, of ...": the head noun of the phrase the name stands in apposition to
            if (head < 0 && c.tokenBegin >= 3 && t.get(c.tokenBegin - 1).word().equals(",")
                    && Set.of("new", "novel", "a", "an", "the").contains(t.get(c.tokenBegin - 3).word().toLowerCase(java.util.Locale.ROOT))) {
                EntityType ht = NameShapes.headType(t.get(c.tokenBegin - 2).word());
                if (ht != null && ht != EntityType.MODEL && ht != EntityType.TASK && ht != EntityType.METRIC) {
                    head = c.tokenBegin - 2;
                    weight = 3;
                }
            }
            // "an extensible Python library (RDTL)": an acronym in brackets right after a head noun
            if (head < 0 && c.tokenBegin >= 2 && t.get(c.tokenBegin - 1).word().equals("(") && c.tokenEnd < t.size()
                    && t.get(c.tokenEnd).word().equals(")")) {
                EntityType ht = NameShapes.headType(t.get(c.tokenBegin - 2).word());
                if (ht == EntityType.SOFTWARE || ht == EntityType.DATASET || ht == EntityType.BENCHMARK) {
                    head = c.tokenBegin - 2;
                    weight = 2;
                }
            }
            // "DNS-Tunnel-Datasets": the last part of a hyphenated name is its head
            if (head < 0 && c.tokenEnd - c.tokenBegin == 1 && c.surface.lastIndexOf('-') > 0) {
                String part = c.surface.substring(c.surface.lastIndexOf('-') + 1);
                EntityType ht = NameShapes.headType(part);
                if (ht == EntityType.DATASET || ht == EntityType.BENCHMARK) {
                    c.type = ht;
                    c.typedByContext = true;
                    c.typeWeight = 1;
                    continue;
                }
            }
            // "four video foundation models, V-JEPA 2.1, V-JEPA 2, VideoPrism, and VideoMAEv2": a list set after a
            // plural head noun holds things of its kind
            if (head < 0) {
                int listHead = listHead(doc, c, t);
                if (listHead >= 0) {
                    head = listHead;
                    weight = 3;
                }
            }
            // "... and introduce Latent Discrepancy. This unified metric quantifies ...": the next sentence says what
            // the name that ends this one is
            if (head < 0) {
                EntityType next = nextSentenceHead(doc, c.sentence, c.tokenEnd);
                if (next != null) {
                    c.type = next;
                    c.typedByContext = true;
                    c.typeWeight = 3;
                    continue;
                }
            }
            if (head < 0 && NameShapes.headType(t.get(c.tokenEnd - 1).word()) != null) {
                head = c.tokenEnd - 1;
                weight = 1;
            }
            // "72.4 mAP and 68.1 mAPH", "27.79 dB PSNR": a one-word name right after a score is what it measures
            if (head < 0 && afterScore(t, c)) {
                c.type = EntityType.METRIC;
                c.typedByContext = true;
                c.typeWeight = 2;
                continue;
            }
            // "experiments on USCHAD, PAMAP2 and mHealth", "evaluated on X": what is evaluated on, unless a model
            if (head < 0 && evaluationPlace(t, c.tokenBegin) && byShape(c) != EntityType.MODEL) {
                c.type = EntityType.BENCHMARK;
                c.typedByContext = true;
                c.typeWeight = 2;
                continue;
            }
            EntityType type = head < 0 ? null : NameShapes.headType(t.get(head).word());
            // "the PointNet model", "BERT-based models": a name right before "model" is usually a trained model's
            if (type == EntityType.MODEL && (weight == 4 || weight == 1) && isModelWord(t.get(head).word()) && !trainedModel(c, t, head)) {
                type = EntityType.METHOD;
            }
            // "Report Arena, a benchmarking framework", "an evaluation suite": a framework for evaluating is a benchmark
            if ((type == EntityType.METHOD || type == EntityType.SOFTWARE) && head > 0
                    && Set.of("benchmarking", "evaluation").contains(t.get(head - 1).word().toLowerCase(java.util.Locale.ROOT))) {
                type = EntityType.BENCHMARK;
            }
            // a name with an evaluation suite's ending ("Trelloq-Bench", "Report Arena") is one, whatever framework it is
            if (type == EntityType.METHOD && weight < 4 && benchmarkShaped(c.name)) type = EntityType.BENCHMARK;
            c.type = type;
            c.typedByContext = type != null;
            c.typeWeight = type == null ? 0 : weight;
        }
        for (Candidate c : doc.candidates) {
            if (c.type == null && c.term == null && derivedModel(c.surface)) c.type = EntityType.MODEL;
            if (c.type == null && c.term == null) c.type = derivedData(c.surface);
        }
        byLongForm(doc);
        coordinated(doc);
        objectives(doc);
        spreadWithinNames(doc);
    }

    /**
     * The plural head noun a list holding the candidate is set after ("foundation models, A, B, and C", "benchmarks
     * such as A and B"), or -1. (Not "methods (e.g., A, B)": there a development set's gold has models.)
     */
    private static int listHead(Doc doc, Candidate c, List<CoreLabel> t) {
        // "With evaluations on the EuRoc and KITTI datasets, LSG-SLAM achieves ...": the subject of the main clause
        int next = c.tokenEnd;
        if (next < t.size() && t.get(next).tag() != null && t.get(next).tag().startsWith("RB")) next++; // "selectively invokes"
        if (next < t.size() && t.get(next).tag() != null && t.get(next).tag().matches("VBZ|VBP|VBD|MD")) return -1;
        int k = c.tokenBegin - 1;
        // back over the items before it and their separators
        while (k >= 0) {
            Candidate before = doc.at(c.sentence, k);
            String w = t.get(k).word().toLowerCase(java.util.Locale.ROOT);
            if (before != null && before != c) k = before.tokenBegin - 1;
            else if (w.equals(",") && k >= 1 && (doc.at(c.sentence, k - 1) != null)) k--;
            else if (w.equals("and") || w.equals("or")) k--;
            else break;
        }
        // the list starts with an item right after what sets it off ("the 2D pose datasets, and Motion Synthesis
        // Module" starts none)
        if (k < 1 || doc.at(c.sentence, k + 1) == null) return -1;
        String w = t.get(k).word().toLowerCase(java.util.Locale.ROOT);
        int head;
        if (w.equals(",") || w.equals(":")) head = k - 1;
        else if (w.equals("including") || w.equals("like")) head = k - 1;
        else if (w.equals("as") && t.get(k - 1).word().equalsIgnoreCase("such")) head = k - 2;
        else return -1;
        if (head < 0 || !"NNS".equals(t.get(head).tag())) return -1;
        EntityType type = NameShapes.headType(t.get(head).word());
        return type == null || type == EntityType.TASK || type == EntityType.METRIC ? -1 : head;
    }

    /**
     * The type the next sentence's opening "This (adjectives) head" gives a name that ends the sentence before it
     * ("... introduce Latent Discrepancy. This unified metric ..."), or null.
     */
    static EntityType nextSentenceHead(Doc doc, int s, int end) {
        List<CoreLabel> t = doc.tokens(s);
        if (end < t.size() && t.get(end).word().equals(")")) end++;
        if (end + 1 != t.size() || !t.get(end).word().equals(".") || s + 1 >= doc.sentences.size()) return null;
        List<CoreLabel> n = doc.tokens(s + 1);
        if (n.isEmpty() || !n.get(0).word().equals("This")) return null;
        int head = -1;
        for (int k = 1; k < n.size() && k < 6; k++) {
            String tag = n.get(k).tag();
            if (tag == null || !(tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBN") || tag.equals("HYPH"))) break;
            if (NameShapes.headType(n.get(k).word()) != null) head = k; // "metric" is often tagged an adjective
        }
        EntityType type = head < 0 ? null : NameShapes.headType(n.get(head).word());
        // "This model", "This system": read as a method, unless a trained model or a software package is meant,
        // which this one sentence cannot tell
        return type == EntityType.MODEL || type == EntityType.SOFTWARE && n.get(head).word().startsWith("system")
                ? EntityType.METHOD : type;
    }

    /** Head nouns that type the name right after them: "the dataset HD-EPIC", "the benchmark X". */
    private static final Set<String> PRE_HEADS = Set.of("dataset", "benchmark", "corpus", "library", "toolkit", "simulator");
    private static final Set<String> MEASURE_WORDS = Set.of("score", "rate", "accuracy", "error", "distance",
            "variance", "persistence", "concentration", "ratio", "index", "precision", "recall", "similarity", "f1",
            "gain", "loss-rate", "consistency", "fidelity");
    private static final Set<String> DATA_WORDS = Set.of("data", "dataset", "database", "corpus", "collection");
    /** Long forms that name a condition, a thing in the world or a format, not something the graph is about. */
    private static final Set<String> WORLD_WORDS = Set.of("disorder", "disease", "diseases", "syndrome", "cancer",
            "attachment", "x-ray", "x-rays", "graphics", "array", "enumeration", "project", "scan", "scans", "imaging",
            "tomography", "signal", "signals", "protocol", "format", "language", "code", "codes", "users", "user",
            "participants", "patients", "people", "personas", "sensor", "sensors", "camera", "cameras", "device",
            "devices", "chip", "processor", "hardware", "diode", "diodes");

    /**
     * "Major depressive disorder (MDD)", "identity persistence (IP)", "Dysarthric speech recognition (DSR)":
     * an acronym nothing else typed takes its kind from the last word of its long form; one whose long form
     * names a condition or an everyday thing is no entity at all.
     */
    private static final Set<String> SMALL_WORDS = Set.of("of", "for", "and", "the", "to", "in", "on", "with", "a", "an");

    private static void byLongForm(Doc doc) {
        for (Candidate def : List.copyOf(doc.candidates)) {
            if (def.source != Candidate.Source.DEFINITION || def.term != null || def.tokenEnd - def.tokenBegin < 2) continue;
            String last = doc.word(def.sentence, def.tokenEnd - 1).toLowerCase(java.util.Locale.ROOT);
            // a task's long form is lower-case after its first word; Title Case names a technique ("Neural
            // Differential Information Gain Optimisation", "Chain of Correction")
            boolean titleCase = java.util.stream.IntStream.range(def.tokenBegin + 1, def.tokenEnd)
                    .mapToObj(k -> doc.word(def.sentence, k))
                    .filter(w -> Character.isLetter(w.charAt(0)) && !SMALL_WORDS.contains(w))
                    .allMatch(w -> Character.isUpperCase(w.charAt(0)));
            EntityType type = TaskPhrases.HEADS.contains(last) && !TaskPhrases.WEAK_HEADS.contains(last) && !titleCase
                    ? EntityType.TASK
                    : MEASURE_WORDS.contains(last) ? EntityType.METRIC
                    : DATA_WORDS.contains(last) ? EntityType.DATASET : null;
            String key = Names.key(def.name);
            if (type == null && WORLD_WORDS.contains(last)) {
                if (doc.candidates.stream().anyMatch(c -> Names.key(c.name).equals(key) && c.type == null && !c.typeFixed)) {
                    doc.notNames.add(key);
                }
                doc.candidates.removeIf(c -> Names.key(c.name).equals(key) && c.term == null);
            } else if (type != null) {
                for (Candidate c : doc.candidates) {
                    if (!Names.key(c.name).equals(key) || c.type != null || c.typeFixed) continue;
                    c.type = type;
                    c.typedByContext = true;
                    c.typeWeight = 3;
                }
            }
        }
    }

    /**
     * "MedGemma", "LLaVA-Rad", "VideoLLaMA": one word that joins a known model's name to another part names a
     * model derived from it (a domain or task adaptation), when nothing else typed it.
     */
    private boolean derivedModel(String name) {
        if (name.indexOf(' ') >= 0) return false;
        String[] parts = name.split("-|(?<=\\p{Ll})(?=\\p{Lu})");
        for (int k = 1; k < parts.length; k++) {
            String head = String.join("", java.util.Arrays.copyOfRange(parts, 0, k));
            String tail = String.join("", java.util.Arrays.copyOfRange(parts, k, parts.length));
            if (knownModel(head) || knownModel(tail)) return true;
        }
        return false;
    }

    /**
     * "Cityscapes-C", "ImageNet-R": a known dataset or benchmark with a capitalised suffix joined by a hyphen is a
     * version of it (corrupted, rendered, a subset) of the same type; else null.
     */
    private EntityType derivedData(String name) {
        int dash = name.lastIndexOf('-');
        if (name.indexOf(' ') >= 0 || dash < 3 || dash == name.length() - 1 || !Character.isUpperCase(name.charAt(dash + 1))) {
            return null;
        }
        return vocabulary.lookup(name.substring(0, dash)).map(Term::type)
                .filter(t -> t == EntityType.DATASET || t == EntityType.BENCHMARK).orElse(null);
    }

    private boolean knownModel(String part) {
        return part.length() >= 4 && Character.isUpperCase(part.charAt(0))
                && vocabulary.lookup(part).filter(t -> t.type() == EntityType.MODEL).isPresent();
    }

    private static final Set<String> OBJECTIVE_VERBS = Set.of("use", "optimize", "optimise", "minimize", "minimise",
            "maximize", "maximise", "employ", "adopt", "penalize", "penalise", "regularize", "regularise");
    private static final java.util.regex.Pattern DIVERGENCE = java.util.regex.Pattern.compile(
            "(?i).*\\b(divergence|KL|distance|loss)$");

    /**
     * "We use the Jeffreys divergence", "optimizing alternative divergences, such as reverse KL": a measure
     * between distributions that the paper optimises is a training objective, a Method, not a Metric, even
     * where the vocabulary lists it as a measure (a divergence is both; the context says which is meant).
     */
    private static void objectives(Doc doc) {
        Set<String> objectives = new java.util.HashSet<>();
        for (Candidate c : doc.candidates) {
            if (c.type != EntityType.METRIC || !DIVERGENCE.matcher(c.name).matches()) continue;
            List<CoreLabel> t = doc.tokens(c.sentence);
            for (int k = c.tokenBegin - 1; k >= 0 && k >= c.tokenBegin - 8; k--) {
                String w = t.get(k).word();
                if (w.equals(".") || w.equals(";")) break;
                String lemma = t.get(k).lemma() == null ? w : t.get(k).lemma();
                if (OBJECTIVE_VERBS.contains(lemma.toLowerCase(java.util.Locale.ROOT))) {
                    objectives.add(Names.key(c.name));
                    break;
                }
            }
        }
        for (Candidate c : doc.candidates) {
            if (!objectives.contains(Names.key(c.name))) continue;
            c.type = EntityType.METHOD;
            c.typeWeight = 4;
            c.typedByContext = true;
        }
    }

    /**
     * "Lewis signaling games ... in Lewis games", "the Gompertz growth model": a lone capitalised word followed
     * by lower-case words and a head noun that types them is the first word of a name that runs to the head;
     * where the abstract shortens it to the word and the head alone, that is the same name.
     */
    private static void eponymPhrases(Doc doc) {
        java.util.Map<String, Candidate> longest = new java.util.HashMap<>();
        List<Candidate> phrases = new java.util.ArrayList<>();
        Set<String> words = new java.util.HashSet<>();
        for (Candidate c : doc.candidates) {
            if (c.weak && c.term == null && c.tokenEnd - c.tokenBegin == 1) words.add(c.surface);
        }
        if (words.isEmpty()) return;
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> t = doc.tokens(s);
            for (int i = 0; i < t.size(); i++) {
                // the word, alone as a candidate or where nothing covers it (a sentence may start with it)
                Candidate at = doc.at(s, i);
                if (!words.contains(t.get(i).word()) || at != null && !(at.term == null && at.tokenBegin == i && at.tokenEnd == i + 1)) {
                    continue;
                }
                int j = i + 1;
                while (j < t.size() && j < i + 3 && lowerNoun(t.get(j)) && NameShapes.headType(t.get(j).word()) == null) j++;
                if (j >= t.size() || NameShapes.headType(t.get(j).word()) == null || !Character.isLowerCase(t.get(j).word().charAt(0))) {
                    continue;
                }
                Candidate phrase = doc.candidate(s, i, j + 1, Candidate.Source.SHAPE);
                phrase.type = typeOfHead(phrase, t, j); // "the Gompertz growth model" is a technique, not a trained model
                phrase.typedByContext = true;
                phrase.typeWeight = 2;
                String key = t.get(i).word().toLowerCase(java.util.Locale.ROOT) + " " + t.get(j).word().toLowerCase(java.util.Locale.ROOT);
                phrases.add(phrase);
                if (j > i + 1) {
                    Candidate best = longest.get(key);
                    if (best == null || phrase.tokenEnd - phrase.tokenBegin > best.tokenEnd - best.tokenBegin) longest.put(key, phrase);
                }
            }
        }
        for (Candidate phrase : phrases) {
            List<CoreLabel> t = doc.tokens(phrase.sentence);
            String key = t.get(phrase.tokenBegin).word().toLowerCase(java.util.Locale.ROOT) + " "
                    + t.get(phrase.tokenEnd - 1).word().toLowerCase(java.util.Locale.ROOT);
            Candidate best = longest.get(key);
            if (best == null) continue; // "Zorblax models": the head types the name; it is not part of it
            doc.candidates.removeIf(c -> c.sentence == phrase.sentence && c.tokenBegin == phrase.tokenBegin && c.tokenEnd == phrase.tokenBegin + 1);
            phrase.name = best.surface;
            doc.offer(phrase);
        }
    }

    private static boolean lowerNoun(CoreLabel tok) {
        String tag = tok.tag();
        return tag != null && (tag.equals("NN") || tag.startsWith("JJ") || tag.equals("VBG"))
                && Character.isLowerCase(tok.word().charAt(0));
    }

    private static final Set<String> SPLITS = Set.of("validation", "test", "training", "train", "dev", "development",
            "evaluation", "held-out");

    private static final Set<String> EVALUATION_WORDS = Set.of("experiments", "experiment", "evaluated", "evaluate",
            "evaluation", "evaluations", "results", "tested", "benchmarked", "validated", "accuracy", "performance");

    /** "Experiments on X", "evaluated on X", "results on X": a name right after such words and "on". */
    private static boolean evaluationPlace(List<CoreLabel> t, int begin) {
        int k = begin - 1;
        if (k >= 0 && t.get(k).word().equalsIgnoreCase("the")) k--;
        // "On VIPSeg, we show ...": a sentence that opens with where its results come from
        if (k == 0 && t.get(0).word().equals("On") && t.stream().anyMatch(x -> x.word().equals(","))) return true;
        if (k < 1 || !t.get(k).word().equalsIgnoreCase("on")) return false;
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            if (EVALUATION_WORDS.contains(t.get(j).word().toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    /** Head nouns of what the guidelines keep out of the graph: languages, places, organisations, people. */
    private static final Set<String> NON_THINGS = Set.of("language", "languages", "dialect", "dialects", "company",
            "startup", "organization", "organisation", "university", "institute", "laboratory", "lab", "country",
            "city", "region", "province", "hospital", "agency", "person", "researcher", "author", "tribe", "village");

    /**
     * "Kalamang, a language with fewer than 200 speakers": a name the vocabulary does not know, defined by an
     * apposition or copula whose head noun is a language, place, organisation or person, is no entity, nor is
     * any other mention of it.
     */
    /** Measures named by one general word, which a noun before them makes the measure of something else. */
    static final Set<String> GENERAL_MEASURES = Set.of("accuracy", "precision", "recall", "latency");

    /**
     * "improves tracking accuracy", "the decoding accuracy", "high localization precision": a general measure that a
     * common noun qualifies is that activity's quality as the paper describes it, not the named measure; a mention
     * of it alone ("93.6% accuracy", "high accuracy") still names the measure.
     */
    private static void qualifiedMeasures(Doc doc) {
        doc.candidates.removeIf(c -> {
            if (c.term == null || c.tokenEnd - c.tokenBegin != 1 || !GENERAL_MEASURES.contains(c.surface.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            List<CoreLabel> t = doc.tokens(c.sentence);
            int k = c.tokenBegin - 1;
            if (k < 0 || t.get(k).tag() == null || !t.get(k).tag().matches("NNS?|VBG")) return false;
            String w = t.get(k).word();
            return Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter) && doc.at(c.sentence, k) == null;
        });
    }

    private static void dropNonThings(Doc doc) {
        Set<String> out = new java.util.HashSet<>();
        for (Candidate c : doc.candidates) {
            if (c.term != null) continue;
            List<CoreLabel> t = doc.tokens(c.sentence);
            int k = c.tokenEnd;
            if (k < t.size() && (t.get(k).word().equals(",") || t.get(k).word().equals("("))) {
                k++;
            } else if (k < t.size() && Set.of("is", "was").contains(t.get(k).word())) {
                k++;
            } else {
                continue;
            }
            // "X, a language ...": a determiner opens the definition ("HorusEye, Language as ..." is a title)
            if (k >= t.size() || !Set.of("a", "an", "the").contains(t.get(k).word().toLowerCase(java.util.Locale.ROOT))) continue;
            k++;
            while (k < t.size() && t.get(k).tag() != null && (t.get(k).tag().startsWith("JJ") || t.get(k).tag().startsWith("RB")
                    || t.get(k).tag().equals("HYPH"))) k++;
            int head = -1;
            while (k < t.size() && t.get(k).tag() != null && t.get(k).tag().startsWith("NN")) head = k++;
            if (head >= 0 && NON_THINGS.contains(t.get(head).word())) out.add(Names.key(c.name));
        }
        if (!out.isEmpty()) doc.candidates.removeIf(c -> c.term == null && out.contains(Names.key(c.name)));
    }

    /**
     * "on MuSiQue, TwoWiki, and HotpotQA": a name listed with typed names (by commas, "and", "or") takes
     * their type when nothing else typed it.
     */
    private static void coordinated(Doc doc) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<Candidate> here = doc.inSentence(s);
            List<CoreLabel> t = doc.tokens(s);
            for (int k = 0; k < here.size(); k++) {
                Candidate c = here.get(k);
                if (c.type != null || c.typeFixed) continue;
                java.util.Map<EntityType, Integer> votes = new java.util.EnumMap<>(EntityType.class);
                // "For driving in NAVSIM, DiffSemanticFusion achieves ...": a name after a comma that a verb follows
                // starts the main clause; it is not the last of a list
                boolean clauseSubject = c.tokenEnd < t.size() && t.get(c.tokenEnd).tag() != null
                        && t.get(c.tokenEnd).tag().matches("VBZ|VBP|VBD|MD") && c.tokenBegin > 0
                        && t.get(c.tokenBegin - 1).word().equals(",");
                // "On ModelNet40, Zorbix-S with ... achieves": the comma after a sentence's opening phrase sets the
                // phrase off; a list goes on past the name ("On A, B, and C, ...")
                boolean setOff = k == 1 && here.get(0).tokenBegin <= 2 && "IN".equals(t.get(0).tag())
                        && c.tokenBegin == here.get(0).tokenEnd + 1 && t.get(c.tokenBegin - 1).word().equals(",")
                        && !(k + 1 < here.size() && joined(t, c.tokenEnd, here.get(k + 1).tokenBegin));
                // "(1) A for text recognition, (2) B for ...": the item before ends with its purpose, no sibling of B
                boolean newItem = k > 0 && Introductions.itemStart(t, c.tokenBegin) && !Introductions.itemStart(t, here.get(k - 1).tokenBegin);
                if (k > 0 && !clauseSubject && !setOff && !newItem && joined(t, here.get(k - 1).tokenEnd, c.tokenBegin) && here.get(k - 1).type != null
                        && here.get(k - 1).typeWeight + (here.get(k - 1).typeFixed ? 1 : 0) > 0) {
                    votes.merge(here.get(k - 1).type, 1, Integer::sum);
                }
                if (k + 1 < here.size() && joined(t, c.tokenEnd, here.get(k + 1).tokenBegin) && here.get(k + 1).type != null
                        && here.get(k + 1).typeWeight + (here.get(k + 1).typeFixed ? 1 : 0) > 0) {
                    votes.merge(here.get(k + 1).type, 1, Integer::sum);
                }
                if (!votes.isEmpty()) {
                    c.type = java.util.Collections.max(votes.entrySet(), java.util.Map.Entry.comparingByValue()).getKey();
                    c.typeWeight = 3;
                    c.typedByContext = true;
                }
            }
        }
    }

    /**
     * Only list separators between two token positions (",", "and", "or", ", and"), with bracketed asides such
     * as scores or citations beside them ("MVBench (+2.15), PerceptionTest (+1.88)").
     */
    private static boolean joined(List<CoreLabel> t, int from, int to) {
        if (to <= from || to - from > 12) return false;
        int depth = 0;
        boolean separator = false;
        for (int i = from; i < to; i++) {
            String w = t.get(i).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("(") || w.equals("-lrb-")) {
                depth++;
            } else if (w.equals(")") || w.equals("-rrb-")) {
                depth--;
            } else if (depth == 0) {
                if (!w.equals(",") && !w.equals("and") && !w.equals("or")) return false;
                separator = true;
            }
        }
        return depth == 0 && (separator || to - from <= 2);
    }

    /**
     * Every mention of one name gets the type its context gave any of them (the most frequent such type),
     * else a type from its shape, so that later stages see the type the entity will have.
     */
    private static void spreadWithinNames(Doc doc) {
        java.util.Map<String, java.util.Map<EntityType, Integer>> votes = new java.util.HashMap<>();
        for (Candidate c : doc.candidates) {
            if (c.type != null) votes.computeIfAbsent(Names.key(c.name), k -> new java.util.EnumMap<>(EntityType.class))
                    .merge(c.type, c.typeFixed ? 100 : Math.max(1, c.typeWeight), Integer::sum);
        }
        for (Candidate c : doc.candidates) {
            if (c.typeFixed) continue;
            var v = votes.get(Names.key(c.name));
            c.type = v == null ? byShape(c) : java.util.Collections.max(v.entrySet(), java.util.Map.Entry.comparingByValue()).getKey();
        }
    }

    /** A size (7B, 350M), a version after a name (2.5, v3, Llama4), or a model-like ending (LM, GPT, Net-50). */
    private static final java.util.regex.Pattern MODEL_SHAPE = java.util.regex.Pattern.compile(
            "[-\\s]\\d+(\\.\\d+)?[BMKbm]\\b|\\s(v?\\d+(\\.\\d+)*)(\\s|$)|-v?\\d+\\.\\d+|LM\\b|VLA\\b|GPT|Net-?\\d"
                    // a size letter after a hyphen: "DiT-XL", "ViT-L/14"
                    + "|-(XXL|XL|L|B|S|H|G)(/\\d+)?$"
                    // a release number run on to a word of three letters or more: "Llama4", "Gemma3", "InternVL3", "SAM2"
                    + "|^\\p{Lu}\\p{L}{2,}\\d+(\\.\\d+)?(\\s|$)");

    /** "MABe 2022", "WMT 2014": a name with a year is an evaluation event, a challenge or shared task. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\s(19|20)\\d{2}$");

    /** "VCReward-Bench", "HumanEval", "HotpotQA", "Chatbot Arena": endings that name an evaluation suite. */
    /** A one-word name after a number with a decimal point or a percent sign (and a unit), not before a noun. */
    private static boolean afterScore(List<CoreLabel> t, Candidate c) {
        if (c.tokenEnd - c.tokenBegin != 1 || c.tokenBegin < 1) return false;
        int k = c.tokenBegin - 1;
        if (Set.of("dB", "%", "pp", "points").contains(t.get(k).word()) && k >= 1) k--;
        String w = t.get(k).word();
        if (!"CD".equals(t.get(k).tag()) || !w.matches("\\d+\\.\\d+%?|\\d+%")) return false;
        // "Gemini 3.1 Flash-Lite": the number is a version inside a name; "13.5 KB": a unit
        if (k >= 1 && Character.isUpperCase(t.get(k - 1).word().charAt(0)) || Set.of("KB", "MB", "GB", "TB", "K", "M", "B")
                .contains(c.surface)) {
            return false;
        }
        return c.tokenEnd >= t.size() || t.get(c.tokenEnd).tag() == null || !t.get(c.tokenEnd).tag().startsWith("NN");
    }

    private static final java.util.regex.Pattern BENCHMARK_SHAPE = java.util.regex.Pattern.compile(
            "(Bench|Benchmark|Eval|(?<!I)QA|Arena)(-?\\d+(\\.\\d+)?)?$");

    /** A capitalised name with an evaluation suite's ending ("Trelloq-Bench", "HumanEval"). */
    static boolean benchmarkShaped(String name) {
        return Character.isUpperCase(name.charAt(0)) && name.length() > 4 && BENCHMARK_SHAPE.matcher(name).find();
    }

    /** "OccScore", "FaceSim", "CLIP-Score", "ViCLIP-Sim": one word ending in a measure's name is a metric. */
    private static final java.util.regex.Pattern METRIC_SHAPE = java.util.regex.Pattern.compile(
            "^\\S+(?<=[\\p{Ll}\\d-])(Score|Sim|Acc|Rate)$");

    static EntityType byShape(Candidate c) {
        if (YEAR.matcher(c.name).find() || BENCHMARK_SHAPE.matcher(c.name).find()) return EntityType.BENCHMARK;
        if (METRIC_SHAPE.matcher(c.name).find()) return EntityType.METRIC;
        return c.familyOf != null || MODEL_SHAPE.matcher(c.name).find() ? EntityType.MODEL : EntityType.METHOD;
    }

    /**
     * Where the words about a name start: after a closing bracket that ends its definition ("Long Form
     * (ACR), a simulator"), or after a bracketed long form that follows it ("ACR (Long Form), an ecosystem").
     */
    private static int afterBrackets(Doc doc, Candidate c, List<CoreLabel> t) {
        int k = c.tokenEnd;
        // "(ACR), a simulator": past the bracket only when the name fills it, not for the last of a list in it
        // ("(e.g., 57.75% over MedGemma and CheXagent) tasks")
        if (k < t.size() && t.get(k).word().equals(")")) {
            return c.tokenBegin > 0 && t.get(c.tokenBegin - 1).word().equals("(") ? k + 1 : k;
        }
        if (k + 1 < t.size() && t.get(k).word().equals("(") && doc.at(c.sentence, k + 1) != null) {
            for (int j = k + 1; j < t.size() && j < k + 15; j++) {
                if (t.get(j).word().equals(")")) return j + 1;
            }
        }
        return k;
    }

    /** "Reverb is an efficient and extensible system for ...": a definition by copula; the head's index or -1. */
    static int copulaHead(List<CoreLabel> t, int after) {
        if (after + 1 >= t.size() || !Set.of("is", "was").contains(t.get(after).word())) return -1;
        String det = t.get(after + 1).word().toLowerCase();
        if (!Set.of("a", "an", "the").contains(det)) return -1;
        for (int j = after + 2; j < t.size() && j < after + 2 + APPOSITION_WINDOW; j++) {
            CoreLabel tok = t.get(j);
            if (NameShapes.headType(tok.word()) != null) return j;
            if (!modifier(tok.tag())) return -1;
        }
        return -1;
    }

    static EntityType copula(List<CoreLabel> t, int after) {
        int h = copulaHead(t, after);
        return h < 0 ? null : NameShapes.headType(t.get(h).word());
    }

    /**
     * "benchmarks such as X", "datasets like X", "methods including X" (a Hearst pattern), "benchmarks: X",
     * "four benchmarks X, Y and Z": the plural head
     * noun before the list that X opens, or -1. Later members of the list take X's type by coordination.
     */
    static int hypernym(List<CoreLabel> t, int begin) {
        int k = begin - 1;
        if (k >= 0 && t.get(k).word().equals(",")) k--;
        if (k >= 1 && t.get(k).word().equalsIgnoreCase("as") && t.get(k - 1).word().equalsIgnoreCase("such")) {
            k -= 2;
        } else if (k >= 0 && Set.of("like", "including").contains(t.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
            k -= 1;
        } else if (k >= 0 && t.get(k).word().equals(":")) {
            k -= 1; // "four benchmarks: X, Y and Z"
        } else if (!(k >= 0 && k == begin - 1)) {
            return -1; // "four mainstream benchmarks LiDARHuman26M, FreeMotion and SLOPER4D": the head right before
        }
        if (k >= 0 && t.get(k).word().equals(",")) k--;
        String head = k >= 0 ? t.get(k).word() : "";
        return NameShapes.headType(head) != null && head.endsWith("s") && !head.endsWith("ss") ? k : -1;
    }

    /** The type a definition's head noun gives a name, "model" read as Method unless a trained model is meant. */
    static EntityType typeOfHead(Candidate c, List<CoreLabel> t, int head) {
        EntityType type = NameShapes.headType(t.get(head).word());
        if (type == EntityType.MODEL && isModelWord(t.get(head).word()) && !trainedModel(c, t, head)) return EntityType.METHOD;
        return type;
    }

    /** Head nouns that name a trained artifact only with the words of one: a model, a network, an encoder. */
    private static boolean isModelWord(String w) {
        return Set.of("model", "models", "network", "networks", "encoder", "detector").contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Words that make "model" a trained artifact (the guidelines' Model: Gemma, "a family of open models",
     * "a multimodal mixture-of-experts model") rather than a modelling technique, which they count as a
     * Method ("a multi-scale representation learning model", "a geometric horizon model").
     */
    private static final Set<String> ARTIFACT_CUES = Set.of("language", "foundation",
            "vision-language", "visual-language", "video-language", "audio-language", "speech", "open", "open-source",
            "open-weight", "pretrained", "pre-trained", "instruction-tuned", "chat", "mixture-of-experts", "moe",
            "frontier", "flagship", "llm", "llms", "vlm", "vlms", "reasoning", "family", "series",
            "suite", "parameters", "parameter", "billion", "checkpoints", "weights");
    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?[BMK]|\\d+(\\.\\d+)?-?billion");

    /**
     * Whether "model" typing a name means a trained model: the name has a model's shape (a family, a version,
     * a size, any digit: "M1", "Qwen2.5-Math"), or the words of its definition, or a size in the same sentence,
     * say so.
     */
    private static boolean trainedModel(Candidate c, List<CoreLabel> t, int head) {
        if (c.familyOf != null || MODEL_SHAPE.matcher(c.name).find() || c.name.chars().anyMatch(Character::isDigit)) return true;
        int from = Math.max(0, Math.min(head, c.tokenBegin) - 3);
        for (int j = from; j < head; j++) {
            if (ARTIFACT_CUES.contains(t.get(j).word().toLowerCase(java.util.Locale.ROOT))) return true;
        }
        for (CoreLabel tok : t) {
            String w = tok.word().toLowerCase(java.util.Locale.ROOT);
            if (SIZE.matcher(tok.word()).matches() || w.equals("parameters") || w.equals("billion")) return true;
        }
        return false;
    }

    /** Words that may stand between a determiner and its head noun: "an efficient, extensible, and easy to use system". */
    private static boolean modifier(String tag) {
        return tag != null && (tag.startsWith("NN") || tag.startsWith("JJ") || tag.startsWith("VBN") || tag.equals("VBG")
                || tag.equals("HYPH") || tag.equals("CD") || tag.equals("CC") || tag.equals(",") || tag.startsWith("RB")
                || tag.equals("VB") || tag.equals("TO"));
    }

    /** "X, a new benchmark of ..." or "X (a simulator ...)": the first head noun in the phrase after X, or -1. */
    static int appositionHead(List<CoreLabel> t, int after) {
        if (after + 1 >= t.size()) return -1;
        String sep = t.get(after).word();
        if (!sep.equals(",") && !sep.equals("(") && !sep.equals(":")) return -1;
        // "X (model and dataset are available online)": a bracket that holds a clause says nothing of what X is
        if (sep.equals("(")) {
            for (int j = after + 1; j < t.size() && !t.get(j).word().equals(")"); j++) {
                if (t.get(j).tag() != null && t.get(j).tag().matches("VBZ|VBP|VBD|MD")) return -1;
            }
        }
        int k = after + 1;
        if (k < t.size() && Set.of("a", "an", "the", "our").contains(t.get(k).word().toLowerCase())) k++;
        for (int j = k; j < t.size() && j < after + APPOSITION_WINDOW; j++) {
            CoreLabel tok = t.get(j);
            if (NameShapes.headType(tok.word()) != null) {
                // "an open-source contrastive VLM benchmark": the last noun of the compound is its head
                while (j + 1 < t.size() && NameShapes.headType(t.get(j + 1).word()) != null
                        && t.get(j + 1).tag() != null && t.get(j + 1).tag().startsWith("NN")) {
                    j++;
                }
                // "an MLLM Identity Director": a head noun that only modifies a longer compound types nothing
                boolean modifies = j + 1 < t.size() && t.get(j + 1).tag() != null && t.get(j + 1).tag().startsWith("NN")
                        && Character.isLetter(t.get(j + 1).word().charAt(0));
                return modifies ? -1 : j;
            }
            // "a family of open models", "a series of vision-language models": the head is what the group holds
            if (GROUPS.contains(tok.word().toLowerCase(java.util.Locale.ROOT)) && j + 1 < t.size()
                    && t.get(j + 1).word().equals("of")) {
                j++;
                // "an expanded version of the corpus"
                if (j + 1 < t.size() && Set.of("the", "a", "an").contains(t.get(j + 1).word().toLowerCase(java.util.Locale.ROOT))) j++;
                continue;
            }
            if (!modifier(tok.tag())) return -1;
        }
        return -1;
    }

    private static final Set<String> GROUPS = Set.of("family", "series", "herd", "line", "set", "pair", "version",
            "extension", "subset", "expansion", "variant", "collection");

    static EntityType apposition(List<CoreLabel> t, int after) {
        int h = appositionHead(t, after);
        return h < 0 ? null : NameShapes.headType(t.get(h).word());
    }
}
