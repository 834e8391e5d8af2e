package org.w3id.dgkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Validating graph by graph finds what validating the union finds: on every fixture of
 * {@code validate/graph} (one conforming, each other broken in one way) the same focus nodes
 * fail, and a conflict spread over two document graphs (an entity with a different Chinese
 * preferred label in each) is still found.
 */
class GraphByGraphValidationTest {
    static ShapesValidator shapes;

    @BeforeAll
    static void load() {
        shapes = ShapesValidator.fromFiles(Path.of("shapes/graph.shapes.ttl"));
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(GraphShapesTest.DIR)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".trig")).sorted().toList().stream();
        }
    }

    private static Set<String> violatingFocusNodes(ValidationReport report) {
        return report.getEntries().stream().filter(e -> e.severity() == Severity.Violation)
                .map(e -> e.focusNode().toString()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> graphByGraph(DatasetGraph dsg) {
        try {
            GraphByGraphValidation.requireConforms(shapes, dsg, () -> false);
            return Set.of();
        } catch (ShapesViolatedException e) {
            return violatingFocusNodes(e.report());
        }
    }

    /** The checks of a streaming build: shared graphs together, then each document graph on its own, with the descriptions collected graph by graph. */
    private static Set<String> streaming(DatasetGraph dsg) {
        DatasetGraph shared = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        GraphByGraphValidation.Descriptions descriptions = new GraphByGraphValidation.Descriptions();
        java.util.Map<Node, Graph> documents = new java.util.TreeMap<>(java.util.Comparator.comparing(Node::getURI));
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.getURI().startsWith(DGKG.documentGraph("").getURI())) {
                descriptions.addFrom(dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
                documents.put(g, dsg.getGraph(g));
            } else
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(shared::add);
        });
        try {
            GraphByGraphValidation.Streaming v = new GraphByGraphValidation.Streaming(shapes, shared, descriptions);
            v.requireSharedConforms();
            documents.forEach(v::requireDocumentConforms);
            return Set.of();
        } catch (ShapesViolatedException e) {
            return violatingFocusNodes(e.report());
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void aStreamingBuildsChecksFindWhatTheUnionHas(String fixture) {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(GraphShapesTest.DIR.resolve(fixture).toString());
        Set<String> union = violatingFocusNodes(shapes.validate(GraphShapesTest.union(fixture)));
        assertEquals(union, streaming(dsg), fixture);
    }

    @Test
    void aStreamingBuildFindsAConflictAcrossTwoDocumentGraphs() {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(GraphShapesTest.DIR.resolve("conforming.trig").toString());
        assertTrue(streaming(dsg).isEmpty());
        Node body = dsg.find(Node.ANY, Node.ANY, DGKG.OA_hasBody.asNode(), Node.ANY).next().getObject();
        dsg.add(DGKG.documentGraph("doc2"), body, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("另一个名称", "zh"));
        assertEquals(Set.of(body.toString()), streaming(dsg));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void sameViolationsAsOnTheUnion(String fixture) {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(GraphShapesTest.DIR.resolve(fixture).toString());
        Set<String> union = violatingFocusNodes(shapes.validate(GraphShapesTest.union(fixture)));
        assertEquals(union, graphByGraph(dsg), fixture);
        assertEquals(fixture.equals("conforming.trig"), union.isEmpty(), "the fixture is what its name says");
    }

    @Test
    void aConflictAcrossTwoDocumentGraphsIsFound() {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(GraphShapesTest.DIR.resolve("conforming.trig").toString());
        assertTrue(graphByGraph(dsg).isEmpty());
        // the entity the conforming fixture's document mentions gets a second Chinese preferred label in another graph
        Node body = dsg.find(Node.ANY, Node.ANY, DGKG.OA_hasBody.asNode(), Node.ANY).next().getObject();
        Node other = DGKG.documentGraph("doc2");
        dsg.add(other, body, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("另一个名称", "zh"));
        Graph union = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
        Set<String> onUnion = violatingFocusNodes(shapes.validate(union));
        assertFalse(onUnion.isEmpty(), "the union has the conflict");
        ShapesViolatedException e = assertThrows(ShapesViolatedException.class,
                () -> GraphByGraphValidation.requireConforms(shapes, dsg, () -> false));
        assertEquals(onUnion, violatingFocusNodes(e.report()));
        assertTrue(List.of(body.toString()).containsAll(onUnion), onUnion.toString());
    }
    private static Set<String> changedOnly(DatasetGraph dsg, Set<Node> changed) {
        try {
            GraphByGraphValidation.requireConformsChanged(shapes, dsg, changed, () -> false);
            return Set.of();
        } catch (ShapesViolatedException e) {
            return violatingFocusNodes(e.report());
        }
    }

    /** An incremental build's checks, with every graph changed, are a full build's. */
    @ParameterizedTest
    @MethodSource("fixtures")
    void theChecksOfChangedGraphsAreTheFullChecksWhenEveryGraphChanged(String fixture) {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(GraphShapesTest.DIR.resolve(fixture).toString());
        Set<Node> all = new java.util.HashSet<>();
        dsg.listGraphNodes().forEachRemaining(all::add);
        assertEquals(graphByGraph(dsg), changedOnly(dsg, all), fixture);
    }

    /**
     * The one changed document graph is checked with how the unchanged graphs describe what it
     * mentions: a second Chinese label it gives an entity of an unchanged graph is found.
     */
    @Test
    void aChangedDocumentGraphIsCheckedWithTheUnchangedOnes() {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(GraphShapesTest.DIR.resolve("conforming.trig").toString());
        Node body = dsg.find(Node.ANY, Node.ANY, DGKG.OA_hasBody.asNode(), Node.ANY).next().getObject();
        Node other = DGKG.documentGraph("doc2");
        assertTrue(changedOnly(dsg, Set.of(other)).isEmpty(), "nothing changed yet");
        dsg.add(other, body, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("另一个名称", "zh"));
        assertEquals(Set.of(body.toString()), changedOnly(dsg, Set.of(other)));
    }
}
