package org.scikg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.scikg.extract.Entity;
import org.scikg.extract.EntityType;
import org.scikg.extract.Extraction;
import org.scikg.extract.Names;
import org.scikg.extract.Term;
import org.scikg.extract.Vocabulary;

/**
 * Turns the link calls of one paper into {@link LinkStep}s, so that a distributed job can link the whole corpus
 * by aggregation and reach the answers {@link Linker} reaches in input order. It restates Linker's rules (labels,
 * then the vocabulary's name, then a new entity; a family by name, else by the vocabulary or as a new model) as
 * queries, claims and a root; the Spark job's tests hold the two to the same graph. Stateless and thread-safe.
 */
public final class LinkPlanner {
    /** One call a paper makes: {@code name} is the entity's name, or the family's name when {@code family}. */
    public record Call(boolean family, String name) {
    }

    private final Iris iris;
    private final Vocabulary vocabulary;

    public LinkPlanner(Iris iris, Vocabulary vocabulary) {
        this.iris = iris;
        this.vocabulary = vocabulary;
    }

    /**
     * The calls {@link org.scikg.graph.TripleWriter#extraction} makes for an extraction, in its order: each
     * entity, then each family of it.
     */
    public static List<Call> calls(Extraction x) {
        List<Call> out = new ArrayList<>();
        for (Entity e : x.entities()) {
            out.add(new Call(false, e.name()));
            for (String f : e.families()) out.add(new Call(true, f));
        }
        return out;
    }

    /** The steps of a paper at place {@code paper} in input order, one per call of {@link #calls}. */
    public List<LinkStep> steps(long paper, Extraction x) {
        List<LinkStep> out = new ArrayList<>();
        int call = 0;
        for (Entity e : x.entities()) {
            out.add(entity(LinkStep.order(paper, call++), e));
            for (String f : e.families()) out.add(family(LinkStep.order(paper, call++), f));
        }
        return out;
    }

    /** As {@link Linker#link}: the labels' keys, then the vocabulary's name of the first label it knows. */
    public LinkStep entity(long order, Entity e) {
        List<String> labels = new ArrayList<>();
        labels.add(e.name());
        labels.addAll(e.aliases());
        List<String> queries = new ArrayList<>();
        for (String l : labels) addKey(queries, l);
        Optional<Term> term = labels.stream().map(vocabulary::lookup).flatMap(Optional::stream).findFirst();
        LinkedEntity root;
        if (term.isPresent()) {
            addKey(queries, term.get().name());
            root = new LinkedEntity(iris.entity(term.get().name()), term.get().name(), term.get().type());
        } else {
            root = new LinkedEntity(iris.entity(e.name()), e.name(), e.type());
        }
        return new LinkStep(order, queries, Linker.keys(labels), false, root);
    }

    /** As {@link Linker#family}: found by its name's key; otherwise new, claiming the keys of its labels. */
    public LinkStep family(long order, String name) {
        List<String> queries = new ArrayList<>();
        addKey(queries, name);
        Term t = vocabulary.lookup(name).orElse(null);
        LinkedEntity root = t != null ? new LinkedEntity(iris.entity(t.name()), t.name(), t.type())
                : new LinkedEntity(iris.entity(name), name, EntityType.MODEL);
        return new LinkStep(order, queries, Linker.keys(t != null ? t.labels() : List.of(name)), true, root);
    }

    private static void addKey(List<String> keys, String label) {
        String k = Names.key(label);
        if (!k.isEmpty()) keys.add(k);
    }
}
