package org.scikg.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What names look like: token shapes, words that are never names, and head nouns that give a type. */
final class NameShapes {
    private static final Pattern SIZE = Pattern.compile("\\d+(\\.\\d+)?[KMBT]?|\\d+(\\.\\d+)?[xX%]|\\d{4}[a-z]?");
    /** "v2", "V1.5": a version without the name it belongs to. */
    private static final Pattern BARE_VERSION = Pattern.compile("[vV]\\d+(\\.\\d+)*");
    // (a trailing "s" or "x" is a measurement, not a release: "0.92s", "2.5x")
    private static final Pattern VERSION = Pattern.compile("(v|V)?\\d+(\\.\\d+)*[a-rt-wyz]?|\\d+(\\.\\d+)?[BMK]|[A-Z]\\d*");
    /** Acronyms and capitalised words that name no specific thing. */
    private static final Set<String> GENERIC = Set.of(
            "ai", "ml", "nlp", "cv", "rl", "llm", "llms", "lm", "lms", "vlm", "vlms", "mllm", "mllms", "lvlm", "lvlms",
            "gpu", "gpus", "tpu", "tpus", "cpu", "cpus", "api", "apis", "sota", "us", "uk", "eu", "phd", "2d", "3d", "4d",
            "nn", "dnn", "dnns", "cnn", "cnns", "rnn", "rnns", "gnn", "gnns", "iid", "i.i.d", "io", "ui", "id", "ood",
            "url", "pdf", "html", "json", "sql", "ii", "iii", "iv", "vs", "e.g", "i.e", "etc", "fps", "gb", "tb", "mb",
            "ram", "agi", "qa", "faq", "rgb", "rgb-d", "lidar", "ar", "vr", "iot", "hci", "ner", "pos", "ocr",
            "1-d", "2-d", "3-d", "4-d", "1d", "n-gram", "n-grams", "x", "y", "dl", "kg", "kgs", "5g", "6g",
            "a100", "h100", "h200", "h800", "a800", "v100", "b200", "gpt-based",
            // interfaces, units, degrees of freedom, recording modalities and molecules: not things a paper makes
            "cli", "rest", "gui", "sdk", "http", "https", "dof", "3dof", "6dof", "3-dof",
            "6-dof", "dna", "rna", "eeg", "meg", "fmri", "smri", "dti", "mri", "ecg", "emg", "mocap", "vla", "vlas", "lalm", "lalms",
            "slm", "slms", "npu", "npus", "fpga", "fpgas", "asic", "rtx", "gtx", "jetson");
    private static final Set<String> NOT_NAMES = Set.of(
            "we", "our", "the", "this", "these", "that", "it", "in", "on", "for", "with", "however", "moreover",
            "furthermore", "additionally", "finally", "specifically", "notably", "code", "github", "english",
            "chinese", "google", "deepmind", "openai", "meta", "microsoft", "anthropic", "nvidia", "amazon", "apple",
            "facebook", "ibm", "baidu", "alibaba", "tencent", "huawei", "huggingface", "stanford", "berkeley", "mit", "cmu",
            "university", "et", "al", "al.", "figure", "table", "section", "appendix", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december",
            // languages and places: what a corpus is about or where it comes from, never a named model or method
            "spanish", "french", "german", "japanese", "korean", "arabic", "hindi", "bengali", "urdu", "swahili",
            "hausa", "yoruba", "igbo", "amharic", "basque", "catalan", "portuguese", "russian", "italian", "dutch",
            "vietnamese", "indonesian", "turkish", "persian", "wolof", "tamil", "telugu", "thai", "greek", "hebrew",
            "polish", "ukrainian", "india", "china", "japan", "korea", "germany", "france", "spain", "italy",
            "brazil", "canada", "australia", "africa", "europe", "asia", "america", "bangladesh", "bolivia",
            "nigeria", "kenya", "pakistan", "indonesia", "mexico", "russia", "iran", "egypt", "ethiopia", "ghana",
            "uganda", "vietnam", "singapore", "taiwan", "switzerland", "netherlands", "sweden", "norway",
            "bengal", "sanskrit", "latin", "mandarin", "cantonese", "punjabi", "marathi", "gujarati", "nepali",
            "african", "european", "asian", "american", "finnish", "swedish", "norwegian", "danish", "czech",
            "hungarian", "romanian", "estonian", "latvian", "lithuanian", "icelandic", "irish", "welsh", "canadian",
            "australian", "brazilian", "mexican", "nigerian", "kenyan", "ethiopian", "egyptian", "iranian", "indian",
            "pakistani", "taiwanese", "malay", "filipino", "tagalog", "javanese", "khmer", "burmese", "mongolian",
            "kazakh", "uzbek", "georgian", "armenian", "albanian", "serbian", "croatian", "slovak", "slovenian",
            "bulgarian", "mediatek", "qualcomm", "samsung", "intel", "amd", "xiaomi", "sony", "bytedance",
            "clinicians", "participants", "patients", "researchers", "practitioners", "annotators", "experts",
            // programming languages: what a library is written in ("a Python library (RDTL)"), not what it is
            "python", "javascript", "typescript", "matlab",
            // a placeholder for an address: "publicly available at LINK"
            "link", "url");
    /** Head nouns that type the name before them or in apposition to them. */
    static final Map<String, EntityType> HEADS = Map.ofEntries(
            Map.entry("benchmark", EntityType.BENCHMARK), Map.entry("benchmarks", EntityType.BENCHMARK),
            Map.entry("suite", EntityType.BENCHMARK), Map.entry("challenge", EntityType.BENCHMARK),
            Map.entry("leaderboard", EntityType.BENCHMARK), Map.entry("environment", EntityType.BENCHMARK),
            Map.entry("environments", EntityType.BENCHMARK), Map.entry("games", EntityType.BENCHMARK),
            Map.entry("testbed", EntityType.BENCHMARK), Map.entry("arena", EntityType.BENCHMARK),
            Map.entry("dataset", EntityType.DATASET), Map.entry("datasets", EntityType.DATASET),
            Map.entry("corpus", EntityType.DATASET), Map.entry("corpora", EntityType.DATASET),
            Map.entry("collection", EntityType.DATASET),
            Map.entry("model", EntityType.MODEL), Map.entry("models", EntityType.MODEL),
            Map.entry("llm", EntityType.MODEL), Map.entry("network", EntityType.MODEL), Map.entry("agent", EntityType.METHOD),
            // abbreviations of trained-model classes: "a holistic medical FM", "an open-source MLLM"
            Map.entry("vlm", EntityType.MODEL), Map.entry("mllm", EntityType.MODEL), Map.entry("lvlm", EntityType.MODEL),
            Map.entry("lmm", EntityType.MODEL), Map.entry("slm", EntityType.MODEL), Map.entry("fm", EntityType.MODEL),
            Map.entry("vla", EntityType.MODEL),
            Map.entry("encoder", EntityType.MODEL), Map.entry("detector", EntityType.MODEL),
            Map.entry("backbone", EntityType.MODEL),
            Map.entry("method", EntityType.METHOD), Map.entry("algorithm", EntityType.METHOD),
            Map.entry("approach", EntityType.METHOD), Map.entry("technique", EntityType.METHOD),
            Map.entry("objective", EntityType.METHOD), Map.entry("loss", EntityType.METHOD),
            Map.entry("architecture", EntityType.METHOD), Map.entry("framework", EntityType.METHOD),
            Map.entry("mechanism", EntityType.METHOD), Map.entry("strategy", EntityType.METHOD),
            Map.entry("module", EntityType.METHOD), Map.entry("block", EntityType.METHOD),
            Map.entry("library", EntityType.SOFTWARE), Map.entry("toolkit", EntityType.SOFTWARE),
            Map.entry("package", EntityType.SOFTWARE), Map.entry("simulator", EntityType.SOFTWARE),
            Map.entry("platform", EntityType.SOFTWARE), Map.entry("tool", EntityType.SOFTWARE),
            Map.entry("software", EntityType.SOFTWARE), Map.entry("codebase", EntityType.SOFTWARE),
            Map.entry("system", EntityType.SOFTWARE), Map.entry("infrastructure", EntityType.SOFTWARE),
            Map.entry("format", EntityType.SOFTWARE), Map.entry("ecosystem", EntityType.SOFTWARE),
            Map.entry("task", EntityType.TASK), Map.entry("metric", EntityType.METRIC), Map.entry("score", EntityType.METRIC),
            Map.entry("methods", EntityType.METHOD), Map.entry("algorithms", EntityType.METHOD),
            Map.entry("approaches", EntityType.METHOD), Map.entry("techniques", EntityType.METHOD),
            Map.entry("frameworks", EntityType.METHOD), Map.entry("architectures", EntityType.METHOD),
            Map.entry("libraries", EntityType.SOFTWARE), Map.entry("toolkits", EntityType.SOFTWARE),
            Map.entry("simulators", EntityType.SOFTWARE), Map.entry("tools", EntityType.SOFTWARE),
            Map.entry("tasks", EntityType.TASK), Map.entry("metrics", EntityType.METRIC));

