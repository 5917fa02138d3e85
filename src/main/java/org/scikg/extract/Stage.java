package org.scikg.extract;

/**
 * One step of reading an abstract, run in order by the extractor over a shared {@link Doc}.
 * Each stage names what it needs of earlier stages and of CoreNLP, so that a misassembled pipeline
 * fails when it is built, not on the first abstract.
 */
interface Stage {
    String name();

    /** Names of the facts this stage writes into the doc (e.g. {@code candidates}, {@code types}). */
    java.util.Set<String> provides();

    /** Names of facts that earlier stages must provide. */
    java.util.Set<String> requires();

    void apply(Doc doc);
}
