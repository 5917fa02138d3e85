package org.scikg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.scikg.extract.Names;

/**
 * Entity search for the explorer: every entity's names held in memory (read on first use: the store does not change
 * while it is served), so that a search as the user types costs microseconds, not a scan of the store per key.
 * A name matches when it contains the text ignoring case, or its match key contains the text's key (so hyphens,
 * spaces and punctuation do not matter).
 */
final class SearchIndex {
    /** One hit: the entity, its preferred label, its type and the number of papers that mention it. */
    record Hit(String iri, String label, String type, long papers) {
    }

    private record Entry(Hit hit, List<String> names, List<String> keys) {
    }

    private final StoreReads reads;
    private volatile List<Entry> entries;

    SearchIndex(StoreReads reads) {
        this.reads = reads;
    }

    /**
     * The best matches: exact names first, then names starting with the text, then the rest; the most mentioned
     * first within each; at most {@code limit}.
     */
    List<Hit> search(String text, int limit) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        String key = Names.key(text);
        if (needle.isEmpty()) {
            return List.of();
        }
        record Scored(Hit hit, int rank) {
        }
        List<Scored> found = new ArrayList<>();
        for (Entry e : entries()) {
            int rank = Math.min(rank(e.names(), needle), key.isEmpty() ? 3 : rank(e.keys(), key));
            if (rank < 3) {
                found.add(new Scored(e.hit(), rank));
            }
        }
        return found.stream().sorted(Comparator.comparingInt(Scored::rank)
                        .thenComparing(s -> -s.hit().papers())
                        .thenComparingInt(s -> s.hit().label().length())
                        .thenComparing(s -> s.hit().label()))
                .limit(limit).map(Scored::hit).toList();
    }

    /** 0 if a name equals the text, 1 if one starts with it, 2 if one contains it, else 3. */
    private static int rank(List<String> names, String text) {
        int best = 3;
        for (String n : names) {
            if (n.equals(text)) return 0;
            if (n.startsWith(text)) best = Math.min(best, 1);
            else if (best > 2 && n.contains(text)) best = 2;
        }
        return best;
    }

    private List<Entry> entries() {
        List<Entry> e = entries;
        if (e == null) {
            synchronized (this) {
                if (entries == null) {
                    entries = load();
                }
                e = entries;
            }
        }
        return e;
    }

    private List<Entry> load() {
        Map<String, Long> papers = new HashMap<>();
        for (QuerySolution r : reads.select(StoreReads.bundled("entity-papers-count"), Map.of())) {
            papers.put(r.getResource("e").getURI(), r.getLiteral("papers").getLong());
        }
        Map<String, String> types = new HashMap<>();
        Map<String, String> prefs = new HashMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        Map<String, Set<String>> keys = new HashMap<>();
        for (QuerySolution r : reads.select(StoreReads.bundled("entity-names"), Map.of())) {
            String iri = r.getResource("e").getURI();
            String name = r.getLiteral("name").getLexicalForm();
            types.putIfAbsent(iri, r.getLiteral("type").getLexicalForm());
            switch (r.getLiteral("kind").getLexicalForm()) {
                case "pref" -> prefs.merge(iri, name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                case "key" -> keys.computeIfAbsent(iri, k -> new LinkedHashSet<>()).add(name);
                default -> { }
            }
            if (!"key".equals(r.getLiteral("kind").getLexicalForm())) {
                names.computeIfAbsent(iri, k -> new LinkedHashSet<>()).add(name.toLowerCase(Locale.ROOT));
            }
        }
        List<Entry> out = new ArrayList<>(types.size());
        types.forEach((iri, type) -> out.add(new Entry(
                new Hit(iri, prefs.getOrDefault(iri, ResourceReader.localName(iri)), type, papers.getOrDefault(iri, 0L)),
                List.copyOf(names.getOrDefault(iri, Set.of())), List.copyOf(keys.getOrDefault(iri, Set.of())))));
        return List.copyOf(out);
    }
}
