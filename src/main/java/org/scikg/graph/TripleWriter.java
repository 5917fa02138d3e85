package org.scikg.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.scikg.corpus.Paper;
import org.scikg.corpus.SourceRef;
import org.scikg.extract.Entity;
import org.scikg.extract.Extraction;
import org.scikg.extract.Mention;
import org.scikg.extract.Predicate;
import org.scikg.extract.Relation;
import org.scikg.extract.Result;
import org.scikg.extract.Span;
import org.scikg.link.EntityLinker;
import org.scikg.link.Iris;
import org.scikg.link.LinkedEntity;
import org.scikg.link.Linker;

/**
 * Writes papers, their sources and what was extracted from them as triples into a {@link StreamRDF}, in the
 * shape docs/rdf-model.md describes. The sink decides where they go: a TDB2 dataset, a file, a counter.
 */
public final class TripleWriter {
    private final Iris iris;
    private final StreamRDF out;
    /** Evidence nodes written for the current paper: one per triple and sentence, the first rule wins. */
    private final java.util.Set<Node> evidenceWritten = new java.util.HashSet<>();

    public TripleWriter(Iris iris, StreamRDF out) {
        this.iris = iris;
        this.out = out;
    }

    /** The paper's own triples: type, abstract, metadata, hash and display label ({@link PaperLabel}). */
    public void paper(String paperIri, Paper p) {
        Node s = iri(paperIri);
        triple(s, RDF.type.asNode(), SKG.Paper.asNode());
        literal(s, DCTerms.abstract_.asNode(), p.text());
        literal(s, SKG.contentHash.asNode(), Iris.sha256(org.scikg.extract.Names.normaliseText(p.text())));
        literal(s, DCTerms.title.asNode(), p.title());
        literal(s, DCTerms.identifier.asNode(), p.id());
        literal(s, DCTerms.date.asNode(), p.date());
        literal(s, DCTerms.subject.asNode(), p.categories());
        literal(s, SKG.doi.asNode(), p.doi());
        literal(s, SCHEMA.url.asNode(), p.url());
        for (String a : p.authors()) literal(s, DCTerms.creator.asNode(), a);
        // made from the values as stored, so that it is what the same rule in SPARQL gives on the store
        literal(s, RDFS.label.asNode(), PaperLabel.of(stored(p.title()), stored(p.id()), stored(p.text())));
    }

    private static String stored(String value) {
        return value == null ? null : writable(value);
    }

    /** One place the paper's abstract was read. */
    public void occurrence(String paperIri, SourceRef where) {
        Node o = iri(iris.node("source", where.file(), where.line()));
        triple(iri(paperIri), PROV.wasDerivedFrom.asNode(), o);
        triple(o, RDF.type.asNode(), SKG.SourceOccurrence.asNode());
        literal(o, SKG.sourceFile.asNode(), where.file());
        triple(o, SKG.sourceLine.asNode(), NodeFactory.createLiteralDT(Long.toString(Math.max(1, where.line())),
                XSDDatatype.XSDlong));
    }

    /**
     * Entities, mentions, introductions, relations with evidence, and results of one paper. The linker is
     * asked about each entity in the extraction's order, and about each of its families right after it.
     */
    public void extraction(String paperIri, Extraction x, EntityLinker linker) {
        Node paper = iri(paperIri);
        evidenceWritten.clear();
        Map<String, LinkedEntity> linked = new HashMap<>();
        for (Entity e : x.entities()) {
            LinkedEntity le = linker.link(e);
            linked.put(e.name(), le);
            entity(le, e);
            triple(paper, SKG.mentions.asNode(), iri(le.iri()));
            for (String f : e.families()) {
                LinkedEntity fam = linker.family(f);
                if (fam.iri().equals(le.iri())) continue;
                entity(fam, null);
                Span where = x.mentions().stream().filter(m -> m.entity().equals(e.name())).findFirst()
                        .map(m -> x.sentences().get(m.span().sentence())).orElse(null);
                if (where != null) {
                    link(paperIri, x, iri(le.iri()), SKG.relation(Predicate.VARIANT_OF).asNode(), iri(fam.iri()),
                            where, "family:vocabulary", 0.9);
                }
            }
        }
        for (String n : x.introduces()) {
            triple(paper, SKG.introduces.asNode(), iri(linked.get(n).iri()));
        }
        for (Mention m : x.mentions()) mention(paperIri, x, m, linked.get(m.entity()));
        for (Relation r : x.relations()) relation(paperIri, x, r, linked);
        for (Result r : x.results()) result(paperIri, x, r, linked);
    }

