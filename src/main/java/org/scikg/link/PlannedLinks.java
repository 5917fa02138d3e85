package org.scikg.link;

import java.util.List;

import org.scikg.extract.Entity;
import org.scikg.extract.Extraction;

/**
 * Answers one paper's link calls with answers decided beforehand for the whole corpus, one per call of
 * {@link LinkPlanner#calls}, in that order. A call out of step with the plan (another name, or one too many)
 * is a programming error and throws, rather than writing a wrong link.
 */
public final class PlannedLinks implements EntityLinker {
    private final List<LinkPlanner.Call> calls;
    private final List<LinkedEntity> answers;
    private int next;

    /** @throws IllegalArgumentException when there is not one answer per call of the extraction */
    public PlannedLinks(Extraction x, List<LinkedEntity> answers) {
        this.calls = LinkPlanner.calls(x);
        this.answers = List.copyOf(answers);
        if (calls.size() != answers.size()) {
            throw new IllegalArgumentException(calls.size() + " link calls planned but " + answers.size() + " answers given");
        }
    }

    @Override
    public LinkedEntity link(Entity entity) {
        return answer(false, entity.name());
    }

    @Override
    public LinkedEntity family(String familyName) {
        return answer(true, familyName);
    }

    private LinkedEntity answer(boolean family, String name) {
        LinkPlanner.Call expected = next < calls.size() ? calls.get(next) : null;
        if (expected == null || expected.family() != family || !expected.name().equals(name)) {
            throw new IllegalStateException("link call " + (next + 1) + " (" + (family ? "family " : "entity ") + name
                    + ") is out of step with the plan (" + expected + ")");
        }
        return answers.get(next++);
    }
}
