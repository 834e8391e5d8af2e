package org.w3id.dgkg.serve.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** Readable Turtle says the same as its input, declares the prefixes it uses, groups and orders subjects, writes {@code a}. */
class ReadableTurtleTest {
    static final String INPUT = """
            PREFIX dgkg: <https://w3id.org/dgkg/ontology#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            <https://w3id.org/dgkg/id/annotation/x> a oa:Annotation ; oa:hasTarget [ a oa:SpecificResource ; oa:hasSelector [ oa:start 0 ; oa:end 2 ] ] .
            dgkg:issuedBy a owl:ObjectProperty ; rdfs:label "issued by"@en ; rdfs:domain dgkg:Instrument .
            dgkg:State a owl:Class ; rdfs:subClassOf dgkg:Actor .
            dgkg:Actor a owl:Class ; rdfs:label "Actor"@en, "行为体"@zh .
            <https://w3id.org/dgkg/ontology> a owl:Ontology .
            <https://w3id.org/dgkg/id/actor/eu> a dgkg:State ; rdfs:label "欧盟"@zh ; rdfs:seeAlso <http://example.org/a%20b> .
            """;

    static Model parse(String ttl) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(m);
        return m;
    }

    @Test
    void says_the_same_in_order() {
        Model in = parse(INPUT);
        String out = ReadableTurtle.write(in);
        assertTrue(parse(out).isIsomorphicWith(in), out);
        assertTrue(out.contains("PREFIX actor:") && out.contains("PREFIX annotation:") && out.contains("PREFIX oa:"), out);
        assertFalse(out.contains("PREFIX foaf:") || out.contains("PREFIX prov:"), "unused prefixes left out: " + out);
        int header = out.indexOf("\n<https://w3id.org/dgkg/ontology>"), classes = out.indexOf("# Classes"), actor = out.indexOf("\ndgkg:Actor"),
                state = out.indexOf("\ndgkg:State"), properties = out.indexOf("# Properties"), rest = out.indexOf("# Other resources"),
                eu = out.indexOf("\nactor:eu"), ann = out.indexOf("\nannotation:x");
        assertTrue(header < classes && classes < actor && actor < state && state < properties && properties < rest && rest < eu && eu < ann, out);
        assertFalse(out.contains("rdf:type"), "a, as people write it: " + out);
    }

    @Test
    void the_focus_comes_first() {
        Model in = parse(INPUT);
        String out = ReadableTurtle.write(in, in.createResource("https://w3id.org/dgkg/id/actor/eu"));
        assertTrue(out.indexOf("\nactor:eu") < out.indexOf("<https://w3id.org/dgkg/ontology>"), out);
        assertTrue(parse(out).isIsomorphicWith(in));
    }

    @Test
    void a_shared_blank_node_is_written_in_one_piece() {
        Model in = parse("""
                PREFIX ex: <http://example.org/>
                ex:a ex:p _:b . ex:c ex:p _:b . _:b ex:q "x" .
                """);
        assertTrue(parse(ReadableTurtle.write(in)).isIsomorphicWith(in));
    }
}
