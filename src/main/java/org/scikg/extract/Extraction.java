package org.scikg.extract;

import java.util.List;

/**
 * Everything the NLP pass found in one abstract. Entity names are unique within an extraction; every
 * name used by {@code introduces}, relations and results is one of {@code entities}.
 *
 * @param text       the abstract as read: as given, or the start of a very long one (an extractor may bound
 *                   what it reads; offsets are the same in the whole text)
 * @param sentences  sentence spans, in order
 * @param entities   the distinct entities
 * @param mentions   every occurrence of them
 * @param introduces names of the entities the paper itself introduces
 * @param relations  links between entities
 * @param results    reported numbers
 *
 * <p>Serializable, with all its parts, so that a distributed job can move it between machines.
 */
public record Extraction(String text, List<Span> sentences, List<Entity> entities, List<Mention> mentions,
                         List<String> introduces, List<Relation> relations, List<Result> results)
        implements java.io.Serializable {
    public Extraction {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        introduces = List.copyOf(introduces);
        relations = List.copyOf(relations);
        results = List.copyOf(results);
    }

    public String sentenceText(int index) {
        Span s = sentences.get(index);
        return text.substring(s.begin(), s.end());
    }
}
