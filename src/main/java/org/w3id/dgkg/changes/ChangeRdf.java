package org.w3id.dgkg.changes;

import static org.w3id.dgkg.changes.ChangeVocab.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Change sets as RDF in the meta graph, and back:
 * <pre>
 * generation/3  a prov:Entity, dcat:Dataset ; dgkg:generationNumber 3 ; prov:generatedAtTime … ;
 *               prov:wasRevisionOf generation/2 ; dgkg:buildFingerprint "…" ; dgkg:changeSet changeset/3 .
 * changeset/3   a dgkg:ChangeSet ; dgkg:documentsAdded 1 ; … ; dgkg:detailsKept true ; dgkg:change change/3-… .
 * change/3-…    a dgkg:Addition ; dgkg:changed &lt;statement…&gt; ; dgkg:changedType rdf:Statement ;
 *               dgkg:factSubject … ; dgkg:factPredicate … ; dgkg:factObject … ; dgkg:inDocument … ; dgkg:evidenceText "…" .
 * </pre>
 * Removed things keep their labels on the change ({@code dgkg:changedLabel}, {@code dgkg:subjectLabel},
 * {@code dgkg:objectLabel}), since the graph no longer names them.
 */
final class ChangeRdf {
    private ChangeRdf() {}

    static void write(DatasetGraph dsg, ChangeSet cs) {
        Node g = DGKG.GRAPH_META;
        Node gen = generation(cs.number());
        Node set = changeSet(cs.number());
        add(dsg, g, gen, RDF.type.asNode(), PROV_ENTITY);
        add(dsg, g, gen, RDF.type.asNode(), DCAT_DATASET);
        add(dsg, g, gen, DCT_TITLE, NodeFactory.createLiteralLang("dgkg generation " + cs.number(), "en"));
        add(dsg, g, gen, DCT_TITLE, NodeFactory.createLiteralLang("dgkg 第" + cs.number() + "代数据", "zh"));
        add(dsg, g, gen, GENERATION_NUMBER, integer(cs.number()));
        add(dsg, g, gen, PROV_GENERATED_AT, NodeFactory.createLiteralDT(cs.time().toString(), XSDDatatype.XSDdateTime));
        if (cs.fingerprint() != null)
            add(dsg, g, gen, BUILD_FINGERPRINT, NodeFactory.createLiteralString(cs.fingerprint()));
        if (cs.previous() != null)
            add(dsg, g, gen, PROV_REVISION_OF, generation(cs.previous()));
        add(dsg, g, gen, CHANGE_SET, set);
        add(dsg, g, set, RDF.type.asNode(), CHANGE_SET_CLASS);
        add(dsg, g, set, RDF.type.asNode(), PROV_ENTITY);
        Counts c = cs.counts();
        add(dsg, g, set, DOCUMENTS_ADDED, integer(c.documentsAdded()));
        add(dsg, g, set, DOCUMENTS_CHANGED, integer(c.documentsChanged()));
        add(dsg, g, set, DOCUMENTS_REMOVED, integer(c.documentsRemoved()));
        add(dsg, g, set, ENTITIES_ADDED, integer(c.entitiesAdded()));
        add(dsg, g, set, ENTITIES_REMOVED, integer(c.entitiesRemoved()));
        add(dsg, g, set, FACTS_ADDED, integer(c.factsAdded()));
        add(dsg, g, set, FACTS_REMOVED, integer(c.factsRemoved()));
        add(dsg, g, set, DETAILS_KEPT, NodeFactory.createLiteralDT(Boolean.toString(cs.detailed()), XSDDatatype.XSDboolean));
        if (cs.detailed())
            for (Change ch : cs.changes())
                writeChange(dsg, g, cs.number(), set, ch);
    }

    private static void writeChange(DatasetGraph dsg, Node g, int n, Node set, Change ch) {
        Node node = NodeFactory.createURI(CHANGE_IRI + n + "-" + DGKG.shortHash(ch.action() + " " + ch.key()));
        add(dsg, g, set, CHANGE, node);
        add(dsg, g, node, RDF.type.asNode(), switch (ch.action()) {
            case ADDED -> ADDITION;
            case CHANGED -> REVISION;
            case REMOVED -> REMOVAL;
        });
        add(dsg, g, node, CHANGED, NodeFactory.createURI(ch.iri()));
        add(dsg, g, node, CHANGED_TYPE, NodeFactory.createURI(switch (ch.kind()) {
            case DOCUMENT -> DGKG.SourceDocument.getURI();
            case FACT -> RDF.Statement.getURI();
            case ENTITY -> ch.type() == null ? PROV + "Entity" : ch.type();
        }));
        literal(dsg, g, node, CHANGED_LABEL, ch.label());
        if (ch.kind() != Change.Kind.FACT)
            return;
        add(dsg, g, node, FACT_SUBJECT, resource(ch.subject()));
        add(dsg, g, node, FACT_PREDICATE, NodeFactory.createURI(ch.predicate()));
        add(dsg, g, node, FACT_OBJECT, resource(ch.object()));
        literal(dsg, g, node, SUBJECT_LABEL, ch.subjectLabel());
        literal(dsg, g, node, OBJECT_LABEL, ch.objectLabel());
        add(dsg, g, node, IN_DOCUMENT, NodeFactory.createURI(ch.document()));
        literal(dsg, g, node, EVIDENCE_TEXT, ch.evidence());
    }

