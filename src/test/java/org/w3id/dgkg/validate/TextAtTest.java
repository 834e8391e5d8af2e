package org.w3id.dgkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** textAt(?text, ?start, ?end) gives the same literal as SUBSTR(?text, ?start + 1, ?end - ?start), also beyond the BMP and out of range. */
class TextAtTest {
    @BeforeAll
    static void register() {
        TextAt.register();
    }

    /** Both expressions on one literal; the function's result must be bound (registered), and equal SUBSTR's. */
    private static void same(String literal, int start, int end) {
        String q = "SELECT ?fast ?std WHERE { BIND(" + literal + " AS ?t) "
                + "BIND(<" + TextAt.IRI + ">(?t, " + start + ", " + end + ") AS ?fast) "
                + "BIND(SUBSTR(?t, " + start + " + 1, " + end + " - " + start + ") AS ?std) }";
        try (QueryExecution qe = QueryExecution.create(q, ModelFactory.createDefaultModel())) {
            QuerySolution s = qe.execSelect().next();
            RDFNode fast = s.get("fast"), std = s.get("std");
            assertNotNull(fast, "textAt is not registered or failed: " + q);
            assertEquals(std.asNode(), fast.asNode(), q);
        }
    }

    @ParameterizedTest(name = "{0}@{1} [{2}, {3})")
    @CsvSource(delimiter = '|', value = {
            "中国与欧盟签署协定     |    | 2 | 4",
            "中国与欧盟签署协定     |    | 0 | 9",
            "中国与欧盟签署协定     |    | 7 | 20",
            "中国与欧盟签署协定     |    | 5 | 5",
            "中国与欧盟签署协定     | zh | 3 | 5",
            "a\uD83D\uDE00b𠀀c中文 |    | 1 | 2",
            "a\uD83D\uDE00b𠀀c中文 |    | 2 | 6",
            "a\uD83D\uDE00b𠀀c中文 | zh | 3 | 4",
            "a\uD83D\uDE00b𠀀c中文 |    | 6 | 9",
    })
    void agreesWithSubstr(String text, String lang, int start, int end) {
        same("\"" + text + "\"" + (lang == null ? "" : "@" + lang), start, end);
    }
}
