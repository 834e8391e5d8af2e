package org.w3id.dgkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.validate.ShapesValidator;
import org.w3id.dgkg.validate.ShapesViolatedException;

/**
 * The build's validate-while-loading step fails fast: a graph that violates the shapes stops a
 * load that is still running (the load is told to stop, and the violation is what is reported),
 * instead of surfacing only once the whole store step is done.
 */
class ValidateWhileLoadingTest {
    private static final ShapesValidator SHAPES = ShapesValidator.fromFiles(Path.of("shapes/graph.shapes.ttl"));

    private static Graph fixture(String name) {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(Path.of("src/test/resources/validate/graph", name).toString());
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    @Test
    void aViolationStopsALoadStillRunningAndIsWhatIsReported() {
        AtomicBoolean told = new AtomicBoolean();
        AtomicInteger polls = new AtomicInteger();
        ShapesViolatedException e = assertThrows(ShapesViolatedException.class, () -> BuildPipeline.validateWhileLoading(SHAPES,
                () -> fixture("statement-without-evidence.trig"), stop -> {
                    // a load that would never end by itself: it ends only when told to stop
                    while (!stop.getAsBoolean()) {
                        polls.incrementAndGet();
                        Thread.onSpinWait();
                        if (polls.get() % 1000 == 0)
                            Thread.yield();
                    }
                    told.set(true);
                    throw new IllegalStateException("load stopped");
                }));
        assertTrue(told.get(), "the load was told to stop");
        assertTrue(e.getMessage().contains("violat"), e.getMessage());
        assertEquals(1, e.getSuppressed().length, "the stopped load's error is kept as suppressed");
    }
}
