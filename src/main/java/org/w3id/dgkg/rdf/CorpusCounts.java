package org.w3id.dgkg.rdf;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The counts graph ({@link MentionCounts}) of a corpus, from its document graphs one at a time:
 * {@link MentionCounts} counts each document's graph and the counts are summed. The sum is the
 * count over the whole dataset because every mention annotation and statement lives in one
 * document graph (its IRI carries the document's id) and points into that document only, so the
 * sets {@link MentionCounts} counts are disjoint between documents. The concern helpers
 * ({@link ConcernHelpers}) are not summed: each pair gets its highest weight over the documents
 * and is ranked again over the corpus when the counts are written.
 */
public final class CorpusCounts {
    private record Key(Node subject, Node property) {}

    private final Map<Key, Long> sums = new ConcurrentHashMap<>();
    /** Per-mention triples (document, start offset): one document's own, copied as they are, not summed. */
    private final Queue<Triple> positions = new ConcurrentLinkedQueue<>();
    private final ConcernHelpers.Sum concerns = new ConcernHelpers.Sum();

    /** Counts the document graph(s) of {@code oneDocument} and adds the counts; {@code oneDocument} gets its counts graph. Safe from several threads. */
    public void add(DatasetGraph oneDocument) {
        MentionCounts.addTo(oneDocument);
        addCounted(oneDocument);
    }

    /**
     * Adds the counts graph that {@code oneDocument} already holds (what {@link #add} gave it,
     * kept since, e.g. in a build cache entry), without counting its document graph again: an
     * incremental build sums the cached counts of the unchanged documents. Safe from several threads.
     */
    public void addCounted(DatasetGraph oneDocument) {
        List<Triple> concernHelpers = new ArrayList<>();
        oneDocument.find(MentionCounts.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (ConcernHelpers.isHelper(q.getPredicate()))
                concernHelpers.add(q.asTriple());
            else if (MentionCounts.isPosition(q.getPredicate()))
                positions.add(q.asTriple());
            else
                sums.merge(new Key(q.getSubject(), q.getPredicate()), ((Number) q.getObject().getLiteralValue()).longValue(), Long::sum);
        });
        concerns.addDocument(concernHelpers);
    }

    /**
     * Writes the summed counts as the counts graph of {@code dsg} (replacing it); returns the
     * triples written. The counts are moved, not copied: this object is empty afterwards (one
     * position per mention, 1.8 M at 1,000 documents, would otherwise stay in memory twice for the
     * rest of the build).
     */
    public long writeTo(DatasetGraph dsg) {
        dsg.removeGraph(MentionCounts.GRAPH);
        long n = sums.size();
        sums.forEach((k, sum) -> dsg.add(MentionCounts.GRAPH, k.subject(), k.property(),
                NodeFactory.createLiteralDT(BigInteger.valueOf(sum).toString(), XSDDatatype.XSDinteger)));
        sums.clear();
        for (Triple t; (t = positions.poll()) != null; n++)
            dsg.add(MentionCounts.GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
        n += concerns.writeTo(t -> dsg.add(MentionCounts.GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        return n;
    }
}
