package org.w3id.dgkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replacing named graphs of a copied TDB2 generation by their difference: the result holds
 * exactly the new data (changed, removed and unchanged graphs), and a literal that TDB2 stores in
 * another form than it was given is caught by the check, which then loads the generation in full.
 */
class IncrementalLoadTest {
    private static final String EX = "https://example.org/";
    private static final Node G1 = uri("g1"), G2 = uri("g2"), G3 = uri("g3");

    private static Node uri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static Node decimal(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    /** The live generation: three graphs, with labels so that the text index has entries. */
    private static DatasetGraph live() {
        DatasetGraph d = DatasetGraphFactory.createGeneral();
        for (Node g : new Node[] {G1, G2, G3})
            for (int i = 0; i < 20; i++) {
                d.add(g, uri("s" + i), uri("p"), decimal(i + ".5"));
                d.add(g, uri("s" + i), org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralLang("实体" + i, "zh"));
            }
        return d;
    }

    private static Path generation(Path dir, DatasetGraph data) {
        Tdb2Store.bulkLoad(DatasetFactory.wrap(data), dir);
        TextIndexer.build(data, dir.resolve(TextIndexer.DIRECTORY));
        return dir;
    }

    private static Set<String> quads(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> out.add(NodeFmtLib.str(q))));
        return out;
    }

    private static Set<String> tdb2(Path gen) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(gen.toString());
        try {
            return quads(dsg);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void changedAndRemovedGraphsAreReplacedByTheirDifference(@TempDir Path tmp) throws IOException {
        Path base = generation(tmp.resolve("base"), live());
        Path gen = tmp.resolve("gen");
        IncrementalLoad.copy(base, gen);
        DatasetGraph next = live();
        next.removeGraph(G3); // a removed document
        next.delete(G1, uri("s3"), uri("p"), decimal("3.5")); // a changed one: a quad less, two more
        next.add(G1, uri("s3"), uri("p"), decimal("3.25"));
        next.add(G1, uri("new"), org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralLang("新实体", "zh"));

        IncrementalLoad.Applied applied = IncrementalLoad.apply(base, gen, next, Set.of(G1, G3));
        assertTrue(applied.replaced(), "replaced, not loaded in full");
        assertEquals(quads(next), tdb2(gen));
        assertEquals(quads(next).size() - quads(live()).size(), applied.delta(), "the change in the generation's quads");
        assertFalse(next.containsGraph(G3), "looking for the removed graph did not add it to the new data");
        assertEquals(live().getGraph(G2).size(), next.getGraph(G2).size(), "the unchanged graph is as it was");
    }

    @Test
    void aLiteralStoredInAnotherFormIsCaughtAndTheGenerationLoadedInFull(@TempDir Path tmp) throws IOException {
        Path base = generation(tmp.resolve("base"), live());
        Path gen = tmp.resolve("gen");
        IncrementalLoad.copy(base, gen);
        DatasetGraph next = live();
        // TDB2 stores the value 0.90 inline and gives it back as "0.9": the replaced graph would not
        // hold the new data's term, so the check must refuse it
        next.add(G1, uri("s1"), uri("q"), decimal("0.90"));

        assertFalse(IncrementalLoad.apply(base, gen, next, Set.of(G1)).replaced(), "loaded in full");
        Set<String> stored = tdb2(gen);
        assertEquals(quads(next).size(), stored.size());
        assertTrue(stored.contains(NodeFmtLib.str(org.apache.jena.sparql.core.Quad.create(G1, uri("s1"), uri("q"), decimal("0.9")))), stored.toString());
    }

    /**
     * An incremental build hands over the changed graphs whole and only the labels of the
     * others (its cached documents' views): the changed graphs are replaced as with complete
     * data, and a generation that must be loaded in full is loaded from the complete data,
     * not from the partial one.
     */
    @Test
    void partialDataReplacesTheChangedGraphsAndAFullLoadReadsTheCompleteData(@TempDir Path tmp) throws IOException {
        Path base = generation(tmp.resolve("base"), live());
        DatasetGraph next = live();
        next.delete(G1, uri("s3"), uri("p"), decimal("3.5"));
        next.add(G1, uri("s3"), uri("p"), decimal("3.25"));
        DatasetGraph partial = labelsOnly(next, G1);

        Path gen = tmp.resolve("gen");
        IncrementalLoad.copy(base, gen);
        int[] asked = {0};
        IncrementalLoad.Applied applied = IncrementalLoad.apply(base, gen, partial, Set.of(G1), () -> {
            asked[0]++;
            return next;
        });
        assertTrue(applied.replaced());
        assertEquals(0, asked[0], "the complete data is not needed to replace graphs");
        assertEquals(quads(next), tdb2(gen), "the unchanged graphs are whole, as in the live generation");
        assertEquals(0, applied.delta());

        next.add(G1, uri("s1"), uri("q"), decimal("0.90")); // stored in another form: loaded in full
        DatasetGraph partial2 = labelsOnly(next, G1);
        Path gen2 = tmp.resolve("gen2");
        IncrementalLoad.copy(base, gen2);
        IncrementalLoad.Applied full = IncrementalLoad.apply(base, gen2, partial2, Set.of(G1), () -> next);
        assertFalse(full.replaced());
        assertEquals(quads(next).size(), full.quads(), "loaded from the complete data");
        assertEquals(quads(next).size(), tdb2(gen2).size());
        assertTrue(tdb2(gen2).contains(NodeFmtLib.str(org.apache.jena.sparql.core.Quad.create(G2, uri("s7"), uri("p"), decimal("7.5")))),
                "an unchanged graph's quad the partial data lacked");
    }

    /**
     * Graphs whose live content the caller knows (an incremental build's meta and counts graphs,
     * from its cache) are compared in memory: the result is the new data exactly; and should the
     * known graph not be what TDB2 held (a quad TDB2 has that it lacks), the check after the
     * edit catches it and the generation is loaded in full.
     */
    @Test
    void knownPreviousGraphsAreReplacedByTheirDifferenceAndAWrongOneIsCaught(@TempDir Path tmp) throws IOException {
        Path base = generation(tmp.resolve("base"), live());
        DatasetGraph next = live();
        next.delete(G1, uri("s3"), uri("p"), decimal("3.5"));
        next.add(G1, uri("s3"), uri("p"), decimal("3.25"));
        Node g4 = uri("g4"); // a graph the live generation does not have: known to be empty
        next.add(g4, uri("s1"), uri("p"), decimal("1.5"));

        Path gen = tmp.resolve("gen");
        IncrementalLoad.copy(base, gen);
        IncrementalLoad.Applied applied = IncrementalLoad.apply(base, gen, next, Set.of(G1, g4), () -> next,
                java.util.Map.of(G1, live().getGraph(G1), g4, org.apache.jena.graph.Graph.emptyGraph));
        assertTrue(applied.replaced(), "replaced, not loaded in full");
        assertEquals(quads(next), tdb2(gen));
        assertEquals(1, applied.delta());

        // the caller's graph lacks a quad the live generation holds: it would be left behind
        org.apache.jena.graph.Graph wrong = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        live().getGraph(G1).find().forEachRemaining(wrong::add);
        wrong.delete(org.apache.jena.graph.Triple.create(uri("s7"), uri("p"), decimal("7.5")));
        DatasetGraph next2 = live();
        next2.delete(G1, uri("s7"), uri("p"), decimal("7.5"));
        Path gen2 = tmp.resolve("gen2");
        IncrementalLoad.copy(base, gen2);
        IncrementalLoad.Applied full = IncrementalLoad.apply(base, gen2, next2, Set.of(G1), () -> next2, java.util.Map.of(G1, wrong));
        assertFalse(full.replaced(), "loaded in full");
        assertEquals(quads(next2), tdb2(gen2));
    }

    /** {@code data} with graph {@code whole} whole and only the labels of every other graph. */
    private static DatasetGraph labelsOnly(DatasetGraph data, Node whole) {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        data.find().forEachRemaining(q -> {
            if (q.getGraph().equals(whole) || q.getPredicate().equals(org.apache.jena.vocabulary.RDFS.label.asNode()))
                out.add(q);
        });
        return out;
    }
}