    private void entity(LinkedEntity le, Entity e) {
        Node s = iri(le.iri());
        triple(s, RDF.type.asNode(), SKG.typeClass(le.type()).asNode());
        literal(s, SKOS.prefLabel.asNode(), le.name());
        List<String> labels = new java.util.ArrayList<>(List.of(le.name()));
        if (e != null) {
            labels.add(e.name());
            labels.addAll(e.aliases());
        }
        for (String l : labels) {
            if (!l.equals(le.name())) literal(s, SKOS.altLabel.asNode(), l);
        }
        for (String k : Linker.keys(labels)) literal(s, SKG.matchKey.asNode(), k);
    }

    private void mention(String paperIri, Extraction x, Mention m, LinkedEntity le) {
        Span sp = m.span();
        Node n = iri(iris.node("mention", paperIri, sp.begin(), sp.end()));
        triple(n, RDF.type.asNode(), SKG.Mention.asNode());
        triple(n, SKG.inPaper.asNode(), iri(paperIri));
        triple(n, SKG.mentionOf.asNode(), iri(le.iri()));
        literal(n, SKG.surfaceForm.asNode(), m.surface());
        evidence(n, x, sp);
    }

    private void relation(String paperIri, Extraction x, Relation r, Map<String, LinkedEntity> linked) {
        link(paperIri, x, iri(linked.get(r.subject()).iri()), SKG.relation(r.predicate()).asNode(),
                iri(linked.get(r.object()).iri()), r.evidence(), r.rule(), r.confidence());
    }

    /** An entity-to-entity triple and the evidence node for it in this paper's sentence. */
    private void link(String paperIri, Extraction x, Node s, Node p, Node o, Span sentence, String rule, double conf) {
        if (s.equals(o)) return;
        triple(s, p, o);
        Node ev = iri(iris.node("evidence", paperIri, s.getURI(), p.getURI(), o.getURI(), sentence.begin()));
        if (!evidenceWritten.add(ev)) return;
        triple(ev, RDF.type.asNode(), SKG.Evidence.asNode());
        triple(ev, RDF.subject.asNode(), s);
        triple(ev, RDF.predicate.asNode(), p);
        triple(ev, RDF.object.asNode(), o);
        provenance(ev, paperIri, x, sentence, rule, conf);
    }

    private void result(String paperIri, Extraction x, Result r, Map<String, LinkedEntity> linked) {
        LinkedEntity subject = linked.get(r.subject());
        Node n = iri(iris.node("result", paperIri, subject.iri(), r.value(), r.metric(), r.evidence().begin()));
        triple(iri(subject.iri()), SKG.hasResult.asNode(), n);
        triple(n, RDF.type.asNode(), SKG.Result.asNode());
        literal(n, SKG.value.asNode(), r.value());
        literal(n, SKG.metricName.asNode(), r.metric());
        if (r.metric() != null && linked.containsKey(r.metric())) {
            triple(n, SKG.metric.asNode(), iri(linked.get(r.metric()).iri()));
        }
        if (r.benchmark() != null && linked.containsKey(r.benchmark())) {
            triple(n, SKG.onBenchmark.asNode(), iri(linked.get(r.benchmark()).iri()));
        }
        provenance(n, paperIri, x, r.evidence(), r.rule(), r.confidence());
    }

    private void provenance(Node n, String paperIri, Extraction x, Span sentence, String rule, double confidence) {
        triple(n, SKG.inPaper.asNode(), iri(paperIri));
        literal(n, SKG.rule.asNode(), rule);
        triple(n, SKG.confidence.asNode(), NodeFactory.createLiteralDT(
                BigDecimal.valueOf(confidence).setScale(2, RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal));
        evidence(n, x, sentence);
    }

    /** The sentence around a span, its index and the span's offsets in the abstract. */
    private void evidence(Node n, Extraction x, Span sp) {
        literal(n, SKG.sentence.asNode(), x.sentenceText(sp.sentence()));
        triple(n, SKG.sentenceIndex.asNode(), intLiteral(sp.sentence()));
        triple(n, SKG.startOffset.asNode(), intLiteral(sp.begin()));
        triple(n, SKG.endOffset.asNode(), intLiteral(sp.end()));
    }

    private static Node intLiteral(int v) {
        return NodeFactory.createLiteralDT(Integer.toString(v), XSDDatatype.XSDint);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private void triple(Node s, Node p, Node o) {
        out.triple(org.apache.jena.graph.Triple.create(s, p, o));
    }

    private void literal(Node s, Node p, String value) {
        if (value != null) triple(s, p, NodeFactory.createLiteralString(writable(value)));
    }

    /**
     * The text with each character that XML 1.0 (so RDF/XML) cannot carry replaced one for one, so offsets
     * stay valid: control characters other than tab, newline and return by a space; unpaired surrogates
     * (from JSON escapes) and the non-characters U+FFFE and U+FFFF, which no syntax round-trips, by U+FFFD.
     */
    static String writable(String text) {
        if (text.chars().allMatch(c -> c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r')) return text;
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                b.append(' ');
            } else if (c >= 0xD800 && c <= 0xDFFF || c == 0xFFFE || c == 0xFFFF) {
                b.append('\uFFFD');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
