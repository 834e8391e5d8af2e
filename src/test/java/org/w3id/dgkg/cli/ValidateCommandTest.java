package org.w3id.dgkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dgkg.testing.Cli;
import org.w3id.dgkg.testing.RealCorpus;

/** ./dgkg validate: exit codes 0/1/2 and the text, JSON and Turtle reports. */
class ValidateCommandTest {
    static final String GRAPH_FIXTURES = "src/test/resources/validate/graph/";

    /** A copy of ontology/ where one actor also carries another actor's label. */
    static Path brokenOntology(Path dir) throws IOException {
        Path copy = RealCorpus.copy(RealCorpus.ONTOLOGY, dir.resolve("ontology"));
        Path actors = copy.resolve("actors.ttl");
        Files.writeString(actors, Files.readString(actors, StandardCharsets.UTF_8)
                + "\n<https://w3id.org/dgkg/id/actor/test-clash> a <https://w3id.org/dgkg/ontology#State> ;\n"
                + "    <http://www.w3.org/2004/02/skos/core#prefLabel> \"欧盟\"@zh .\n", StandardCharsets.UTF_8);
        return copy;
    }

    @Test
    void ontology_of_the_repository_conforms_with_exit_0() {
        Cli.Result r = Cli.run("validate");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("0 violation(s)"), r.out());
        assertTrue(r.err().contains("conforms"), r.err());
    }

    @Test
    void violation_exits_1_with_rule_file_line_and_label(@TempDir Path dir) throws IOException {
        Path ontology = brokenOntology(dir);
        Cli.Result r = Cli.run("validate", "--ontology", ontology.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("LabelClashShape"), r.out());
        assertTrue(r.out().contains("actor:test-clash"), r.out());
        assertTrue(r.out().matches("(?s).*at: +\\S*actors\\.ttl:\\d+.*"), "file and line of the offending node: " + r.out());
        assertTrue(r.out().contains("\"欧盟\""), "the focus node's label: " + r.out());
    }

    @Test
    void json_report_is_json_with_conforms_false(@TempDir Path dir) throws IOException {
        Cli.Result r = Cli.run("validate", "--ontology", brokenOntology(dir).toString(), "--format", "json");
        assertEquals(1, r.code(), r.toString());
        JsonObject o = JSON.parse(r.out());
        assertEquals(false, o.get("conforms").getAsBoolean().value());
        assertTrue(o.get("violations").getAsNumber().value().intValue() >= 1);
        assertTrue(o.get("entries").getAsArray().size() >= 1);
    }

    @Test
    void turtle_report_is_a_shacl_validation_report(@TempDir Path dir) throws IOException {
        Cli.Result r = Cli.run("validate", "--ontology", brokenOntology(dir).toString(), "--format", "turtle");
        assertEquals(1, r.code(), r.toString());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).parse(m);
        assertTrue(m.contains(null, RDF.type, m.createResource("http://www.w3.org/ns/shacl#ValidationReport")));
    }

    @Test
    void data_files_are_checked_with_the_graph_shapes() {
        assertEquals(0, Cli.run("validate", "--data", GRAPH_FIXTURES + "conforming.trig").code());
        Cli.Result r = Cli.run("validate", "--data", GRAPH_FIXTURES + "annotation-exact-mismatch.trig");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("AnnotationTextShape"), r.out());
    }

    @Test
    void built_database_conforms() {
        Cli.Result r = Cli.run("validate", "--db", RealCorpus.database().toString());
        assertEquals(0, r.code(), r.toString());
    }

    @Test
    void cannot_run_exits_2() {
        assertEquals(2, Cli.run("validate", "--ontology", "no/such/folder").code());
        assertEquals(2, Cli.run("validate", "--data", "no/such/file.ttl").code());
        assertEquals(2, Cli.run("validate", "--format", "yaml").code(), "bad option value is a usage error");
        assertEquals(2, Cli.run("validate", "--db", "x", "--data", GRAPH_FIXTURES + "conforming.trig").code());
    }
}
