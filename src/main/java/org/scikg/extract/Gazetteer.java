package org.scikg.extract;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;

/**
 * Applies the vocabulary through CoreNLP's TokensRegexNER annotator: each label becomes a token-sequence
 * pattern (tokenised exactly as the text is) tagged with its type's NER tag. Case-insensitive labels go to
 * one annotator, case-sensitive ones to another. The {@link Stage} half turns tagged runs into candidates.
 */
final class Gazetteer implements Stage {
    static final String TOKENIZE_OPTIONS = "splitHyphenated=false,invertible=true";
    private static final String CI = "skggazci";
    private static final String CS = "skggazcs";

    private final Vocabulary vocabulary;

    Gazetteer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Writes the mapping files and returns the annotator names to append to the pipeline. */
    List<String> configure(Properties props) {
        List<String> names = new ArrayList<>();
        StringBuilder ci = new StringBuilder();
        StringBuilder cs = new StringBuilder();
        for (Term t : vocabulary.terms()) {
            for (String label : spellings(t.labels())) {
                String pattern = pattern(label);
                if (pattern.isEmpty()) continue;
                int priority = Math.min(9, label.split("\\s+").length);
                (t.caseSensitive() ? cs : ci).append(pattern).append('\t').append(t.type().nerTag())
                        .append('\t').append('\t').append(priority).append('\n');
            }
        }
        addAnnotator(props, names, CI, ci, true);
        addAnnotator(props, names, CS, cs, false);
        return names;
    }

    private static void addAnnotator(Properties props, List<String> names, String name, CharSequence mapping,
                                     boolean ignoreCase) {
        if (mapping.length() == 0) return;
        props.setProperty("customAnnotatorClass." + name, "edu.stanford.nlp.pipeline.TokensRegexNERAnnotator");
        props.setProperty(name + ".mapping", writeTemp(mapping));
        props.setProperty(name + ".ignorecase", Boolean.toString(ignoreCase));
        props.setProperty(name + ".validpospattern", "");
        props.setProperty(name + ".verbose", "false");
        names.add(name);
    }

    private static String writeTemp(CharSequence mapping) {
        try {
            Path f = Files.createTempFile("scikg-gazetteer", ".tsv");
            f.toFile().deleteOnExit();
            Files.writeString(f, mapping, StandardCharsets.UTF_8);
            return f.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the gazetteer mapping", e);
        }
    }

    /**
     * Each label, and the same with hyphens as spaces and spaces as hyphens ("chain-of-thought" and
     * "chain of thought"): tokens are matched exactly, but names are written both ways.
     */
    static java.util.Set<String> spellings(List<String> labels) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String l : labels) {
            out.add(l);
            if (l.contains("-")) out.add(l.replace('-', ' '));
            if (l.contains(" ") && l.split(" ").length <= 4) out.add(l.replace(' ', '-'));
        }
        return out;
    }

    /** A label as a TokensRegexNER pattern: its tokens, each quoted, separated by spaces. */
    static String pattern(String label) {
        PTBTokenizer<CoreLabel> tok = new PTBTokenizer<>(new StringReader(label), new CoreLabelTokenFactory(),
                TOKENIZE_OPTIONS);
        StringBuilder b = new StringBuilder();
        while (tok.hasNext()) {
            String w = tok.next().word();
            if (w.contains("\t")) return "";
            if (b.length() > 0) b.append(' ');
            b.append(Pattern.quote(w));
        }
        return b.toString();
    }

    @Override
    public String name() {
        return "gazetteer";
    }

    @Override
    public Set<String> provides() {
        return Set.of("candidates", "types");
    }

    @Override
    public Set<String> requires() {
        return Set.of();
    }

    @Override
    public void apply(Doc doc) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> tokens = doc.tokens(s);
            int i = 0;
            while (i < tokens.size()) {
                String tag = tokens.get(i).ner();
                if (EntityType.byNerTag(tag).isEmpty()) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < tokens.size() && tag.equals(tokens.get(j).ner())) j++;
                splitRun(doc, s, i, j);
                i = j;
            }
        }
    }

    /** A tagged run may hold several adjacent labels: take the longest known prefix each time. */
    private void splitRun(Doc doc, int s, int from, int to) {
        int i = from;
        while (i < to) {
            int matched = -1;
            for (int j = to; j > i; j--) {
                if (vocabulary.lookup(doc.surface(s, i, j)).isPresent()) {
                    matched = j;
                    break;
                }
            }
            if (matched < 0) {
                i++;
                continue;
            }
            Candidate c = doc.candidate(s, i, matched, Candidate.Source.GAZETTEER);
            Term t = vocabulary.lookup(c.surface).orElseThrow();
            c.term = t;
            c.name = t.name();
            c.type = t.type();
            c.typeFixed = true;
            doc.offer(c);
            i = matched;
        }
    }
}
