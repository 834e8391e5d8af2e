package org.w3id.dgkg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.w3id.dgkg.cache.DocumentQuads;
import org.w3id.dgkg.changes.ChangeLog;
import org.w3id.dgkg.extract.PerDocument;
import org.w3id.dgkg.ingest.Corpus;
import org.w3id.dgkg.ingest.SourceDocument;
import org.w3id.dgkg.rdf.CorpusCounts;
import org.w3id.dgkg.rdf.DatasetWriter;
import org.w3id.dgkg.store.StagedGraphs;
import org.w3id.dgkg.validate.GraphByGraphValidation;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The document graphs of a full build written one at a time, on every core: each is made in
 * memory from the extraction, written to its file in the new generation's staging folder
 * ({@link StagedGraphs}) and dropped. What the corpus-wide steps need is kept as each graph goes
 * by, and only that: the counts ({@link CorpusCounts}), how the graph describes the resources it
 * uses (for SHACL on other graphs), the few quads the change log compares (added to
 * {@code shared}) and the document's build-cache entry. The whole dataset is never in memory.
 */
final class StreamingBuild {
    /** What the document graphs left behind for the corpus-wide steps. */
    record Written(CorpusCounts counts, GraphByGraphValidation.Descriptions descriptions, Map<Node, Long> sizes) {}

    private StreamingBuild() {}

    /**
     * Writes every document graph of {@code corpus} to {@code staged}. {@code shared} holds the
     * shared graphs (its meta graph describes the documents); it receives each document graph's
     * quads the change log reads. {@code cache} receives each document's quads.
     */
    static Written writeDocuments(Corpus corpus, DatasetWriter.Documents documents, DatasetGraph shared, StagedGraphs staged,
            IncrementalBuild.Filling cache) {
        CorpusCounts counts = new CorpusCounts();
        GraphByGraphValidation.Descriptions descriptions = new GraphByGraphValidation.Descriptions();
        Map<Node, Long> sizes = new ConcurrentHashMap<>();
        // the meta-graph description of each document, for its cache entry (read here, before the threads)
        Map<String, List<Quad>> metaOf = new ConcurrentHashMap<>();
        for (SourceDocument d : corpus.documents()) {
            List<Quad> quads = new ArrayList<>();
            for (Node s : DocumentQuads.metaSubjects(d.id()))
                shared.find(DGKG.GRAPH_META, s, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            metaOf.put(d.id(), quads);
        }
        forEach(corpus.documents(), doc -> {
            Node g = DGKG.documentGraph(doc.id());
            DatasetGraph one = DatasetGraphFactory.create();
            documents.write(doc, one);
            long n = staged.write(g, one.find(g, Node.ANY, Node.ANY, Node.ANY));
            if (n > 0)
                sizes.put(g, n);
            descriptions.addFrom(one.find(g, Node.ANY, Node.ANY, Node.ANY));
            List<Quad> compared = new ArrayList<>();
            one.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (ChangeLog.neededFromDocumentGraph(q))
                    compared.add(q);
            });
            synchronized (shared) {
                compared.forEach(shared::add);
            }
            metaOf.remove(doc.id()).forEach(one::add);
            counts.add(one); // adds the document's counts graph to its copy: the cache entry keeps them
            cache.store(doc, one, n);
        });
        return new Written(counts, descriptions, sizes);
    }

    /** Runs {@code task} for every document on as many threads as the machine has cores; the first failure stops the rest. */
    private static void forEach(List<SourceDocument> docs, java.util.function.Consumer<SourceDocument> task) {
        PerDocument.map(docs, PerDocument.THREADS, "write-graph", d -> {
            task.accept(d);
            return null;
        });
    }
}
