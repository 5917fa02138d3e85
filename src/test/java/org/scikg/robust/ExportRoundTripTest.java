package org.scikg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scikg.TestSupport;
import org.scikg.build.BuildConfig;
import org.scikg.build.BuildJob;
import org.scikg.corpus.Paper;
import org.scikg.corpus.Problem;
import org.scikg.corpus.SourceRef;
import org.scikg.export.Exporter;
import org.scikg.extract.Entity;
import org.scikg.extract.EntityType;
import org.scikg.extract.Extraction;
import org.scikg.extract.Mention;
import org.scikg.extract.Predicate;
import org.scikg.extract.Relation;
import org.scikg.extract.Result;
import org.scikg.extract.Span;
import org.scikg.graph.KnowledgeGraph;
import org.scikg.graph.RdfSyntax;
import org.scikg.graph.TripleWriter;
import org.scikg.link.Iris;
import org.scikg.link.Linker;

/**
 * Every export syntax parses back into an isomorphic graph, on a graph built from abstracts with odd names:
 * a real build of JSON Lines with odd ids, titles, authors and text (control characters, an unpaired
 * surrogate, other scripts, emoji), plus one paper whose entities have the oddest names, written directly.
 */
class ExportRoundTripTest {
    static final List<String> ODD_NAMES = List.of("Quote\"Net", "<Angle>Former", "Back\\slash-GAN", "Space Name Model",
            "\u03a9mega-Net", "\u6df1\u5ea6\u5b66\u4e60\u6a21\u578b", "\uD83D\uDE80Rocket", "Tab\tName", "Ctl\u0001Name",
            "Lone\uD800Half", "..", "\u2014", "&amp;<![CDATA[x]]>", "x".repeat(500));

    @TempDir
    static Path tmp;
    static Dataset graph;

    @BeforeAll
    static void buildAGraphWithOddNames() throws Exception {
        Path rows = tmp.resolve("odd.jsonl");
        Files.writeString(rows, String.join("\n",
                "{\"id\": \"..\", \"title\": \"<i>Dots</i> & \\\"quotes\\\"\", \"authors\": [\"O'Brien, J.\", \"\u674e\u96f7\"], "
                        + "\"abstract\": \"We introduce \\u201cQuote-Net\\u201d, which outperforms BERT on GLUE.\"}",
                "{\"id\": \"a b/c?d#e\", \"abstract\": \"We propose \u03a9mega-Former for \u6df1\u5ea6\u5b66\u4e60 and "
                        + "\uD83D\uDE80 rockets; it beats ResNet-50 on ImageNet by 2.1%.\"}",
                "{\"abstract\": \"Form\\ffeed, control \\u0001, lone \\udc00 and $\\\\mathcal{O}(n^2)$ cost for "
                        + "Transformer-XL on WikiText-103.\"}"), StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        KnowledgeGraph kg = KnowledgeGraph.inMemory();
        new BuildJob(BuildConfig.of(List.of(rows.toString())), TestSupport.extractor(), TestSupport.vocabulary(), kg,
                problems::add).run();
        assertEquals(List.of(), problems);
        kg.write(sink -> {
            Iris iris = new Iris(Iris.DEFAULT_BASE);
            Extraction x = oddExtraction();
            String paper = iris.paper("odd-names", x.text());
            TripleWriter w = new TripleWriter(iris, sink);
            w.paper(paper, Paper.ofText(x.text(), new SourceRef("odd\u0001\"name\".txt", 1)));
            w.occurrence(paper, new SourceRef("odd\u0001\"name\".txt", 1));
            w.extraction(paper, x, new Linker(iris, TestSupport.vocabulary()));
        });
        graph = kg.dataset();
    }

    /** One sentence listing the odd names, each an entity with a mention; relations and a result between them. */
    private static Extraction oddExtraction() {
        StringBuilder text = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (String name : ODD_NAMES) {
            int begin = text.length();
            text.append(name).append(" ; ");
            entities.add(new Entity(name, EntityType.MODEL, List.of(name + " alias"), List.of(), false));
            mentions.add(new Mention(name, name, new Span(0, begin, begin + name.length())));
        }
        Span sentence = new Span(0, 0, text.length());
        List<Relation> relations = new ArrayList<>();
        for (int i = 1; i < ODD_NAMES.size(); i++) {
            relations.add(new Relation(ODD_NAMES.get(i - 1), Predicate.OUTPERFORMS, ODD_NAMES.get(i), sentence, "odd<rule>", 0.5));
        }
        List<Result> results = List.of(new Result(ODD_NAMES.get(0), "top-1 \"acc\"", "74.3% <b>", ODD_NAMES.get(1), sentence, "odd", 0.7));
        return new Extraction(text.toString(), List.of(sentence), entities, mentions, List.of(ODD_NAMES.get(0)), relations, results);
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void eachSyntaxParsesBackIntoAnIsomorphicGraph(RdfSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = Exporter.export(graph, syntax, out);
        Dataset back = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(syntax.lang()).parse(back.asDatasetGraph());
        Model stored = Txn.calculateRead(graph, () -> ModelFactory.createDefaultModel().add(graph.getDefaultModel()));
        assertEquals(stored.size(), n);
        assertTrue(back.getDefaultModel().isIsomorphicWith(stored), () -> Stores.difference(stored, back.getDefaultModel()));
    }

    @Test
    void theGraphHoldsTheOddNamesAndOnlyValidIris() {
        Model stored = Txn.calculateRead(graph, () -> ModelFactory.createDefaultModel().add(graph.getDefaultModel()));
        assertEquals(List.of(), Stores.badIris(stored));
        for (String name : List.of("Quote\"Net", "<Angle>Former", "\uD83D\uDE80Rocket", "x".repeat(500))) {
            assertTrue(stored.contains(null, SKOS.prefLabel, name), name);
        }
        assertTrue(stored.contains(null, SKOS.prefLabel, "Ctl Name"), "control character replaced");
        assertTrue(stored.contains(null, SKOS.prefLabel, "Lone\uFFFDHalf"), "surrogate replaced");
    }
}
