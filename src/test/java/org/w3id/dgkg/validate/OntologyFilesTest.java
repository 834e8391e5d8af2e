package org.w3id.dgkg.validate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Turtle file of ontology/ parses in strict mode (a RIOT warning fails), with literals that are valid for their datatype. */
class OntologyFilesTest {
    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("ontology"))) {
            return s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void parses_strictly_without_warnings(Path file) {
        Model m = ModelFactory.createDefaultModel();
        assertDoesNotThrow(() -> RDFParser.source(file).lang(Lang.TURTLE)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).checking(true).parse(m));
        m.listStatements().forEachRemaining(st -> {
            if (st.getObject().isLiteral())
                assertTrue(st.getLiteral().getDatatype() == null || st.getLiteral().getDatatype().isValid(st.getLiteral().getLexicalForm()),
                        file + ": ill-typed literal " + st.getObject());
        });
        if (file.startsWith(Path.of("ontology", "imports")) || file.getFileName().toString().equals("dgkg.ttl"))
            assertTrue(m.listSubjectsWithProperty(RDF.type, OWL.Ontology).hasNext(), file + " declares its owl:Ontology");
    }
}
