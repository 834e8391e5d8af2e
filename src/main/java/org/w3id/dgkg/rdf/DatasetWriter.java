package org.w3id.dgkg.rdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.extract.Entity;
import org.w3id.dgkg.extract.Extraction;
import org.w3id.dgkg.extract.Fact;
import org.w3id.dgkg.extract.Mention;
import org.w3id.dgkg.ingest.Corpus;
import org.w3id.dgkg.ingest.DocumentMeta;
import org.w3id.dgkg.ingest.SourceDocument;
import org.w3id.dgkg.ingest.Span;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Turns an extraction into the dgkg dataset: the ontology and reference graphs as given, one
 * named graph per source document (its mentions, the entities it discovered, its facts with
 * their evidence), and the meta graph (the documents and the build).
 */
public final class DatasetWriter {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetWriter.class);
    private static final int QUOTE_CONTEXT = 24;

    private final Model ontology;
    private final Model reference;
    private final BuildInfo build;

    private DatasetWriter(Model ontology, Model reference, BuildInfo build) {
        this.ontology = Objects.requireNonNull(ontology, "ontology");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.build = Objects.requireNonNull(build, "build");
    }

    public static DatasetWriter create(Model ontology, Model reference, BuildInfo build) {
        return new DatasetWriter(ontology, reference, build);
    }

    public Dataset write(Corpus corpus, Extraction extraction) {
        long t0 = System.nanoTime();
        Dataset dataset = DatasetFactory.wrap(org.apache.jena.sparql.core.DatasetGraphFactory.create());
        DatasetGraph dsg = dataset.asDatasetGraph();
        writeShared(dsg, corpus);
        Documents documents = documents(corpus, extraction);
        for (SourceDocument doc : corpus.documents())
            documents.write(doc, dsg);
        LOG.debug("dataset written: {} quads in {} ms", dsg.stream().count(), (System.nanoTime() - t0) / 1_000_000);
        return dataset;
    }

    /**
     * The graphs that are no document's: ontology, reference, and the meta graph (the documents
     * and the build). A streaming build writes these once and each document graph on its own.
     */
    public void writeShared(DatasetGraph dsg, Corpus corpus) {
        ontology.getGraph().find().forEachRemaining(t -> dsg.add(DGKG.GRAPH_ONTOLOGY, t.getSubject(), t.getPredicate(), t.getObject()));
        reference.getGraph().find().forEachRemaining(t -> dsg.add(DGKG.GRAPH_REFERENCE, t.getSubject(), t.getPredicate(), t.getObject()));
        corpus.documents().forEach(doc -> writeDocumentMeta(dsg, doc));
        writeBuild(dsg, corpus);
    }

    /** The document graphs of {@code extraction}, each written on demand ({@link Documents#write}). */
    public Documents documents(Corpus corpus, Extraction extraction) {
        return new Documents(corpus, extraction);
    }

    /**
     * Writes one document's graph at a time: its mentions, the entities it describes, its facts
     * with statements and evidence. A document graph depends only on its own mentions and facts
     * (annotation and statement names carry the document's id), so the graphs can be written
     * one by one, on several threads, and equal those of one whole-dataset write.
     */
    public final class Documents {
        private final Map<String, Entity> entities = new HashMap<>();
        private final Map<String, java.util.List<Mention>> mentions = new HashMap<>();
        private final Map<String, java.util.List<Fact>> facts = new HashMap<>();
        private final Extraction extraction;

        private Documents(Corpus corpus, Extraction extraction) {
            this.extraction = extraction;
            extraction.entities().forEach(e -> entities.put(e.iri(), e));
            for (Mention m : extraction.mentions())
                mentions.computeIfAbsent(m.documentId(), k -> new java.util.ArrayList<>()).add(m);
            for (Fact f : extraction.facts())
                facts.computeIfAbsent(f.documentId(), k -> new java.util.ArrayList<>()).add(f);
        }

        /** Adds {@code doc}'s graph to {@code dsg} (nothing when the extraction read nothing in it). Thread-safe for distinct targets. */
        /** The language tag of a name as a document writes it: its manifest's script (zh-Hant), else zh (苹果 as a company's name). */
        private static String writtenLanguage(SourceDocument doc) {
            String lang = doc.meta().language();
            return lang != null && lang.equalsIgnoreCase("zh-Hant") ? "zh-Hant" : "zh";
        }

        public void write(SourceDocument doc, DatasetGraph dsg) {
            Node g = DGKG.documentGraph(doc.id());
            CodePoints codePoints = new CodePoints(doc.original());
            Set<String> described = new HashSet<>();
            Set<String> annotationIds = new HashSet<>();
            for (Mention m : mentions.getOrDefault(doc.id(), java.util.List.of())) {
                Entity e = entities.get(m.entityIri());
                if (e != null && !e.curated() && described.add(e.iri()))
                    describe(dsg, g, extraction.describedIn(doc.id(), e));
                else if (e != null && e.curated() && described.add(e.iri()))
                    for (String written : extraction.describedIn(doc.id(), e) == e ? Set.<String>of() : extraction.describedIn(doc.id(), e).altLabels())
                        add(dsg, g, NodeFactory.createURI(e.iri()), SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(written, writtenLanguage(doc)));
                String id = doc.id() + "-" + m.span().start() + "-" + m.span().end();
                for (int n = 2; !annotationIds.add(id); n++)
                    id = doc.id() + "-" + m.span().start() + "-" + m.span().end() + "-" + n;
                Node ann = DGKG.node("annotation", id);
                add(dsg, g, ann, RDF.type.asNode(), DGKG.OA_Annotation.asNode());
                add(dsg, g, ann, DGKG.OA_motivatedBy.asNode(), DGKG.OA_identifying.asNode());
                add(dsg, g, ann, DGKG.OA_hasBody.asNode(), NodeFactory.createURI(m.entityIri()));
                add(dsg, g, ann, DGKG.extractedBy.asNode(), NodeFactory.createLiteralString(m.rule()));
                target(dsg, g, ann, doc, codePoints, m.span());
            }

            Map<String, Node> evidenceAnnotations = new HashMap<>();
            for (Fact f : facts.getOrDefault(doc.id(), java.util.List.of())) {
                Node subject = FactNodes.subject(f);
                Node predicate = FactNodes.predicate(f.predicate());
                Node object = FactNodes.object(f.object());
                add(dsg, g, subject, predicate, object);
                String key = doc.id() + "-s" + f.evidence().start() + "-" + f.evidence().end();
                Node ev = evidenceAnnotations.computeIfAbsent(key, k -> {
                    Node a = DGKG.node("annotation", k);
                    add(dsg, g, a, RDF.type.asNode(), DGKG.OA_Annotation.asNode());
                    add(dsg, g, a, DGKG.OA_motivatedBy.asNode(), DGKG.OA_describing.asNode());
                    add(dsg, g, a, DGKG.sentence.asNode(), NodeFactory.createLiteralString(
                            doc.normalised().text().substring(f.evidence().start(), f.evidence().end())));
                    target(dsg, g, a, doc, codePoints, f.evidence());
                    return a;
                });
                String stmtKey = subject + " " + predicate + " " + object + " " + key + " " + f.rule();
                Node st = DGKG.node("statement", doc.id() + "-" + DGKG.shortHash(stmtKey));
                add(dsg, g, st, RDF.type.asNode(), RDF.Statement.asNode());
                add(dsg, g, st, RDF.subject.asNode(), subject);
                add(dsg, g, st, RDF.predicate.asNode(), predicate);
                add(dsg, g, st, RDF.object.asNode(), object);
                add(dsg, g, st, DGKG.evidence.asNode(), ev);
                add(dsg, g, st, DGKG.confidence.asNode(),
                        decimal(f.confidence()));
                add(dsg, g, st, DGKG.extractedBy.asNode(), NodeFactory.createLiteralString(f.rule()));
                if (f.weight() != null)
                    add(dsg, g, st, DGKG.weight.asNode(),
                            decimal(f.weight()));
                if (f.inferred())
                    add(dsg, g, st, DGKG.dateInferred.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            }
        }
    }

    private void describe(DatasetGraph dsg, Node g, Entity e) {
        Node s = NodeFactory.createURI(e.iri());
        add(dsg, g, s, RDF.type.asNode(), NodeFactory.createURI(e.type()));
        add(dsg, g, s, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(e.labelZh(), "zh"));
        add(dsg, g, s, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.labelZh(), "zh"));
        if (e.labelEn() != null) {
            add(dsg, g, s, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(e.labelEn(), "en"));
            add(dsg, g, s, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.labelEn(), "en"));
        }
        for (String alt : e.altLabels())
            if (!alt.equals(e.labelZh()) && !alt.equals(e.labelEn()))
                add(dsg, g, s, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(alt, isLatin(alt) ? "en" : "zh"));
        if (e.acronym() != null)
            add(dsg, g, s, DGKG.acronym.asNode(), NodeFactory.createLiteralString(e.acronym()));
    }

    private static boolean isLatin(String s) {
        return s.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The annotation's target: the document, a position selector and a quote selector. */
    private static void target(DatasetGraph dsg, Node g, Node ann, SourceDocument doc, CodePoints cp, Span normalised) {
        Span original = doc.normalised().toOriginal(normalised);
        String text = doc.original();
        Node target = NodeFactory.createBlankNode();
        add(dsg, g, ann, DGKG.OA_hasTarget.asNode(), target);
        add(dsg, g, target, RDF.type.asNode(), DGKG.OA_SpecificResource.asNode());
        add(dsg, g, target, DGKG.OA_hasSource.asNode(), NodeFactory.createURI(DGKG.documentIri(doc.id())));
        Node pos = NodeFactory.createBlankNode();
        add(dsg, g, target, DGKG.OA_hasSelector.asNode(), pos);
        add(dsg, g, pos, RDF.type.asNode(), DGKG.OA_TextPositionSelector.asNode());
        add(dsg, g, pos, DGKG.OA_start.asNode(), integer(cp.at(original.start())));
        add(dsg, g, pos, DGKG.OA_end.asNode(), integer(cp.at(original.end())));
        Node quote = NodeFactory.createBlankNode();
        add(dsg, g, target, DGKG.OA_hasSelector.asNode(), quote);
        add(dsg, g, quote, RDF.type.asNode(), DGKG.OA_TextQuoteSelector.asNode());
        add(dsg, g, quote, DGKG.OA_exact.asNode(), NodeFactory.createLiteralString(text.substring(original.start(), original.end())));
        int p0 = Math.max(0, original.start() - QUOTE_CONTEXT);
        if (p0 < original.start())
            add(dsg, g, quote, DGKG.OA_prefix.asNode(), NodeFactory.createLiteralString(text.substring(p0, original.start())));
        int s1 = Math.min(text.length(), original.end() + QUOTE_CONTEXT);
        if (original.end() < s1)
            add(dsg, g, quote, DGKG.OA_suffix.asNode(), NodeFactory.createLiteralString(text.substring(original.end(), s1)));
    }

    private static void writeDocumentMeta(DatasetGraph dsg, SourceDocument doc) {
        DocumentMeta m = doc.meta();
        Node g = DGKG.GRAPH_META;
        Node s = NodeFactory.createURI(DGKG.documentIri(m.id()));
        add(dsg, g, s, RDF.type.asNode(), DGKG.SourceDocument.asNode());
        add(dsg, g, s, DCTerms.title.asNode(), NodeFactory.createLiteralLang(m.titleZh(), "zh"));
        add(dsg, g, s, RDFS.label.asNode(), NodeFactory.createLiteralLang(m.titleZh(), "zh"));
        if (m.titleEn() != null) {
            add(dsg, g, s, DCTerms.title.asNode(), NodeFactory.createLiteralLang(m.titleEn(), "en"));
            add(dsg, g, s, RDFS.label.asNode(), NodeFactory.createLiteralLang(m.titleEn(), "en"));
        }
        add(dsg, g, s, DCTerms.publisher.asNode(), NodeFactory.createLiteralLang(m.publisherZh(), "zh"));
        if (m.publisherEn() != null)
            add(dsg, g, s, DCTerms.publisher.asNode(), NodeFactory.createLiteralLang(m.publisherEn(), "en"));
        add(dsg, g, s, DCTerms.issued.asNode(), Dates.literal(m.issued()));
        add(dsg, g, s, DCTerms.language.asNode(), NodeFactory.createLiteralString(m.language()));
        for (String c : m.creators())
            add(dsg, g, s, DCTerms.creator.asNode(), NodeFactory.createLiteralLang(c, "zh"));
        if (m.identifier() != null)
            add(dsg, g, s, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(m.identifier()));
        if (m.kind() != null)
            add(dsg, g, s, DCTerms.type.asNode(), NodeFactory.createLiteralString(m.kind()));
        add(dsg, g, s, DCTerms.source.asNode(), NodeFactory.createLiteralString(m.file()));
        if (m.original() != null) {
            // the file the text was extracted from (./dgkg add), served at /files/{id}
            Node original = NodeFactory.createURI(DGKG.BASE + "files/" + m.id());
            add(dsg, g, s, DCTerms.hasFormat.asNode(), original);
            add(dsg, g, original, DCTerms.format.asNode(), NodeFactory.createLiteralString(m.originalMediaType()));
            add(dsg, g, original, DCTerms.source.asNode(), NodeFactory.createLiteralString(m.original()));
        }
        add(dsg, g, s, DGKG.sha256.asNode(), NodeFactory.createLiteralString(doc.sha256()));
        add(dsg, g, s, DGKG.charCount.asNode(), integer(doc.originalLength()));
        add(dsg, g, s, DGKG.SCHEMA_text.asNode(), NodeFactory.createLiteralString(doc.original()));
    }

    private void writeBuild(DatasetGraph dsg, Corpus corpus) {
        Node g = DGKG.GRAPH_META;
        Node ds = NodeFactory.createURI(DGKG.BASE);
        add(dsg, g, ds, RDF.type.asNode(), NodeFactory.createURI(DGKG.VOID + "Dataset"));
        add(dsg, g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("dgkg: global digital governance knowledge graph", "en"));
        add(dsg, g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("全球数字治理知识图谱", "zh"));
        add(dsg, g, ds, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(build.time().toString(), XSDDatatype.XSDdateTime));
        add(dsg, g, ds, NodeFactory.createURI(DGKG.NS + "buildVersion"), NodeFactory.createLiteralString(build.version()));
        add(dsg, g, ds, NodeFactory.createURI(DGKG.NS + "buildFingerprint"), NodeFactory.createLiteralString(build.fingerprint()));
        for (SourceDocument d : corpus.documents())
            add(dsg, g, ds, DCTerms.source.asNode(), NodeFactory.createURI(DGKG.documentIri(d.id())));
    }

    /**
     * A decimal rounded to two places, in its canonical lexical form ("0.9", "1.0", not "0.90"):
     * TDB2 stores decimals by value and returns the canonical form, and deletes by the term it is
     * given; a quad written as "0.90" could then not be deleted by the "0.9" it is read back as,
     * which broke replacing a document's graph in an incremental build.
     */
    static Node decimal(double value) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
        return NodeFactory.createLiteralDT(org.apache.jena.sparql.expr.nodevalue.XSDFuncOp.canonicalDecimalStr(d), XSDDatatype.XSDdecimal);
    }

    static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    private static void add(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        dsg.add(new Quad(g, s, p, o));
    }
}
