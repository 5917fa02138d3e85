package org.scikg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

/**
 * A Semgrex rule that reads one relation: a pattern naming a subject node {@code s} and an object node
 * {@code o}, the predicate it gives, its confidence and the entity types it accepts on each side.
 */
record RelationRule(String name, Predicate predicate, double confidence, Set<EntityType> subjectTypes,
                    Set<EntityType> objectTypes, SemgrexPattern pattern) {
    static final String RESOURCE = "/extract/relations.semgrex";

    /** Loads the bundled rules; a broken rule names its line and the fix. */
    static List<RelationRule> bundled() {
        try (InputStream in = RelationRule.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new ExtractionException("relation rules " + RESOURCE + " missing from the classpath");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RelationRule> parse(BufferedReader reader, String source) throws IOException {
        List<RelationRule> rules = new ArrayList<>();
        Map<String, String> block = new HashMap<>();
        int lineNo = 0;
        int blockStart = 1;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String l = line.strip();
            if (l.startsWith("#")) continue;
            if (l.isEmpty()) {
                if (!block.isEmpty()) rules.add(of(block, source + ":" + blockStart));
                block.clear();
                continue;
            }
            if (block.isEmpty()) blockStart = lineNo;
            int colon = l.indexOf(':');
            if (colon < 0) throw new ExtractionException(source + ":" + lineNo + ": expected 'key: value'");
            block.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
        }
        if (!block.isEmpty()) rules.add(of(block, source + ":" + blockStart));
        return List.copyOf(rules);
    }

    private static RelationRule of(Map<String, String> b, String where) {
        for (String key : List.of("rule", "predicate", "confidence", "subject", "object", "pattern")) {
            if (!b.containsKey(key)) throw new ExtractionException(where + ": rule lacks '" + key + ":'");
        }
        Predicate p = Predicate.byLocalName(b.get("predicate")).orElseThrow(() -> new ExtractionException(
                where + ": unknown predicate '" + b.get("predicate") + "'"));
        try {
            return new RelationRule("semgrex:" + b.get("rule"), p, Double.parseDouble(b.get("confidence")),
                    types(b.get("subject"), where), types(b.get("object"), where), SemgrexPattern.compile(b.get("pattern")));
        } catch (SemgrexParseException | NumberFormatException e) {
            throw new ExtractionException(where + ": " + e.getMessage(), e);
        }
    }

    private static Set<EntityType> types(String spec, String where) {
        if (spec.equals("*")) return EnumSet.allOf(EntityType.class);
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        for (String t : spec.split("\\|")) {
            out.add(EntityType.byLabel(t).orElseThrow(() -> new ExtractionException(
                    where + ": unknown type '" + t + "'; valid: " + EntityType.validLabels())));
        }
        return out;
    }
}
