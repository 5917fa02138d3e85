package org.scikg.viz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scikg.viz.StoreSnapshot.Entity;
import org.scikg.viz.StoreSnapshot.Link;

/**
 * Turns a {@link StoreSnapshot} into the concepts and papers graphs. Nodes of unwanted types and edges of unwanted
 * relations are left out while building, so that co-mention pairs are only counted when they are wanted.
 */
final class ViewBuilder {
    private final StoreSnapshot store;
    private final VizRequest req;

    ViewBuilder(StoreSnapshot store, VizRequest req) {
        this.store = store;
        this.req = req;
    }

    /** Entities joined by typed relations and (if wanted) co-mention. */
    VizGraph concepts(String title) {
        VizGraph g = new VizGraph(title);
        store.entities.values().stream().filter(e -> req.keepsType(e.type())).map(this::entityNode)
                .forEach(g::addVertex);
        store.relations.forEach((rel, support) -> {
            if (req.keepsRelation(rel.relation()) && g.node(rel.source()).isPresent()
                    && g.node(rel.target()).isPresent()) {
                g.connect(new VizEdge(rel.source(), rel.target(), rel.relation(), Math.max(1, support.size()),
                        List.copyOf(support.keySet()), evidence(support)));
            }
        });
        if (req.keepsRelation(VizEdge.CO_MENTION)) {
            addCoMentions(g);
        }
        return g;
    }

    /** Papers joined to the entities they mention or introduce. */
    VizGraph papers(String title) {
        VizGraph g = new VizGraph(title);
        store.entities.values().stream().filter(e -> req.keepsType(e.type())).map(this::entityNode)
                .forEach(g::addVertex);
        if (!req.keepsType("Paper")) {
            return g;
        }
        store.byPaper.forEach((paper, links) -> {
            g.addVertex(paperNode(paper, links.size()));
            links.forEach((entity, link) -> {
                String relation = link.introduces ? VizEdge.INTRODUCES : VizEdge.MENTIONS;
                if (req.keepsRelation(relation) && g.node(entity).isPresent()) {
                    List<VizEvidence> ev = link.firstSentence.isEmpty() ? List.of()
                            : List.of(new VizEvidence(paper, store.paperTitle(paper), link.firstSentence));
                    g.connect(new VizEdge(paper, entity, relation, 1, List.of(paper), ev));
                }
            });
        });
        return g;
    }

    /** The node for an entity, with its mention count and first sentences. */
    VizNode entityNode(Entity e) {
        Map<String, Link> links = store.byEntity.getOrDefault(e.iri(), Map.of());
        List<VizEvidence> ev = new ArrayList<>();
        for (Map.Entry<String, Link> l : links.entrySet()) {
            if (ev.size() == VizNode.MAX_EVIDENCE) {
                break;
            }
            if (!l.getValue().firstSentence.isEmpty()) {
                ev.add(new VizEvidence(l.getKey(), store.paperTitle(l.getKey()), l.getValue().firstSentence));
            }
        }
        return new VizNode(e.iri(), e.prefLabel(), e.type(), List.copyOf(e.altLabels()), links.size(),
                List.copyOf(links.keySet()), ev);
    }

    /** The node for a paper that mentions this many entities. */
    VizNode paperNode(String paper, int entities) {
        return new VizNode(paper, store.paperTitle(paper), "Paper", List.of(), entities, List.of(), List.of());
    }

    /** The evidence list of a relation: one sentence per paper, at most {@link VizNode#MAX_EVIDENCE}. */
    List<VizEvidence> evidence(Map<String, String> support) {
        List<VizEvidence> ev = new ArrayList<>();
        support.forEach((paper, sentence) -> {
            if (ev.size() < VizNode.MAX_EVIDENCE) {
                ev.add(new VizEvidence(paper, store.paperTitle(paper), sentence));
            }
        });
        return ev;
    }

    private void addCoMentions(VizGraph g) {
        Map<String, Set<String>> pairPapers = new TreeMap<>();
        store.byPaper.forEach((paper, links) -> {
            List<String> present = links.keySet().stream().filter(e -> g.node(e).isPresent()).toList();
            for (int i = 0; i < present.size(); i++) {
                for (int j = i + 1; j < present.size(); j++) {
                    // links are sorted, so present.get(i) < present.get(j): one key per unordered pair
                    pairPapers.computeIfAbsent(present.get(i) + '\n' + present.get(j), k -> new TreeSet<>())
                            .add(paper);
                }
            }
        });
        pairPapers.forEach((pair, papers) -> {
            int cut = pair.indexOf('\n');
            String a = pair.substring(0, cut);
            String b = pair.substring(cut + 1);
            g.connect(new VizEdge(a, b, VizEdge.CO_MENTION, papers.size(), List.copyOf(papers),
                    sharedSentences(a, b, papers)));
        });
    }

    /** For each shared paper (up to the cap), a sentence that mentions both entities, where there is one. */
    private List<VizEvidence> sharedSentences(String a, String b, Set<String> papers) {
        List<VizEvidence> ev = new ArrayList<>();
        for (String paper : papers) {
            if (ev.size() == VizNode.MAX_EVIDENCE) {
                break;
            }
            Map<String, Link> links = store.byPaper.get(paper);
            Set<String> both = new TreeSet<>(links.get(a).sentences);
            both.retainAll(links.get(b).sentences);
            if (!both.isEmpty()) {
                ev.add(new VizEvidence(paper, store.paperTitle(paper), both.iterator().next()));
            }
        }
        return ev;
    }
}
