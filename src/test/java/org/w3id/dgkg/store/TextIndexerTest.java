package org.w3id.dgkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The text index holds one entry per distinct label of an entity, however many document graphs
 * repeat it: a label search then returns each entity once, and a corpus in which every entity is
 * labelled in many documents returns the same entities as one in which it is labelled once.
 */
class TextIndexerTest {
    private static final Node LABEL = RDFS.label.asNode();

    private static DatasetGraph corpus(int copies) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        for (int d = 0; d < copies; d++) {
            Node g = DGKG.documentGraph("doc-" + d);
            for (int e = 0; e < 30; e++) {
                Node s = NodeFactory.createURI(DGKG.BASE + "id/actor/a" + e);
                dsg.add(g, s, LABEL, NodeFactory.createLiteralLang("数字治理机构" + e, "zh"));
                dsg.add(g, s, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("数字治理机构" + e, "zh"));
            }
        }
        return dsg;
    }

    private static List<String> search(DatasetGraph indexed, String word, int limit) {
        List<String> hits = new ArrayList<>();
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?s { ?s text:query (rdfs:label \"" + word + "\" " + limit + ") }";
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(indexed)).query(q).build()) {
            qe.execSelect().forEachRemaining(r -> hits.add(r.getResource("s").getURI()));
        }
        return hits;
    }

    @Test
    void aLabelRepeatedInManyGraphsIsOneEntry() throws Exception {
        Path dir = Files.createTempDirectory("dgkg-text");
        // 30 entities × 2 predicates, each quad repeated in 10 graphs: 60 entries, not 600
        assertEquals(60, TextIndexer.build(corpus(10), dir.resolve("ten")));
        assertEquals(60, TextIndexer.build(corpus(1), dir.resolve("one")));
    }

    @Test
    void aLimitedLabelSearchFindsTheSameEntitiesInOneAndInTenCopies() {
        List<String> one = search(TextIndexer.inMemory(corpus(1)), "数字治理", 20);
        List<String> ten = search(TextIndexer.inMemory(corpus(10)), "数字治理", 20);
        assertTrue(one.stream().distinct().count() >= 10, "distinct entities in the top 20 of one copy: " + one);
        assertEquals(one.stream().distinct().count(), ten.stream().distinct().count(), "distinct entities in the top 20: " + ten);
    }

    /** A document with mentions and an evidence sentence, its quads spread over its graph and the meta graph. */
    private static List<org.apache.jena.sparql.core.Quad> mentionsAndLabels() {
        List<org.apache.jena.sparql.core.Quad> out = new ArrayList<>();
        Node g = DGKG.documentGraph("d1");
        Node doc = NodeFactory.createURI(DGKG.BASE + "id/document/d1");
        String text = "欧盟发布数字治理规则。联合国讨论数字鸿沟问题；各国表示支持。";
        out.add(new org.apache.jena.sparql.core.Quad(DGKG.GRAPH_META, doc, DGKG.SCHEMA_text.asNode(), NodeFactory.createLiteralString(text)));
        String[][] mentions = {{"欧盟", "0"}, {"数字治理", "4"}, {"联合国", "11"}, {"数字鸿沟", "16"}};
        for (int i = 0; i < mentions.length; i++) {
            Node ann = NodeFactory.createURI(DGKG.BASE + "id/mention/m" + i), target = NodeFactory.createURI(DGKG.BASE + "id/target/t" + i),
                    sel = NodeFactory.createURI(DGKG.BASE + "id/selector/s" + i);
            int start = Integer.parseInt(mentions[i][1]);
            out.add(new org.apache.jena.sparql.core.Quad(g, ann, DGKG.OA_motivatedBy.asNode(), DGKG.OA_identifying.asNode()));
            out.add(new org.apache.jena.sparql.core.Quad(g, ann, DGKG.OA_hasTarget.asNode(), target));
            out.add(new org.apache.jena.sparql.core.Quad(g, target, DGKG.OA_hasSource.asNode(), doc));
            out.add(new org.apache.jena.sparql.core.Quad(g, target, DGKG.OA_hasSelector.asNode(), sel));
            out.add(new org.apache.jena.sparql.core.Quad(g, sel, DGKG.OA_start.asNode(), NodeFactory.createLiteralDT(String.valueOf(start),
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger)));
            out.add(new org.apache.jena.sparql.core.Quad(g, sel, DGKG.OA_end.asNode(), NodeFactory.createLiteralDT(String.valueOf(start + mentions[i][0].length()),
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger)));
            Node entity = NodeFactory.createURI(DGKG.BASE + "id/actor/e" + i);
            for (Node lg : List.of(g, DGKG.GRAPH_REFERENCE)) {
                out.add(new org.apache.jena.sparql.core.Quad(lg, entity, LABEL, NodeFactory.createLiteralLang(mentions[i][0], "zh")));
                out.add(new org.apache.jena.sparql.core.Quad(lg, entity, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(mentions[i][0], "zh")));
            }
        }
        out.add(new org.apache.jena.sparql.core.Quad(g, NodeFactory.createURI(DGKG.BASE + "id/evidence/v1"), DGKG.sentence.asNode(),
                NodeFactory.createLiteralString("联合国讨论数字鸿沟问题；")));
        return out;
    }

    /** The index's documents in document-number order: (entity, field, value). */
    private static List<String> documents(Path dir) throws Exception {
        List<String> out = new ArrayList<>();
        try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
            org.apache.lucene.index.StoredFields stored = r.storedFields();
            for (int i = 0; i < r.maxDoc(); i++) {
                org.apache.lucene.document.Document d = stored.document(i);
                String field = d.get(TextIndexer.LABEL) != null ? TextIndexer.LABEL : TextIndexer.SENTENCE;
                out.add(d.get("uri") + " " + field + " " + d.get(field));
            }
        }
        return out;
    }

    /**
     * The index holds the same documents in the same order however the quads were written (graphs
     * staged by several threads, quads in any order) and whether it is built from the staging or
     * from a dataset: Lucene breaks score ties by document number, so this order decides which tied
     * hits a search with a row limit returns. Labels first (rdfs:label, then skos:prefLabel, each
     * by entity), then the sentences by annotation; a sentence with several mentions is one entry.
     */
    @Test
    void theIndexIsTheSameInAFixedOrderWhateverOrderTheQuadsComeIn() throws Exception {
        Path dir = Files.createTempDirectory("dgkg-text-order");
        List<List<String>> builds = new ArrayList<>();
        for (long seed : new long[] {1, 2, 3}) {
            List<org.apache.jena.sparql.core.Quad> quads = new ArrayList<>(mentionsAndLabels());
            java.util.Collections.shuffle(quads, new java.util.Random(seed));
            StagedGraphs staged = new StagedGraphs(Files.createDirectories(dir.resolve("staging-" + seed)));
            java.util.Map<Node, List<org.apache.jena.sparql.core.Quad>> byGraph = new java.util.LinkedHashMap<>();
            quads.forEach(q -> byGraph.computeIfAbsent(q.getGraph(), x -> new ArrayList<>()).add(q));
            byGraph.forEach((g, qs) -> staged.write(g, qs.iterator()));
            TextIndexer.buildFromEntries(staged.textEntries(), dir.resolve("staged-" + seed), () -> false);
            builds.add(documents(dir.resolve("staged-" + seed)));
            DatasetGraph dsg = DatasetGraphFactory.create();
            quads.forEach(dsg::add);
            TextIndexer.build(dsg, dir.resolve("dataset-" + seed));
            builds.add(documents(dir.resolve("dataset-" + seed)));
        }
        for (List<String> b : builds)
            assertEquals(builds.get(0), b);
        List<String> docs = builds.get(0);
        String e = DGKG.BASE + "id/actor/e";
        assertEquals(List.of(e + "0 label 欧盟", e + "1 label 数字治理", e + "2 label 联合国", e + "3 label 数字鸿沟",
                e + "0 label 欧盟", e + "1 label 数字治理", e + "2 label 联合国", e + "3 label 数字鸿沟"), docs.subList(0, 8));
        // the evidence sentence, then one sentence per sentence of the text (under its first mention)
        assertEquals(List.of(DGKG.BASE + "id/evidence/v1 sentence 联合国讨论数字鸿沟问题；",
                DGKG.BASE + "id/mention/m0 sentence 欧盟发布数字治理规则。", DGKG.BASE + "id/mention/m2 sentence 联合国讨论数字鸿沟问题；"),
                docs.subList(8, docs.size()));
    }
}
