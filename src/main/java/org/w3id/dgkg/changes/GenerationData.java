package org.w3id.dgkg.changes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.store.Generation;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Reads (part of) a stored generation into memory. It reads the generation's TriG dump, which
 * the build wrote beside the TDB2 files: a plain file needs no TDB2 lock, so this works while a
 * server (in this process or another) has the generation open. Without a dump it falls back to
 * the TDB2 database itself.
 */
final class GenerationData {
    private static final Logger LOG = LoggerFactory.getLogger(GenerationData.class);

    private GenerationData() {}

    /** The quads of {@code g} that {@code keep} accepts, or empty (with a warning) when the generation cannot be read. */
    static Optional<DatasetGraph> read(Tdb2Store store, Generation g, Predicate<Quad> keep) {
        long t0 = System.nanoTime();
        DatasetGraph out = DatasetGraphFactory.create(); // lighter than TIM; read once, then dropped
        Path dump = Tdb2Store.dumpOf(g);
        try {
            if (Files.isRegularFile(dump)) {
                StreamRDF sink = new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        if (keep.test(q))
                            out.add(q);
                    }

                    @Override
                    public void triple(org.apache.jena.graph.Triple t) {
                        quad(Quad.create(Quad.defaultGraphIRI, t));
                    }
                };
                try (InputStream in = new GZIPInputStream(Files.newInputStream(dump), 1 << 16)) {
                    Txn.executeWrite(out, () -> RDFParser.source(in).lang(Lang.TRIG).parse(sink));
                }
            } else {
                DatasetGraph tdb = store.connect(0).asDatasetGraph();
                Txn.executeRead(tdb, () -> Txn.executeWrite(out, () -> tdb.find().forEachRemaining(q -> {
                    if (keep.test(q))
                        out.add(q);
                })));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read generation {} in {}: {}", g.name(), store.directory(), e.getMessage());
            return Optional.empty();
        }
        LOG.debug("Read {} quads of generation {} in {} ms", Txn.calculateRead(out, () -> out.stream().count()), g.name(),
                (System.nanoTime() - t0) / 1_000_000);
        return Optional.of(out);
    }

    /** Only the meta graph: enough for the history (generations and change sets). */
    static boolean metaOnly(Quad q) {
        return q.getGraph().equals(DGKG.GRAPH_META) && !q.getPredicate().equals(DGKG.SCHEMA_text.asNode());
    }
}
