package org.w3id.dgkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The change-set shapes of shapes/graph.shapes.ttl: generations and change sets as the build
 * writes them conform; each broken fixture fails on the expected node and shape.
 */
class ChangeShapesTest {
    static final Path DIR = Path.of("src/test/resources/validate/changes");
    static ShapesValidator validator;

    @BeforeAll
    static void shapes() {
        validator = ShapesValidator.fromFiles(Path.of("shapes/graph.shapes.ttl"));
    }

    static Graph union(String fixture) {
        return GraphShapesTest.unionOf(DIR.resolve(fixture));
    }

    private static String render(ValidationReport report) {
        return validator.renderer(null, SourceLocator.none(), null).render(report, ReportFormat.text);
    }

    @Test
    void generations_and_change_sets_as_written_conform() {
        ValidationReport report = validator.validate(union("conforming.trig"));
        assertEquals(0, ShapesValidator.violations(report), () -> render(report));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "changeset-with-negative-count,  changeset/2,     ChangeSetShape",
            "changeset-without-a-count,      changeset/1,     ChangeSetShape",
            "change-without-changed,         change/2-aaaa0002, ChangeShape",
            "fact-change-without-evidence,   change/2-aaaa0001, FactChangeShape",
            "generation-without-time,        generation/2,    GenerationShape",
    })
    void broken_fixture_is_reported_on_its_focus_node(String fixture, String focus, String shape) {
        ValidationReport report = validator.validate(union(fixture + ".trig"));
        String expected = "https://w3id.org/dgkg/id/" + focus;
        List<ReportEntry> violations = report.getEntries().stream().filter(e -> e.severity() == Severity.Violation).toList();
        assertTrue(violations.stream().anyMatch(e -> e.focusNode().isURI() && e.focusNode().getURI().equals(expected)),
                "expected a violation on " + focus + ":\n" + render(report));
        assertTrue(render(report).contains(shape), "expected shape " + shape + " in:\n" + render(report));
    }
}