    private NameShapes() {
    }

    /** Capitalised phrases that name a category, not a thing ("Large Language Models", "Deep Learning"). */
    private static final Set<String> GENERIC_PHRASES = Set.of("language model", "language models",
            "large language model", "large language models", "foundation model", "foundation models",
            "neural network", "neural networks", "deep learning", "machine learning", "artificial intelligence",
            "vision language model", "vision language models", "multimodal large language models",
            "large multimodal models", "large vision language models", "deep neural networks", "generative ai",
            "large reasoning models", "reasoning models", "diffusion models", "transformers", "reward model",
            "reward models", "llm agent", "llm agents", "language agents");

    /** Organisations and the places they host code and models: where a thing is released, not a thing. */
    private static final Set<String> HOSTS = Set.of("hugging face", "hugging face hub", "huggingface hub", "google deepmind",
            "google research", "meta ai", "papers with code");

    /** A generic phrase ("large language models") or an organisation's name ("Hugging Face"): never an entity. */
    static boolean isGenericPhrase(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
        return GENERIC_PHRASES.contains(p) || HOSTS.contains(p);
    }

    /** A web address or e-mail: never an entity. */
    static boolean isAddress(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.contains("://") || w.startsWith("www.") || w.contains("github.com") || w.contains("@")
                || w.endsWith(".com") || w.endsWith(".org") || w.endsWith(".io");
    }

