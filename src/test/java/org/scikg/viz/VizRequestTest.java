package org.scikg.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VizRequestTest {
    @Test
    void defaultsAreConceptsWithCoMentionAndNoFilters() {
        VizRequest r = VizRequest.builder().build();
        assertEquals(VizRequest.View.CONCEPTS, r.view());
        assertTrue(r.includeCoMention());
        assertTrue(r.keepsType("Model"));
        assertTrue(r.keepsRelation(VizEdge.CO_MENTION));
        assertEquals(0, r.topN());
    }

    @Test
    void neighbourhoodWithoutFocusIsRefused() {
        VizException e = assertThrows(VizException.class,
                () -> VizRequest.builder().view(VizRequest.View.NEIGHBOURHOOD).build());
        assertTrue(e.getMessage().contains("--focus"));
    }

    @Test
    void negativeDepthIsRefused() {
        assertThrows(VizException.class, () -> VizRequest.builder().focus("x", -1).build());
    }

    @Test
    void typeAndRelationFiltersIgnoreCase() {
        VizRequest r = VizRequest.builder().entityTypes(List.of("MODEL")).relationTypes(List.of("Uses")).build();
        assertTrue(r.keepsType("Model"));
        assertFalse(r.keepsType("Dataset"));
        assertTrue(r.keepsRelation("uses"));
        assertFalse(r.keepsRelation(VizEdge.CO_MENTION));
    }

    @Test
    void viewLookupIgnoresCase() {
        assertEquals(Optional.of(VizRequest.View.PAPERS), VizRequest.View.byName("Papers"));
        assertEquals(Optional.empty(), VizRequest.View.byName("authors"));
    }
}
