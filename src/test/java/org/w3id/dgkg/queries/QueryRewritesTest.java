package org.w3id.dgkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.w3id.dgkg.queries.Presets.select;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Queries of the library rewritten for speed (a bounded plan at 250 documents) answer what their
 * plain formulation answers, row for row and in the same order, on the real corpus: the plain
 * queries are kept as they were in {@code src/test/resources/queries/reference/}. A rewrite that
 * prunes rows before the full join (statement-evidence's cut) is only right while its reasoning
 * about the data holds; this is where that is checked.
 */
class QueryRewritesTest {
    static final Path REFERENCE = Path.of("src/test/resources/queries/reference").toAbsolutePath();

    static void sameRows(String name, String... params) {
        List<Map<String, String>> plain = select(REFERENCE.resolve(name + ".rq").toString(), params);
        List<Map<String, String>> library = select(name, params);
        assertFalse(plain.isEmpty(), name + " " + List.of(params) + ": the plain query answers nothing, so nothing is compared");
        assertEquals(plain.size(), library.size(), name + " " + List.of(params) + ": rows");
        for (int i = 0; i < plain.size(); i++)
            assertEquals(plain.get(i), library.get(i), name + " " + List.of(params) + ": row " + i);
    }

    /** The default asks for the first 1000 of more than 1000 statements, so the cut is in force. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-|-", "subject=布莱切利宣言|-", "subject=联合国|-", "-|property=signatory", "-|property=date",
            "subject=中国|property=advocates"})
    void statement_evidence_gives_the_rows_of_the_plain_query(String subject, String property) {
        sameRows("statement-evidence", params(subject, property));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {"-|-", "actor=欧盟|window=400", "actor=美国|-", "actor=联合国|window=30"})
    void actor_issue_comentions_gives_the_rows_of_the_plain_query(String actor, String window) {
        sameRows("actor-issue-comentions", params(actor, window));
    }

    /** The helpers in graph/counts give each actor's concerns and ranks as the statements do, ties included. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {"-", "top=1", "top=3", "top=1000"})
    void actor_concerns_gives_the_rows_of_the_plain_query(String top) {
        sameRows("actor-concerns", params(top));
    }

    static String[] params(String... given) {
        return java.util.Arrays.stream(given).filter(java.util.Objects::nonNull).toArray(String[]::new);
    }
}
