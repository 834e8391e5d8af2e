package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.ARQConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server's REPLACE (rewritten to {@link CancellableReplace}) gives the same results as
 * Jena's: groups, flags, language tags and datatypes kept, empty matches, no match, errors.
 */
class CancellableReplaceTest {

    static List<Binding> run(String query, boolean cancellable) {
        var dsg = DatasetGraphFactory.createTxnMem();
        var b = QueryExec.dataset(dsg).query(query);
        if (cancellable)
            b = b.set(ARQConstants.sysOptimizerFactory, CancellableRegex.REWRITE);
        try (QueryExec qe = b.build()) {
            RowSet rows = qe.select();
            return rows.materialize().stream().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"abcabc\", \"b\", \"X\"",
        "\"数字治理与数字贸易\"@zh, \"数字\", \"数据\"",
        "\"2024-05-01\"^^<http://www.w3.org/2001/XMLSchema#string>, \"(\\\\d+)-(\\\\d+)-(\\\\d+)\", \"$3/$2/$1\"",
        "\"AbcABC\", \"a\", \"_\", \"i\"",
        "\"abc\", \"x*\", \"-\"",
        "\"\", \".*\", \"x\"",
        "\"abc\", \"z\", \"y\"",
        "\"abc\", \"(b)\", \"$2\"",
        "42, \"4\", \"5\"",
        "\"line1\\nline2\", \"^l\", \"L\", \"m\"",
    })
    void sameResultAsJena(String args) {
        String q = "SELECT ?r WHERE { BIND(REPLACE(" + args + ") AS ?r) }";
        assertEquals(run(q, false), run(q, true), q);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"(b)\"", "?pattern"})
    void patternFromTheDataToo(String pattern) {
        String q = "SELECT ?r WHERE { VALUES (?s ?pattern) { (\"abcb\" \"(b)\") (\"数字治理\"@zh \"治理\") } BIND(REPLACE(?s, " + pattern + ", \"[$0]\") AS ?r) }";
        assertEquals(run(q, false), run(q, true), q);
    }

    @Test
    void aCancelledQueryStopsInsideOneReplace() {
        Context cxt = new Context();
        Context.getOrSetCancelSignal(cxt).set(true);
        var replace = new CancellableReplace(NodeValue.makeString("x"), NodeValue.makeString("a"), NodeValue.makeString("b"), null);
        List<NodeValue> args = List.of(NodeValue.makeString("a".repeat(10_000)), NodeValue.makeString("a"), NodeValue.makeString("b"));
        assertThrows(QueryCancelledException.class, () -> replace.eval(args, new FunctionEnvBase(cxt)));
        assertEquals("b".repeat(10_000), replace.eval(args, new FunctionEnvBase(new Context())).getString(), "not cancelled: replaced");
    }
}
