package org.scikg.extract;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.scikg.ScikgException;

/**
 * The known entities the gazetteer recognises: SKOS concepts typed with the ontology's entity classes,
 * read from RDF. Immutable; lookups go by {@link Names#key match key}. When two files define the same
 * key, the later file wins, so a user's vocabulary can override the bundled one.
 */
public final class Vocabulary {
    public static final String ONTOLOGY_NS = "https://w3id.org/scikg/ontology#";
    /** The vocabulary bundled with scikg, on the classpath. */
    public static final String BUNDLED = "/ontology/vocabulary.ttl";

    private final List<Term> terms;
    private final Map<String, Term> byKey;

    private Vocabulary(List<Term> terms) {
        this.terms = List.copyOf(terms);
        Map<String, Term> keys = new HashMap<>();
        for (Term t : terms) {
            for (String label : t.labels()) {
                String k = Names.key(label);
                if (!k.isEmpty()) keys.put(k, t);
            }
        }
        this.byKey = Collections.unmodifiableMap(keys);
    }

    public static Vocabulary empty() {
        return new Vocabulary(List.of());
    }

    /** The bundled vocabulary followed by the given user files (Turtle or any syntax RIOT detects). */
    public static Vocabulary load(List<Path> userFiles) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = Vocabulary.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new ScikgException("bundled vocabulary " + BUNDLED + " is missing from the classpath");
            RDFDataMgr.read(model, in, Lang.TURTLE);
        } catch (java.io.IOException | RiotException e) {
            throw new ScikgException("cannot read bundled vocabulary: " + e.getMessage(), e);
        }
        List<Term> terms = new ArrayList<>(fromModel(model));
        for (Path p : userFiles) {
            if (!Files.isReadable(p)) throw new ScikgException(p + ": vocabulary file not found or not readable");
            Model user = ModelFactory.createDefaultModel();
            try {
                RDFDataMgr.read(user, p.toString());
            } catch (RiotException e) {
                throw new ScikgException(p + ": " + e.getMessage(), e);
            }
            terms.addAll(fromModel(user));
        }
        return new Vocabulary(terms);
    }

    /** The terms of every resource in the model typed with one of the seven entity classes. */
    public static List<Term> fromModel(Model model) {
        List<Term> out = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            Resource cls = model.createResource(ONTOLOGY_NS + type.label());
            model.listSubjectsWithProperty(RDF.type, cls).forEachRemaining(r -> term(model, r, type).ifPresent(out::add));
        }
        out.sort(java.util.Comparator.comparing(Term::name));
        return out;
    }

    private static Optional<Term> term(Model model, Resource r, EntityType type) {
        Statement pref = r.getProperty(SKOS.prefLabel);
        if (pref == null || !pref.getObject().isLiteral()) return Optional.empty();
        List<String> aliases = new ArrayList<>();
        r.listProperties(SKOS.altLabel).forEachRemaining(s -> {
            if (s.getObject().isLiteral()) aliases.add(s.getString());
        });
        List<String> families = new ArrayList<>();
        r.listProperties(model.createProperty(ONTOLOGY_NS + "variantOf")).forEachRemaining(s -> {
            RDFNode o = s.getObject();
            if (o.isResource() && o.asResource().hasProperty(SKOS.prefLabel)) {
                families.add(o.asResource().getProperty(SKOS.prefLabel).getString());
            }
        });
        Statement cs = r.getProperty(model.createProperty(ONTOLOGY_NS + "caseSensitive"));
        boolean caseSensitive = cs != null && cs.getObject().isLiteral() && cs.getBoolean();
        return Optional.of(new Term(pref.getString(), type, aliases, caseSensitive, families));
    }

    public List<Term> terms() {
        return terms;
    }

    public int size() {
        return terms.size();
    }

    /**
     * The term that a word or phrase of running text names: as {@link #lookup}, except that a name known only in
     * mixed case is not an everyday lower-case word ("zero" is not ZeRO, "maps" not mAP; "mmlu" is MMLU). Across
     * the corpus, names found otherwise still link to such terms whatever their case.
     */
    public Optional<Term> lookupInText(String words) {
        Optional<Term> t = lookup(words);
        String n = words.strip();
        if (t.isPresent() && n.chars().noneMatch(Character::isUpperCase) && t.get().labels().stream()
                .filter(l -> Names.key(l).equals(Names.key(n)) || Names.key(l + "s").equals(Names.key(n)))
                .allMatch(l -> l.indexOf(' ') < 0 && l.chars().filter(Character::isUpperCase).count() >= 2
                        && l.chars().anyMatch(Character::isLowerCase))) {
            return Optional.empty();
        }
        return t;
    }

    /**
     * The term with this name or label, matched by key; a plural ("ResNets", "GNNs") finds its singular, but only by a
     * lower-case s ("MAPS" is a name of its own, not the plural of mAP).
     */
    public Optional<Term> lookup(String name) {
        String k = Names.key(name);
        Term t = accept(byKey.get(k), name);
        if (t == null && k.length() > 3 && name.strip().endsWith("s")) {
            t = accept(byKey.get(k.substring(0, k.length() - 1)), name.substring(0, name.length() - 1));
        }
        return Optional.ofNullable(t);
    }

    /**
     * A case-sensitive term matches only a label written exactly so ("VITS" is not "ViTs"), except its lower-case
     * phrases of several words, written in any case ("Rotary Position Embedding"); and a capitalised
     * acronym with a lower-case plural s is the plural of a shorter acronym, not a longer one ("HPs" are
     * hyperparameters, not the HPS metric).
     */
    private static Term accept(Term t, String name) {
        if (t == null) return null;
        String n = name.strip();
        if (ACRONYM_PLURAL.matcher(n).matches()) {
            String singular = n.substring(0, n.length() - 1);
            if (t.labels().stream().noneMatch(l -> l.equals(n) || l.equalsIgnoreCase(singular))) return null;
        }
        if (!t.caseSensitive()) return t;
        return t.labels().stream().anyMatch(l -> l.equals(n) || (l + "s").equals(n) || t.anyCase(l) && l.equalsIgnoreCase(n))
                ? t : null;
    }

    private static final java.util.regex.Pattern ACRONYM_PLURAL = java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu}\\d-]*\\p{Lu}s");
}
