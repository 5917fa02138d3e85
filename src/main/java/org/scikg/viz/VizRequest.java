package org.scikg.viz;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to visualise: a view and the filters applied to it. Immutable; make one with {@link #builder()}.
 *
 * @param view which graph to start from
 * @param focus the entity a {@link View#NEIGHBOURHOOD} is centred on (matched case-insensitively, ignoring hyphens
 *     and spaces, against {@code skos:prefLabel}, {@code skos:altLabel} and {@code skg:matchKey}); null otherwise
 * @param depth how many hops a neighbourhood reaches (default 1)
 * @param query a SPARQL CONSTRUCT query for {@link View#QUERY}; null otherwise
 * @param entityTypes the node types to keep, e.g. {@code Model} (ignoring case); empty keeps all
 * @param relationTypes the relations to keep, e.g. {@code uses} (ignoring case); empty keeps all
 * @param includeCoMention whether co-mention edges are kept (default true); when {@code relationTypes} is not empty
 *     they are kept only if it also names {@code coMention}
 * @param minWeight edges lighter than this are dropped (default 0)
 * @param minMentions entity nodes mentioned by fewer papers are dropped (default 0; papers and other nodes stay)
 * @param topN keep only the N best-ranked nodes (default 0: all)
 * @param ranking how nodes are ranked for {@code topN} (default {@link Ranking#DEGREE})
 */
public record VizRequest(View view, String focus, int depth, String query, Set<String> entityTypes,
        Set<String> relationTypes, boolean includeCoMention, double minWeight, int minMentions, int topN,
        Ranking ranking) {

    /** The graph a request starts from. */
    public enum View {
        /** Entities joined by typed relations and by co-mention. */
        CONCEPTS,
        /** Papers joined to the entities they mention or introduce. */
        PAPERS,
        /** The concepts graph within {@code depth} hops of the focus entity. */
        NEIGHBOURHOOD,
        /** The resources and links a SPARQL CONSTRUCT query returns. */
        QUERY;

        /** The view with this name, ignoring case. */
        public static Optional<View> byName(String name) {
            for (View v : values()) {
                if (v.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                    return Optional.of(v);
                }
            }
            return Optional.empty();
        }
    }

    /** How nodes are ranked when only the top N are kept. */
    public enum Ranking {
        /** Number of incident edges. */
        DEGREE,
        /** PageRank over the graph taken as undirected and weighted. */
        PAGERANK
    }

    public VizRequest {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(ranking, "ranking");
        entityTypes = Set.copyOf(entityTypes);
        relationTypes = Set.copyOf(relationTypes);
    }

    /** A builder with the defaults: the concepts view, co-mention included, no filters. */
    public static Builder builder() {
        return new Builder();
    }

    /** True if nodes of this type pass the type filter. */
    public boolean keepsType(String type) {
        return entityTypes.isEmpty() || entityTypes.contains(type.toLowerCase(Locale.ROOT));
    }

    /** True if edges of this relation pass the relation and co-mention filters. */
    public boolean keepsRelation(String relation) {
        boolean named = relationTypes.isEmpty() || relationTypes.contains(relation.toLowerCase(Locale.ROOT));
        return VizEdge.CO_MENTION.equals(relation) ? includeCoMention && named : named;
    }

    /** Builds a {@link VizRequest}; {@link #build()} validates. */
    public static final class Builder {
        private View view = View.CONCEPTS;
        private String focus;
        private int depth = 1;
        private String query;
        private final Set<String> entityTypes = new LinkedHashSet<>();
        private final Set<String> relationTypes = new LinkedHashSet<>();
        private boolean includeCoMention = true;
        private double minWeight;
        private int minMentions;
        private int topN;
        private Ranking ranking = Ranking.DEGREE;

        private Builder() {
        }

        public Builder view(View v) {
            this.view = v;
            return this;
        }

        /** Sets the focus and switches to the {@link View#NEIGHBOURHOOD} view. */
        public Builder focus(String name, int hops) {
            this.view = View.NEIGHBOURHOOD;
            this.focus = name;
            this.depth = hops;
            return this;
        }

        /** Sets the CONSTRUCT query and switches to the {@link View#QUERY} view. */
        public Builder query(String sparql) {
            this.view = View.QUERY;
            this.query = sparql;
            return this;
        }

        public Builder entityTypes(Collection<String> types) {
            types.forEach(t -> entityTypes.add(t.trim().toLowerCase(Locale.ROOT)));
            return this;
        }

        public Builder relationTypes(Collection<String> relations) {
            relations.forEach(r -> relationTypes.add(r.trim().toLowerCase(Locale.ROOT)));
            return this;
        }

        public Builder includeCoMention(boolean include) {
            this.includeCoMention = include;
            return this;
        }

        public Builder minWeight(double w) {
            this.minWeight = w;
            return this;
        }

        public Builder minMentions(int m) {
            this.minMentions = m;
            return this;
        }

        /** Keeps only the n best-ranked nodes (0: all). */
        public Builder top(int n, Ranking by) {
            this.topN = n;
            this.ranking = by;
            return this;
        }

        /**
         * The request.
         *
         * @throws VizException if the view lacks its focus or query, or a number is negative
         */
        public VizRequest build() {
            if (view == View.NEIGHBOURHOOD && (focus == null || focus.isBlank())) {
                throw new VizException("the neighbourhood view needs a focus entity: give --focus NAME");
            }
            if (view == View.QUERY && (query == null || query.isBlank())) {
                throw new VizException("the query view needs a SPARQL CONSTRUCT query: give --query FILE");
            }
            if (depth < 0 || topN < 0 || minMentions < 0 || minWeight < 0 || Double.isNaN(minWeight)) {
                throw new VizException("depth, top, min-mentions and min-weight must not be negative");
            }
            return new VizRequest(view, focus, depth, query, entityTypes, relationTypes, includeCoMention,
                    minWeight, minMentions, topN, ranking);
        }
    }
}
