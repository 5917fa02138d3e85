package org.scikg.extract;

import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Turns the runs of tokens that {@link GazetteerAnnotator} tagged into candidates, each tied to its
 * vocabulary term (a run of one tag may hold several adjacent labels).
 */
final class Gazetteer implements Stage {
    private final Vocabulary vocabulary;

    Gazetteer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public String name() {
        return "gazetteer";
    }

    @Override
    public Set<String> provides() {
        return Set.of("candidates", "types");
    }

    @Override
    public Set<String> requires() {
        return Set.of();
    }

    @Override
    public void apply(Doc doc) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> tokens = doc.tokens(s);
            int i = 0;
            while (i < tokens.size()) {
                String tag = tokens.get(i).ner();
                if (EntityType.byNerTag(tag).isEmpty()) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < tokens.size() && tag.equals(tokens.get(j).ner())) j++;
                splitRun(doc, s, i, j);
                i = j;
            }
        }
    }

    /** A tagged run may hold several adjacent labels: take the longest known prefix each time. */
    private void splitRun(Doc doc, int s, int from, int to) {
        int i = from;
        while (i < to) {
            int matched = -1;
            for (int j = to; j > i; j--) {
                if (vocabulary.lookup(doc.surface(s, i, j)).isPresent()) {
                    matched = j;
                    break;
                }
            }
            if (matched < 0) {
                i++;
                continue;
            }
            Candidate c = doc.candidate(s, i, matched, Candidate.Source.GAZETTEER);
            Term t = vocabulary.lookup(c.surface).orElseThrow();
            c.term = t;
            c.name = t.name();
            c.type = t.type();
            c.typeFixed = true;
            doc.offer(c);
            i = matched;
        }
    }
}
