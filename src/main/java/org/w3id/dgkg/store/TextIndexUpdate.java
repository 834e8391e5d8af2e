package org.w3id.dgkg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Brings a copied text index up to date after some named graphs were replaced. An index entry
 * is keyed by its subject's IRI and does not record its graph, and one entity may be labelled in
 * several graphs; so every entry of a subject that a replaced graph described (before or after)
 * is removed, and that subject's entries are indexed again from the whole new dataset, as a full
 * build would index them. Mention sentences (entries keyed by a mention annotation, which lives
 * in its document's graph only) are removed with the old graph and computed for the new one.
 */
final class TextIndexUpdate {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TextIndexUpdate.class);
    /** The predicates {@link TextIndexer} indexes (a method: Jena's vocabulary is not initialised when this class may be). */
    private static List<Node> indexed() {
        return TextIndexer.indexedPredicates();
    }

    private TextIndexUpdate() {}

    /** The IRIs in graph {@code g} that have index entries: labelled or evidence subjects, and mention annotations. */
    static Set<Node> indexedSubjects(DatasetGraph dsg, Node g) {
        Set<Node> out = new HashSet<>();
        if (!dsg.containsGraph(g)) // a removed graph (asking a dataset of linked graphs for it would add it)
            return out;
        for (Node p : indexed())
            dsg.find(g, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (q.getSubject().isURI())
                    out.add(q.getSubject());
            });
        dsg.find(g, Node.ANY, DGKG.OA_motivatedBy.asNode(), DGKG.OA_identifying.asNode()).forEachRemaining(q -> {
            if (q.getSubject().isURI())
                out.add(q.getSubject());
        });
        return out;
    }

    static void apply(Path dir, DatasetGraph data, Set<Node> changed, Set<Node> oldSubjects) throws IOException {
        long t0 = System.nanoTime();
        Set<Node> subjects = new HashSet<>(oldSubjects);
        Txn.executeRead(data, () -> changed.forEach(g -> subjects.addAll(indexedSubjects(data, g))));
        TextIndexConfig config = TextIndexer.config();
        EntityDefinition def = config.getEntDef();
        try (Directory d = FSDirectory.open(dir)) {
            // one writer session, one commit: the old entries are deleted and the new ones added
            // through the index's own writer (a delete applies to the entries indexed before it)
            TextIndexLucene index = new TextIndexLucene(d, config);
            long t1;
            try {
                IndexWriter w = index.getIndexWriter();
                for (Node s : subjects)
                    w.deleteDocuments(new Term(def.getEntityField(), s.getURI()));
                // Deleted entries still count in term statistics until Lucene merges them away: the
                // hits are those of a full build, their scores may differ slightly until then.
                t1 = System.nanoTime();
                Txn.executeRead(data, () -> {
                    // one entry per distinct label of the subject, as a full build indexes it
                    java.util.Set<org.apache.jena.graph.Triple> seen = new HashSet<>();
                    for (Node s : subjects)
                        for (Node p : indexed())
                            TextIndexer.addDistinct(data.find(Node.ANY, s, p, Node.ANY), def, index, seen);
                    // the sentences around the mentions of the new graphs (a document graph holds its
                    // mentions, their targets and selectors; the shared graphs none), from their documents' text
                    DatasetGraph part = DatasetGraphFactory.create();
                    String documentGraphs = DGKG.documentGraph("").getURI();
                    for (Node g : changed)
                        if (g.isURI() && g.getURI().startsWith(documentGraphs))
                            IncrementalLoad.quadsOf(data, g).forEachRemaining(part::add);
                    if (data.containsGraph(DGKG.GRAPH_META))
                        data.find(DGKG.GRAPH_META, Node.ANY, DGKG.SCHEMA_text.asNode(), Node.ANY).forEachRemaining(part::add);
                    TextIndexer.mentionSentences(part, index, new java.util.HashSet<>());
                });
                index.commit();
            } finally {
                index.close();
            }
            LOG.debug("Text index: {} subjects; old entries found and deleted in {} ms, new ones added and committed in {} ms", subjects.size(),
                    (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        }
    }
}
