package org.w3id.dgkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** shapes/graph.shapes.ttl: a conforming fixture passes; each broken fixture fails on the expected node. */
class GraphShapesTest {
    static final Path DIR = Path.of("src/test/resources/validate/graph");
    static ShapesValidator validator;

    @BeforeAll
    static void shapes() {
        validator = ShapesValidator.fromFiles(Path.of("shapes/graph.shapes.ttl"));
    }

    static Graph union(String fixture) {
        return unionOf(DIR.resolve(fixture));
    }

    /** All graphs of a TriG fixture in one graph, as the shapes see the built dataset's union. */
    static Graph unionOf(Path trig) {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(trig.toString());
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    @Test
    void conforming_fixture_has_no_violation() {
        ValidationReport report = validator.validate(union("conforming.trig"));
        assertEquals(0, ShapesValidator.violations(report), () -> validator.renderer(null, SourceLocator.none(), null)
                .render(report, ReportFormat.text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "entity-without-zh-label,          actor/china,                          EntityLabelShape",
            "entity-with-two-zh-labels,        actor/china,                          EntityLabelShape",
            "body-without-dgkg-class,          actor/china,                          AnnotatedEntityTypedShape",
            "annotation-without-source,        annotation/doc1-0-2,                  AnnotationShape",
            "annotation-end-before-start,      document/doc1,                        AnnotationTextShape",
            "annotation-end-beyond-document,   document/doc1,                        AnnotationTextShape",
            "annotation-exact-mismatch,        document/doc1,                        AnnotationTextShape",
            "document-without-publisher,       document/doc1,                        SourceDocumentShape",
            "document-without-chinese-title,   document/doc1,                        SourceDocumentShape",
            "document-without-language,        document/doc1,                        SourceDocumentShape",
            "statement-without-evidence,       statement/doc1-1,                     StatementShape",
            "statement-confidence-above-one,   statement/doc1-1,                     StatementShape",
            "statement-of-unasserted-triple,   dataset,                                 EvidenceShape",
            "assertion-without-statement,      dataset,                                 EvidenceShape",
            "edition-of-an-actor,              event/edition,                        SuperEventShape",
            "concern-helper-without-rank,      concern/00000000000000aa,             ConcernHelperShape",
    })
    void broken_fixture_is_reported_on_its_focus_node(String fixture, String focus, String shape) {
        ValidationReport report = validator.validate(union(fixture + ".trig"));
        String expectedFocus = focus.equals("dataset") ? "https://w3id.org/dgkg/" : "https://w3id.org/dgkg/id/" + focus;
        List<ReportEntry> violations = report.getEntries().stream().filter(e -> e.severity() == Severity.Violation).toList();
        String rendered = validator.renderer(null, SourceLocator.none(), null).render(report, ReportFormat.text);
        assertTrue(violations.stream().anyMatch(e -> e.focusNode().isURI()
                        && e.focusNode().getURI().equals(expectedFocus)),
                "expected a violation on " + focus + ":\n" + rendered);
        assertTrue(rendered.contains(shape), "expected shape " + shape + " in:\n" + rendered);
    }

    @Test
    void exact_mismatch_report_names_the_annotation_and_the_real_text() {
        ValidationReport report = validator.validate(union("annotation-exact-mismatch.trig"));
        String text = validator.renderer(null, SourceLocator.none(), null).render(report, ReportFormat.text);
        assertTrue(text.contains("annotation/doc1-0-2"), text);
        assertTrue(text.contains("\"中国\""), text);
    }
}
