package org.scikg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scikg.TestSupport;
import org.scikg.build.BuildConfig;
import org.scikg.build.BuildJob;
import org.scikg.build.BuildSummary;
import org.scikg.corpus.Problem;
import org.scikg.extract.CoreNlpExtractor;
import org.scikg.extract.ExtractionException;
import org.scikg.extract.Extractor;
import org.scikg.graph.KnowledgeGraph;
import org.scikg.graph.SKG;

/**
 * Text built to be slow must not stall a build: the extractor reads at most {@link CoreNlpExtractor#MAX_CHARS}
 * characters and parses no sentence of more than 120 tokens, the per-abstract time limit skips what still
 * takes too long, and a skipped extraction stops instead of burning its worker thread.
 */
class PathologicalTextTest {
    private static final String GOOD_1 = "We propose Zentor, a sparse attention method, and evaluate it on Long Range Arena.";
    private static final String GOOD_2 = "Zentor outperforms Longformer and BigBird on PG-19 with fewer parameters.";

    @TempDir
    Path tmp;

    @Test
    void aFiveThousandTokenSentenceIsReadWithinTheTimeLimitAndTheRestIsStored() throws Exception {
        String file = write("run-on.txt", GOOD_1, runOn(5_000, 1), GOOD_2);
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        BuildSummary s = build(TestSupport.extractor(), BuildConfig.of(List.of(file)), problems);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("PathologicalTextTest: 5,000-token sentence built in %.1f s%n", seconds);
        assertTrue(seconds < 60, "took " + seconds + " s");
        assertEquals(3, s.extracted(), problems.toString());
        // 5,000 words are longer than the extractor reads: the warning names the line
        assertEquals(List.of("abstract-truncated@" + file + ":2"), kinds(problems));
    }

    @Test
    void aTimedOutExtractionStopsAndFreesItsThreadForTheNextAbstracts() throws Exception {
        // thousands of distinct names: slow stages of our own (candidates x tokens), not only CoreNLP
        String file = write("names.txt", nameSoup(CoreNlpExtractor.MAX_CHARS, 2), GOOD_1, GOOD_2);
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        BuildConfig oneThread = BuildConfig.of(List.of(file)).withThreads(1).withTimeLimit(Duration.ofSeconds(5));
        BuildSummary s = build(TestSupport.extractor(), oneThread, problems);
        // had the first extraction kept its only thread busy after its time was up, the next two would time out too
        assertTrue(s.extracted() >= 2, problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.where().line() == 1), problems.toString());
    }

    @Test
    void aStuckExtractorIsSkippedAfterTheTimeLimitWithItsFileAndLine() throws Exception {
        String file = write("stuck.txt", GOOD_1, "This abstract makes the extractor hang.", GOOD_2);
        Extractor hangsOnOne = text -> {
            if (text.contains("hang")) {
                try {
                    Thread.sleep(600_000);
                } catch (InterruptedException e) {
                    throw new ExtractionException("interrupted", e);
                }
            }
            return TestSupport.extractor().extract(text);
        };
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        BuildSummary s = build(hangsOnOne, BuildConfig.of(List.of(file)).withTimeLimit(Duration.ofSeconds(2)), problems);
        assertTrue((System.nanoTime() - t0) / 1e9 < 30);
        assertEquals(2, s.extracted());
        assertEquals(1, s.failed());
        assertEquals(List.of("extraction-failed@" + file + ":2"), kinds(problems));
        assertTrue(problems.get(0).message().contains("longer than 2 s"), problems.get(0).message());
    }

    @Test
    void anInterruptedExtractionEndsPromptlyWithAnExtractionException() throws Exception {
        String text = nameSoup(CoreNlpExtractor.MAX_CHARS, 3);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                TestSupport.extractor().extract(text);
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "extraction-to-interrupt");
        worker.start();
        Thread.sleep(1_500);
        worker.interrupt();
        long t0 = System.nanoTime();
        worker.join(30_000);
        System.out.printf("PathologicalTextTest: interrupted extraction ended %.2f s after the interrupt%n",
                (System.nanoTime() - t0) / 1e9);
        assertFalse(worker.isAlive(), "still extracting 30 s after the interrupt");
        assertInstanceOf(ExtractionException.class, failure.get());
    }

    private static BuildSummary build(Extractor extractor, BuildConfig config, List<Problem> problems) {
        try (KnowledgeGraph kg = KnowledgeGraph.inMemory()) {
            BuildSummary s = new BuildJob(config, extractor, TestSupport.vocabulary(), kg, problems::add).run();
            assertEquals(s.extracted(), kg.count(SKG.Paper.getURI()));
            return s;
        }
    }

    /** Words of an abstract, with model, benchmark and number tokens, and no punctuation at all. */
    static String runOn(int tokens, long seed) {
        String[] words = ("we propose a method that uses attention over long inputs and the model outperforms BERT "
                + "and GPT-4 on ImageNet and GLUE with 74 3 percent accuracy our results show that training with "
                + "ResNet-50 features improves the baseline by a large margin in every setting").split(" ");
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens; i++) b.append(i == 0 ? "" : " ").append(words[r.nextInt(words.length)]);
        return b.toString();
    }

    /** Text of about {@code chars} characters in which every third token is a new name-like word. */
    static String nameSoup(int chars, long seed) {
        String[] words = "we propose outperforms on and the uses achieves with our method baseline of to by than ( ) %".split(" ");
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        while (b.length() < chars) {
            if (r.nextInt(3) == 0) {
                b.append("Net").append((char) ('A' + r.nextInt(26))).append((char) ('A' + r.nextInt(26)))
                        .append('-').append(r.nextInt(1000));
            } else {
                b.append(words[r.nextInt(words.length)]);
            }
            b.append(' ');
        }
        return b.toString().strip();
    }

    private String write(String name, String... abstracts) throws Exception {
        StringBuilder b = new StringBuilder();
        for (String a : abstracts) b.append("Abstract:").append(a).append('\n');
        return Files.writeString(tmp.resolve(name), b).toString();
    }

    private static List<String> kinds(List<Problem> problems) {
        return problems.stream().map(p -> p.kind() + "@" + p.where()).toList();
    }
}
