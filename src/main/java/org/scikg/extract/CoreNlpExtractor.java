package org.scikg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The extractor built on Stanford CoreNLP: one pipeline (tokenize, ssplit, pos, lemma and the vocabulary's
 * gazetteer annotator) built once, then the scikg stages in order. The costly dependency parser runs
 * only on sentences that can hold a relation, and of at most {@value DependencyParser#MAX_TOKENS} tokens.
 * Thread-safe: one instance serves every worker thread (each abstract gets its own working state;
 * CoreNLP's annotators are safe for concurrent use).
 *
 * <p>Bounded on hostile input: of a text longer than {@value #MAX_CHARS} characters only the start is read
 * (the returned {@link Extraction#text()} is then that prefix, so callers can tell), and an interrupted
 * thread (a caller's time limit) stops at the next stage with an {@link ExtractionException}.
 */
public final class CoreNlpExtractor implements Extractor {
    /** Time spent per stage, kept when the system property {@code scikg.profile} is true; see {@link StageProfile}. */
    public static final StageProfile PROFILE = new StageProfile(Boolean.getBoolean("scikg.profile"));
    /** The most characters of one text that are read: {@value}, about ten times a long abstract. */
    public static final int MAX_CHARS = 20_000;

    private final StanfordCoreNLP pipeline;
    private final List<Stage> stages;

    private CoreNlpExtractor(StanfordCoreNLP pipeline, List<Stage> stages) {
        this.pipeline = pipeline;
        this.stages = stages;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Extraction extract(String whole) {
        TexMath.Reading reading = TexMath.read(readable(whole));
        Annotation annotation = new Annotation(reading.plain());
        try {
            long t0 = PROFILE.enabled() ? System.nanoTime() : 0;
            pipeline.annotate(annotation);
            if (t0 != 0) PROFILE.add("corenlp", System.nanoTime() - t0);
        } catch (RuntimeException e) {
            throw new ExtractionException("CoreNLP failed: " + e, e);
        }
        Doc doc = new Doc(reading.plain(), annotation);
        for (Stage stage : stages) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ExtractionException("extraction interrupted before stage '" + stage.name() + "'");
            }
            long t0 = PROFILE.enabled() ? System.nanoTime() : 0;
            stage.apply(doc);
            if (t0 != 0) PROFILE.add(stage.name(), System.nanoTime() - t0);
        }
        return original(Assembler.assemble(doc), reading);
    }

    /** The extraction of a plain reading, with its offsets, surfaces and text those of the original. */
    static Extraction original(Extraction x, TexMath.Reading reading) {
        if (reading.identity()) return x;
        String text = reading.original();
        return new Extraction(text, x.sentences().stream().map(reading::map).toList(), x.entities(),
                x.mentions().stream().map(m -> {
                    Span s = reading.map(m.span());
                    return new Mention(m.entity(), text.substring(s.begin(), s.end()), s);
                }).toList(),
                x.introduces(),
                x.relations().stream().map(r -> new Relation(r.subject(), r.predicate(), r.object(),
                        reading.map(r.evidence()), r.rule(), r.confidence())).toList(),
                x.results().stream().map(r -> new Result(r.subject(), r.metric(), r.value(), r.benchmark(),
                        reading.map(r.evidence()), r.rule(), r.confidence())).toList());
    }

    /** The text, or its first {@link #MAX_CHARS} characters cut at a space where there is one near the end. */
    static String readable(String text) {
        if (text.length() <= MAX_CHARS) return text;
        int cut = MAX_CHARS;
        for (int i = MAX_CHARS; i > MAX_CHARS - 200; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                cut = i;
                break;
            }
        }
        // never split a surrogate pair (an emoji at the boundary)
        if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
        return text.substring(0, cut);
    }

    /** Configures the extractor; {@link #build()} loads the models, which takes seconds. */
    public static final class Builder {
        private Vocabulary vocabulary = Vocabulary.empty();
        private boolean relations = true;

        public Builder vocabulary(Vocabulary v) {
            this.vocabulary = java.util.Objects.requireNonNull(v);
            return this;
        }

        /** Whether to extract relations and results (which needs the dependency parser); default true. */
        public Builder relations(boolean on) {
            this.relations = on;
            return this;
        }

        public CoreNlpExtractor build() {
            Gazetteer gazetteer = new Gazetteer(vocabulary);
            Properties props = new Properties();
            List<String> annotators = new ArrayList<>(List.of("tokenize", "ssplit", "pos", "lemma"));
            props.setProperty("annotators", String.join(",", annotators));
            props.setProperty("tokenize.options", GazetteerAnnotator.TOKENIZE_OPTIONS);
            props.setProperty("tokenize.language", "en");
            List<Stage> stages = new ArrayList<>(List.of(gazetteer, new Acronyms(vocabulary), new Discovery(), new TaskPhrases(),
                    new Typing(vocabulary), new Introductions(), new Families()));
            if (relations) {
                stages.add(new FocusRelations()); // first: the parser reads only the sentences these cues cannot
                stages.add(new Relations(DependencyParser.load()));
                stages.add(new Definitions());
                stages.add(new Rankings());
                stages.add(new ContextRelations()); // last: only where no rule related the two
                stages.add(new Results());
            }
            check(stages);
            StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
            pipeline.addAnnotator(new GazetteerAnnotator(vocabulary));
            return new CoreNlpExtractor(pipeline, List.copyOf(stages));
        }

        /** Every stage's requirements must be provided by a stage before it. */
        private static void check(List<Stage> stages) {
            Set<String> provided = new HashSet<>();
            for (Stage s : stages) {
                for (String need : s.requires()) {
                    if (!provided.contains(need)) {
                        throw new ExtractionException("stage '" + s.name() + "' needs '" + need
                                + "', which no earlier stage provides: add a stage that provides it before '"
                                + s.name() + "'");
                    }
                }
                provided.addAll(s.provides());
            }
        }
    }
}