    /** "expensive.Distribution": two sentences run together without a space, not a name. */
    private static final Pattern RUN_ON = Pattern.compile("\\p{Ll}{2,}\\.\\p{Lu}\\p{Ll}+.*");

    /** "Gaussian", "Euclidean", "Lagrangian", "Bayesian": adjectives made from a person's name, not names. */
    private static final Pattern EPONYM_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}+(ian|ean)s?");

    /** A lone word that is an eponymous adjective: part of a name ("Gaussian Opacity Fields"), never one alone. */
    static boolean isEponymAdjective(String word) {
        return EPONYM_ADJECTIVE.matcher(word).matches() || LONE_EPONYMS.contains(word);
    }

    /** Mathematicians' names that modify a noun ("Lipschitz bounds", "Markov chain"); alone they name nothing. */
    private static final Set<String> LONE_EPONYMS = Set.of("Lipschitz", "Markov", "Fourier", "Dirichlet",
            "Laplace", "Bernoulli", "Kolmogorov", "Hilbert", "Banach", "Sobolev", "Gauss", "Lyapunov", "Hoeffding");

    /** Last words of ordinary compounds: "Multi-Agent", "Few-Shot", "Open-Set", "Low-Quality". */
    private static final Set<String> COMPOUND_TAILS = Set.of("agent", "modal", "shot", "supervised", "quality", "set",
            "query", "action", "scale", "level", "task", "domain", "source", "frequency", "stage", "step", "turn",
            "class", "label", "lingual", "resolution", "order", "hop", "grained", "context", "world", "vocabulary",
            "horizon", "view", "modality", "centric", "aware", "based", "free", "guided");

    /**
     * "Multi-Agent", "Vision-Language", "Text-to-Image": an ordinary compound capitalised as in a title, both ends
     * everyday combining words; alone it names nothing (unlike "Omni-Dish" or "Real-Edit").
     */
    static boolean isPlainCompound(String word) {
        String[] parts = word.toLowerCase(Locale.ROOT).split("-");
        return parts.length >= 2 && isTitleCompound(word) && COMBINING.contains(parts[0])
                && (COMBINING.contains(parts[parts.length - 1]) || COMPOUND_TAILS.contains(parts[parts.length - 1]));
    }

    /** "ε2", "ℓ1", "λ": a math symbol with a digit script, read from inline TeX; not a name unless the vocabulary knows it. */
    private static final Pattern SYMBOL = Pattern.compile("[\\p{IsGreek}ℓ]\\d*");
    /** "cm2", "m3", "mph2", "R2": a unit or the coefficient of determination with its exponent, read from TeX. */
    private static final Pattern UNIT = Pattern.compile("(cm|mm|km|nm|μm|m|s|ms|mph|kg|g|Hz|kHz)[23]|R2|dB|[kMG]?Hz"
            // accelerators: "L40", "H20", "A6000"
            + "|[AHLB]\\d{2,4}|\\d+(\\.\\d+)?[kMG]?Hz"
            // licences: "CC-BY-4.0", "Apache-2.0", "GPL-3.0"
            + "|CC-BY(-[A-Z]{2})*(-\\d(\\.\\d)?)?|CC0|Apache-\\d\\.\\d|L?GPL(-?v?\\d(\\.\\d)?)?"
            // speed-ups and dimensions: "x449", "×17.7", "5D", "6-DoF"
            + "|[x×]\\d+(\\.\\d+)?|\\d{1,2}D|\\d-?DoF");

    static boolean isGeneric(String word) {
        if (RUN_ON.matcher(word).matches() || SYMBOL.matcher(word).matches() || UNIT.matcher(word).matches()) return true;
        String w = word.toLowerCase(Locale.ROOT);
        return GENERIC.contains(w) || NOT_NAMES.contains(w) || SIZE.matcher(word).matches() || BARE_VERSION.matcher(word).matches();
    }

    /**
     * A token that looks like part of a proper name on its own: BYOL, ResNet, DR3, learn2learn, T5,
     * BYOL-Explore. Capitalised words joined by hyphens ("Stability-Plasticity", "Model-Agnostic") are not:
     * each part must carry the shape by itself.
     */
    static boolean isNameLike(String word) {
        // a capital and a digit alone are a level, a norm or a quartile ("P1", "L2", "Q1"), though they end names ("VLM-R1")
        if (word.length() < 2 || isGeneric(word) || isLetterDigit(word)) return false;
        if (SIZED.matcher(word).matches() || LOWER_SIZED.matcher(word).matches()) return true;
        // "Distill-C", "Sora-X": a capitalised word with a single capital letter joined to it
        if (LETTER_SUFFIXED.matcher(word).matches() && !COMBINING.contains(word.substring(0, word.indexOf('-')).toLowerCase(Locale.ROOT))) {
            return true;
        }
        String[] parts = word.split("-");
        boolean capitalisedParts = parts.length >= 2;
        for (String part : parts) {
            if (isNameLikePart(part) && !isGeneric(part)) return true;
            capitalisedParts &= part.length() >= 2 && Character.isUpperCase(part.charAt(0))
                    && (!isGeneric(part) || part.chars().allMatch(Character::isUpperCase))
                    && !COMBINING.contains(part.toLowerCase(Locale.ROOT)) && !ABSTRACT_NOUN.matcher(part).find();
        }
        // "Llama-Guard", "Velbot-VLA", "Kessel-Talk": capitalised words joined by hyphens are one name; not
        // "Multi-Modal", "English-Chinese", "Speech-LLMs" or "Stability-Plasticity"
        return capitalisedParts && Arrays.stream(parts).anyMatch(p -> p.chars().anyMatch(Character::isLowerCase));
    }

    /**
     * "Zorblax-7B", "Foo-v2", "Orca-2.5": a capitalised word with a size or a version joined to it, which only
     * a model's name has (a bare number after a hyphen is not enough: "Top-1", "Type-2").
     */
    private static final Pattern SIZED = Pattern.compile("\\p{Lu}\\p{L}+(-\\p{L}+)*-(\\d+(\\.\\d+)?[BMKT]|[vV]\\d+(\\.\\d+)*|\\d+\\.\\d+)");

    private static final Pattern LETTER_DIGIT = Pattern.compile("\\p{Lu}\\d");
    private static final Pattern TITLE_COMPOUND = Pattern.compile("\\p{Lu}\\p{Ll}+(-\\p{L}\\p{Ll}*)+");

    /** "On-the-Fly", "Multi-Modal": capitalised words joined by hyphens, as title-case names write compounds. */
    static boolean isTitleCompound(String word) {
        return TITLE_COMPOUND.matcher(word).matches();
    }

    /** "P1", "J1": a capital and a digit. */
    static boolean isLetterDigit(String word) {
        return LETTER_DIGIT.matcher(word).matches();
    }
    private static final Pattern LETTER_SUFFIXED = Pattern.compile("\\p{Lu}\\p{Ll}{2,}-\\p{Lu}");

    /** "gpt-oss-120b", "qwen2.5-7b": a lower-case release with its parameter count joined to it. */
    private static final Pattern LOWER_SIZED = Pattern.compile("\\p{Ll}[\\p{Ll}\\d.]+(-[\\p{Ll}\\d.]+)*-\\d+(\\.\\d+)?[bm]");

    /** Combining forms that make ordinary compounds: "Multi-Modal", "Spatio-Temporal", "Self-Supervised". */
    private static final Set<String> COMBINING = Set.of("multi", "cross", "spatio", "self", "semi", "non", "pre",
            "post", "inter", "intra", "sub", "co", "bi", "tri", "uni", "omni", "zero", "few", "one", "two", "three",
            "single", "long", "short", "high", "low", "fine", "coarse", "end", "real", "open", "closed", "state",
            "top", "mixed", "human", "vision", "language", "text", "image", "video", "audio", "speech");
    /** Endings of abstract nouns: "Stability-Plasticity", "Accuracy-Efficiency". */
    private static final Pattern ABSTRACT_NOUN = Pattern.compile("(ity|ness|tion|sion|ment|ance|ence|ism|ing|ics|al)$");

    private static boolean isNameLikePart(String part) {
        int upper = 0;
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (Character.isUpperCase(c)) upper++;
            if (Character.isLetter(c)) letters++;
            if (Character.isDigit(c)) digits++;
        }
        if (letters == 0 || part.length() < 2) return false;
        boolean innerUpper = upper >= 2 || (upper == 1 && !Character.isUpperCase(part.charAt(0)));
        return innerUpper || (digits > 0 && Character.isLetter(part.charAt(0)));
    }

    /** A capitalised word that the tagger calls a proper noun. */
    static boolean isProperNoun(String word, String tag) {
        return tag != null && tag.startsWith("NNP") && Character.isUpperCase(word.charAt(0)) && !isGeneric(word)
                && word.chars().anyMatch(Character::isLowerCase);
    }

    /** A token that may follow a name as its version, size or variant: 1.5, 7B, Pro, v2, -Turbo. */
    static boolean isVersion(String word) {
        if (VERSION.matcher(word).matches() || VARIANT_WORDS.contains(word)) return true;
        // "Flash-Lite", "Pro-Vision", "large-v3": variant words (and versions) joined by hyphens
        String[] parts = word.split("-");
        return parts.length > 1 && java.util.Arrays.stream(parts).allMatch(p -> VARIANT_WORDS.contains(p)
                || !p.isEmpty() && VARIANT_WORDS.contains(Character.toUpperCase(p.charAt(0)) + p.substring(1))
                || VERSION.matcher(p).matches())
                && java.util.Arrays.stream(parts).anyMatch(p -> !VERSION.matcher(p).matches());
    }

    private static final Set<String> VARIANT_WORDS = Set.of("Pro", "Ultra", "Nano", "Flash", "Turbo", "Large", "Base",
            "Small", "Mini", "Tiny", "Huge", "XL", "XXL", "Instruct", "Chat", "Plus", "Max", "Lite", "Medium",
            "Hard", "Easy", "Sonnet", "Opus", "Haiku", "Vision", "Coder", "Math", "Air", "Maverick", "Scout", "Omni",
            "Preview", "Thinking");

    /**
     * Class names of trained models made of a modality and an abbreviation: "VideoLLM", "Video-LLMs", "AudioLLM"
     * (a coined name keeps its own first part: "CountLLM", "EuroLLM").
     */
    private static final Pattern MODEL_CLASS = Pattern.compile("(Video|Audio|Speech|Code|Image|Vision)-?(LLM|VLM|MLLM|LMM)s?");

    static EntityType headType(String word) {
        if (word == null) return null;
        EntityType type = HEADS.get(word.toLowerCase(Locale.ROOT));
        return type == null && MODEL_CLASS.matcher(word).matches() ? EntityType.MODEL : type;
    }
}
