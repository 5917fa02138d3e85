package org.scikg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scikg.extract.Entity;
import org.scikg.extract.Names;
import org.scikg.extract.Term;
import org.scikg.extract.Vocabulary;

/**
 * Decides which corpus-wide entity each entity of an abstract is: spellings that differ only in case,
 * hyphens and spaces, an acronym and its long form, a name with or without a trailing generic head
 * ("Procgen Benchmark") all link to one entity. The vocabulary's canonical name and type win where it knows
 * the name; otherwise the first spelling seen is canonical. Not thread-safe: the build links in input order,
 * which keeps the result the same on every run.
 */
public final class Linker implements EntityLinker {
    private final Iris iris;
    private final Vocabulary vocabulary;
    private final Map<String, LinkedEntity> byKey = new HashMap<>();

    public Linker(Iris iris, Vocabulary vocabulary) {
        this.iris = iris;
        this.vocabulary = vocabulary;
    }

    /** Registers an entity already in the store under the given match keys. */
    public void known(LinkedEntity entity, List<String> keys) {
        for (String k : keys) byKey.putIfAbsent(k, entity);
    }

    /** The corpus-wide entity for an entity of one abstract; registers its spellings for later papers. */
    @Override
    public LinkedEntity link(Entity e) {
        List<String> labels = new ArrayList<>();
        labels.add(e.name());
        labels.addAll(e.aliases());
        LinkedEntity found = find(labels).orElseGet(() -> fromVocabulary(labels).orElseGet(
                () -> new LinkedEntity(iris.entity(e.name()), e.name(), e.type())));
        for (String k : keys(labels)) byKey.putIfAbsent(k, found);
        return found;
    }

    /** The match keys a set of labels is known by: each label's key, and its key without a generic head. */
    public static List<String> keys(List<String> labels) {
        List<String> out = new ArrayList<>();
        for (String l : labels) {
            for (String k : List.of(Names.key(l), Names.key(Names.withoutGenericHead(l)))) {
                if (!k.isEmpty() && !out.contains(k)) out.add(k);
            }
        }
        return out;
    }

    private Optional<LinkedEntity> find(List<String> labels) {
        for (String l : labels) {
            LinkedEntity hit = byKey.get(Names.key(l));
            if (hit != null) return Optional.of(hit);
        }
        return Optional.empty();
    }

    private Optional<LinkedEntity> fromVocabulary(List<String> labels) {
        for (String l : labels) {
            Optional<Term> t = vocabulary.lookup(l);
            if (t.isPresent()) {
                Term term = t.get();
                LinkedEntity le = byKey.get(Names.key(term.name()));
                if (le == null) le = new LinkedEntity(iris.entity(term.name()), term.name(), term.type());
                return Optional.of(le);
            }
        }
        return Optional.empty();
    }

    /** The family's entity, by the vocabulary's canonical name of it (creating it if new). */
    @Override
    public LinkedEntity family(String familyName) {
        LinkedEntity hit = byKey.get(Names.key(familyName));
        if (hit != null) return hit;
        Term t = vocabulary.lookup(familyName).orElse(null);
        LinkedEntity le = t != null ? new LinkedEntity(iris.entity(t.name()), t.name(), t.type())
                : new LinkedEntity(iris.entity(familyName), familyName, org.scikg.extract.EntityType.MODEL);
        for (String k : keys(t != null ? t.labels() : List.of(familyName))) byKey.putIfAbsent(k, le);
        return le;
    }
}
