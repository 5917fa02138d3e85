package org.scikg.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scikg.viz.VizTestData.entity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class GraphViewsTest {
    private static final Dataset FIXTURE = VizTestData.fixture();

    private static VizGraph build(VizRequest.Builder b) {
        return GraphViews.build(FIXTURE, b.build());
    }

    private static Set<String> ids(VizGraph g) {
        return g.vertexSet().stream().map(VizNode::id).collect(Collectors.toSet());
    }

    private static VizEdge edge(VizGraph g, String from, String relation, String to) {
        return g.edgeSet().stream().filter(e -> e.source().equals(entity(from)) && e.target().equals(entity(to))
                && e.relation().equals(relation)).findFirst().orElseThrow();
    }

    @Test
    void conceptsViewHasEveryEntityTypedRelationAndCoMentionPair() {
        VizGraph g = build(VizRequest.builder());
        assertEquals(9, g.vertexSet().size());
        assertEquals(9 + 21, g.edgeSet().size());
        assertEquals(9, g.edgeSet().stream().filter(VizEdge::directed).count());
    }

    @Test
    void coMentionIsWeightedByPapersAndKeepsSharedSentences() {
        VizEdge e = edge(build(VizRequest.builder()), "byol", VizEdge.CO_MENTION, "imagenet");
        assertEquals(2, e.weight());
        assertEquals(List.of(VizTestData.RES + "paper/2002.05709", VizTestData.RES + "paper/2006.07733"),
                e.papers());
        assertEquals(1, e.evidence().size(), "only paper A has a sentence naming both");
        assertFalse(e.directed());
    }

    @Test
    void typedRelationCarriesItsEvidenceSentence() {
        VizEdge e = edge(build(VizRequest.builder()), "byol-explore", "basedOn", "byol");
        assertEquals(1, e.weight());
        assertEquals("We present BYOL-Explore, built on BYOL.", e.evidence().get(0).sentence());
    }

    @Test
    void entityNodeHasLabelsMentionsAndFirstSentencePerPaper() {
        VizNode byol = build(VizRequest.builder()).node(entity("byol")).orElseThrow();
        assertEquals("BYOL", byol.label());
        assertEquals("Method", byol.type());
        assertEquals(List.of("Bootstrap Your Own Latent"), byol.altLabels());
        assertEquals(3, byol.mentions());
        VizEvidence a = byol.evidence().stream().filter(ev -> ev.paper().endsWith("2006.07733")).findFirst()
                .orElseThrow();
        assertEquals("We introduce Bootstrap Your Own Latent (BYOL).", a.sentence());
        assertEquals("Bootstrap your own latent", a.paperTitle());
    }

    @Test
    void entityTypeFilterKeepsEdgesAmongKeptNodesOnly() {
        VizGraph g = build(VizRequest.builder().entityTypes(List.of("method")));
        assertEquals(Set.of(entity("byol"), entity("byol-explore"), entity("simclr")), ids(g));
        assertEquals(5, g.edgeSet().size());
    }

    @Test
    void relationFilterDropsCoMentionUnlessNamed() {
        assertEquals(2, build(VizRequest.builder().relationTypes(List.of("uses"))).edgeSet().size());
        assertEquals(23, build(VizRequest.builder().relationTypes(List.of("uses", "coMention"))).edgeSet().size());
    }

    @Test
    void withoutCoMentionOnlyTypedRelationsRemain() {
        assertEquals(9, build(VizRequest.builder().includeCoMention(false)).edgeSet().size());
    }

    @Test
    void minimumWeightKeepsPairsSharedByTwoPapers() {
        VizGraph g = build(VizRequest.builder().minWeight(2));
        assertEquals(3, g.edgeSet().size());
        assertTrue(g.edgeSet().stream().allMatch(e -> e.relation().equals(VizEdge.CO_MENTION)));
    }

    @Test
    void minimumMentionsKeepsEntitiesInTwoPapers() {
        VizGraph g = build(VizRequest.builder().minMentions(2));
        assertEquals(Set.of(entity("byol"), entity("imagenet"), entity("simclr")), ids(g));
    }

    @Test
    void papersViewLinksPapersToEntitiesAndMarksIntroductions() {
        VizGraph g = build(VizRequest.builder().view(VizRequest.View.PAPERS));
        assertEquals(3 + 9, g.vertexSet().size());
        assertEquals(13, g.edgeSet().size());
        assertEquals(3, g.edgeSet().stream().filter(e -> e.relation().equals(VizEdge.INTRODUCES)).count());
        VizNode paper = g.node(VizTestData.RES + "paper/2006.07733").orElseThrow();
        assertEquals("Paper", paper.type());
        assertEquals(6, paper.mentions());
    }

    @Test
    void neighbourhoodMatchesNameIgnoringCaseHyphensAndSpaces() {
        VizGraph g = build(VizRequest.builder().focus("byol explore", 1));
        assertEquals(Set.of(entity("byol-explore"), entity("byol"), entity("dm-hard-8")), ids(g));
    }

    @Test
    void neighbourhoodMatchesAltLabelAndDepthZeroIsTheFocusAlone() {
        VizGraph g = build(VizRequest.builder().focus("bootstrap-your-own LATENT", 0));
        assertEquals(Set.of(entity("byol")), ids(g));
    }

    @Test
    void unknownFocusFailsWithSuggestions() {
        VizException e = assertThrows(VizException.class, () -> build(VizRequest.builder().focus("BYO", 1)));
        assertEquals("no entity matches 'BYO'; did you mean BYOL, BYOL-Explore?", e.getMessage());
    }

    @Test
    void topByDegreeAndByPageRankBothPickByol() {
        for (VizRequest.Ranking r : VizRequest.Ranking.values()) {
            VizGraph g = build(VizRequest.builder().top(1, r));
            assertEquals(Set.of(entity("byol")), ids(g), r.name());
        }
    }

    @Test
    void queryViewShowsConstructedTriplesWithStoreLabelsAndEvidence() {
        VizGraph g = build(VizRequest.builder().query("PREFIX skg: <https://w3id.org/scikg/ontology#>\n"
                + "CONSTRUCT { ?s skg:uses ?o } WHERE { ?s skg:uses ?o }"));
        assertEquals(4, g.vertexSet().size());
        assertEquals(2, g.edgeSet().size());
        assertEquals("PyTorch", g.node(entity("pytorch")).orElseThrow().label());
        assertEquals("SimCLR is written in PyTorch.",
                edge(g, "simclr", "uses", "pytorch").evidence().get(0).sentence());
    }

    @Test
    void queryThatDoesNotParseReportsLineAndColumn() {
        VizException e = assertThrows(VizException.class,
                () -> build(VizRequest.builder().query("CONSTRUCT { ?s ?p ?o }\nWHERE { ?s ?p ")));
        assertTrue(e.getMessage().startsWith("query line 2, column"), e.getMessage());
    }

    @Test
    void selectQueryIsRefused() {
        VizException e = assertThrows(VizException.class,
                () -> build(VizRequest.builder().query("SELECT * WHERE { ?s ?p ?o }")));
        assertTrue(e.getMessage().contains("CONSTRUCT"), e.getMessage());
    }

    @Test
    void sharedMiniGraphGivesOneNodePerEntity() {
        Dataset mini = VizTestData.miniGraph();
        Assumptions.assumeTrue(mini != null, "fixtures/mini-graph.ttl is not on the class path");
        VizGraph g = GraphViews.build(mini, VizRequest.builder().build());
        assertEquals(VizTestData.entityCount(mini), g.vertexSet().size());
        assertTrue(g.edgeSet().stream().anyMatch(e -> e.relation().equals("variantOf")));
    }

    @Test
    void emptyStoreGivesAnEmptyGraphThatEveryFormatWrites() {
        VizGraph g = GraphViews.build(org.apache.jena.query.DatasetFactory.createTxnMem(),
                VizRequest.builder().build());
        assertEquals(0, g.vertexSet().size());
        for (VizFormat f : VizFormat.values()) {
            assertFalse(RendererTestSupport.render(g, f).isEmpty(), f.formatName());
        }
    }

    @Test
    void readsTdb2StoreInsideReadTransaction() {
        Dataset tdb = TDB2Factory.createDataset();
        Txn.executeWrite(tdb, () -> RDFDataMgr.read(tdb, "viz/viz-fixture.ttl"));
        assertEquals(9, GraphViews.build(tdb, VizRequest.builder().build()).vertexSet().size());
    }
}
