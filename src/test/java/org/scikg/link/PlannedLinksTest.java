package org.scikg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scikg.extract.Entity;
import org.scikg.extract.EntityType;
import org.scikg.extract.Extraction;

/** Planned answers are handed out in the order the writer asks, and a call out of step is refused. */
class PlannedLinksTest {
    private static final Entity GEMMA_2 = new Entity("Gemma 2", EntityType.MODEL, List.of(), List.of("Gemma"), false);
    private static final Entity MMLU = new Entity("MMLU", EntityType.BENCHMARK, List.of(), List.of(), true);
    private static final Extraction X = new Extraction("", List.of(), List.of(GEMMA_2, MMLU), List.of(), List.of(), List.of(), List.of());

    private static LinkedEntity le(String name, EntityType type) {
        return new LinkedEntity("https://example.org/" + name, name, type);
    }

    @Test
    void callsAreEachEntityThenItsFamilies() {
        assertEquals(List.of(new LinkPlanner.Call(false, "Gemma 2"), new LinkPlanner.Call(true, "Gemma"),
                new LinkPlanner.Call(false, "MMLU")), LinkPlanner.calls(X));
    }

    @Test
    void answersComeInCallOrder() {
        PlannedLinks links = new PlannedLinks(X, List.of(le("g2", EntityType.MODEL), le("g", EntityType.MODEL),
                le("m", EntityType.BENCHMARK)));
        assertEquals("g2", links.link(GEMMA_2).name());
        assertEquals("g", links.family("Gemma").name());
        assertEquals("m", links.link(MMLU).name());
    }

    @Test
    void aCallOutOfStepIsRefused() {
        PlannedLinks links = new PlannedLinks(X, List.of(le("g2", EntityType.MODEL), le("g", EntityType.MODEL),
                le("m", EntityType.BENCHMARK)));
        links.link(GEMMA_2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> links.link(MMLU));
        assertTrue(e.getMessage().contains("out of step"), e.getMessage());
    }

    @Test
    void stepOrdersKeepPapersApartAndInOrder() {
        long a = LinkStep.order(7, 65_535);
        long b = LinkStep.order(8, 0);
        assertTrue(a < b);
        assertEquals(7, LinkStep.paper(a));
        assertEquals(65_535, LinkStep.call(a));
        assertThrows(IllegalArgumentException.class, () -> LinkStep.order(1, 65_536));
    }
}