    /** Every change set recorded in the meta graph, oldest first. */
    static List<ChangeSet> readAll(DatasetGraph dsg) {
        Node g = DGKG.GRAPH_META;
        List<ChangeSet> out = new ArrayList<>();
        dsg.find(g, Node.ANY, GENERATION_NUMBER, Node.ANY).forEachRemaining(q -> {
            Node gen = q.getSubject();
            int n = Integer.parseInt(q.getObject().getLiteralLexicalForm());
            Node prev = one(dsg, g, gen, PROV_REVISION_OF);
            Node time = one(dsg, g, gen, PROV_GENERATED_AT);
            Node fp = one(dsg, g, gen, BUILD_FINGERPRINT);
            Node set = one(dsg, g, gen, CHANGE_SET);
            boolean detailed = set != null && "true".equals(lexical(one(dsg, g, set, DETAILS_KEPT)));
            List<Change> changes = new ArrayList<>();
            if (set != null && detailed)
                dsg.find(g, set, CHANGE, Node.ANY).forEachRemaining(c -> changes.add(readChange(dsg, g, c.getObject())));
            changes.sort(Comparator.comparing(Change::kind).thenComparing(Change::action).thenComparing(Change::key));
            out.add(new ChangeSet(n, prev == null ? null : Integer.parseInt(prev.getURI().substring(GENERATION.length())),
                    time == null ? Instant.EPOCH : Instant.parse(time.getLiteralLexicalForm()), lexical(fp),
                    set == null ? Counts.of(List.of()) : readCounts(dsg, g, set), detailed, changes));
        });
        out.sort(Comparator.comparingInt(ChangeSet::number));
        return out;
    }

    private static Counts readCounts(DatasetGraph dsg, Node g, Node set) {
        return new Counts(count(dsg, g, set, DOCUMENTS_ADDED), count(dsg, g, set, DOCUMENTS_CHANGED),
                count(dsg, g, set, DOCUMENTS_REMOVED), count(dsg, g, set, ENTITIES_ADDED), count(dsg, g, set, ENTITIES_REMOVED),
                count(dsg, g, set, FACTS_ADDED), count(dsg, g, set, FACTS_REMOVED));
    }

    private static Change readChange(DatasetGraph dsg, Node g, Node c) {
        Node type = one(dsg, g, c, RDF.type.asNode());
        Change.Action action = REMOVAL.equals(type) ? Change.Action.REMOVED
                : REVISION.equals(type) ? Change.Action.CHANGED : Change.Action.ADDED;
        String changedType = lexical(one(dsg, g, c, CHANGED_TYPE));
        Change.Kind kind = DGKG.SourceDocument.getURI().equals(changedType) ? Change.Kind.DOCUMENT
                : RDF.Statement.getURI().equals(changedType) ? Change.Kind.FACT : Change.Kind.ENTITY;
        return new Change(kind, action, lexical(one(dsg, g, c, CHANGED)), lexical(one(dsg, g, c, CHANGED_LABEL)),
                kind == Change.Kind.ENTITY ? changedType : kind == Change.Kind.FACT ? changedType : null,
                lexical(one(dsg, g, c, FACT_SUBJECT)), lexical(one(dsg, g, c, FACT_PREDICATE)), lexical(one(dsg, g, c, FACT_OBJECT)),
                lexical(one(dsg, g, c, SUBJECT_LABEL)), lexical(one(dsg, g, c, OBJECT_LABEL)),
                lexical(one(dsg, g, c, IN_DOCUMENT)), lexical(one(dsg, g, c, EVIDENCE_TEXT)));
    }

    /**
     * Writes the history of an older generation into {@code target}: every generation and change
     * set, with the individual changes of the newest {@code keepDetails} generations only (older
     * ones keep their counts and say {@code dgkg:detailsKept false}).
     */
    static void copyHistory(List<ChangeSet> all, DatasetGraph target, int keepDetails) {
        int oldestDetailed = all.isEmpty() ? 0 : all.get(all.size() - 1).number() - keepDetails + 1;
        for (ChangeSet cs : all)
            write(target, cs.number() >= oldestDetailed ? cs
                    : new ChangeSet(cs.number(), cs.previous(), cs.time(), cs.fingerprint(), cs.counts(), false, List.of()));
    }

    private static long count(DatasetGraph dsg, Node g, Node s, Node p) {
        String v = lexical(one(dsg, g, s, p));
        return v == null ? 0 : Long.parseLong(v);
    }

    private static Node resource(String v) {
        return v.startsWith("http://") || v.startsWith("https://") ? NodeFactory.createURI(v) : NodeFactory.createLiteralString(v);
    }

    private static void literal(DatasetGraph dsg, Node g, Node s, Node p, String v) {
        if (v != null)
            add(dsg, g, s, p, NodeFactory.createLiteralString(v));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String lexical(Node n) {
        return n == null ? null : n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static void add(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        dsg.add(new Quad(g, s, p, o));
    }

    static Map<Integer, ChangeSet> byNumber(List<ChangeSet> all) {
        Map<Integer, ChangeSet> m = new HashMap<>();
        all.forEach(c -> m.put(c.number(), c));
        return m;
    }
}
