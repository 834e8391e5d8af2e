package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/**
 * {@link OptimizerCache}: an algebra seen before gets the optimiser's earlier result, a different
 * one (another constant, another variable) its own, and answers are those of optimising afresh.
 * Over HTTP: {@code SparqlPathTest.a_query_sent_again_is_optimised_once}.
 */
class OptimizerCacheTest {
    static final String DATA = """
            @prefix ex: <https://example.org/> .
            ex:a ex:p 1 ; ex:label "alpha"@en , "阿尔法"@zh .
            ex:b ex:p 2 ; ex:label "beta"@en .
            ex:c ex:p 3 ; ex:q ex:a .
            """;

    static Op algebra(String query) {
        return Algebra.compile(QueryFactory.create("PREFIX ex: <https://example.org/> " + query));
    }

    @Test
    void the_same_algebra_is_optimised_once() {
        AtomicInteger calls = new AtomicInteger();
        RewriteFactory counting = context -> op -> {
            calls.incrementAndGet();
            return CancellableRegex.REWRITE.create(context).rewrite(op);
        };
        OptimizerCache cache = new OptimizerCache(counting, 8);
        String q = "SELECT ?s ?l WHERE { ?s ex:p ?n FILTER(?n > 1) OPTIONAL { ?s ex:label ?l FILTER(lang(?l) = \"zh\") } }";
        Op first = cache.factory().create(new Context()).rewrite(algebra(q));
        // a new parse of the same text: an equal algebra, not the same object
        Op second = cache.factory().create(new Context()).rewrite(algebra(q));
        assertSame(first, second);
        assertEquals(1, calls.get());
        assertEquals(1, cache.hits());
        assertEquals(1, cache.misses());
        // another constant, another variable: optimised on their own
        Op other = cache.factory().create(new Context()).rewrite(algebra(q.replace("> 1", "> 2")));
        Op renamed = cache.factory().create(new Context()).rewrite(algebra(q.replace("?l", "?m")));
        assertNotEquals(first, other);
        assertNotEquals(first, renamed);
        assertEquals(3, calls.get());
    }

    @Test
    void the_least_recently_used_algebra_goes_first() {
        AtomicInteger calls = new AtomicInteger();
        OptimizerCache cache = new OptimizerCache(context -> op -> {
            calls.incrementAndGet();
            return op;
        }, 2);
        RewriteFactory f = cache.factory();
        Op a = algebra("SELECT * WHERE { ?s ex:p 1 }"), b = algebra("SELECT * WHERE { ?s ex:p 2 }"), c = algebra("SELECT * WHERE { ?s ex:p 3 }");
        f.create(new Context()).rewrite(a);
        f.create(new Context()).rewrite(b);
        f.create(new Context()).rewrite(a); // a used last: b is the eldest
        f.create(new Context()).rewrite(c); // b out
        assertEquals(3, calls.get());
        f.create(new Context()).rewrite(a);
        f.create(new Context()).rewrite(c);
        assertEquals(3, calls.get());
        f.create(new Context()).rewrite(b);
        assertEquals(4, calls.get());
    }

    @Test
    void answers_are_those_of_a_fresh_optimisation() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(dsg);
        OptimizerCache cache = new OptimizerCache(CancellableRegex.REWRITE, 16);
        for (String q : List.of(
                "SELECT ?s ?l WHERE { ?s ex:p ?n FILTER(?n > 1) OPTIONAL { ?s ex:label ?l FILTER(lang(?l) = \"zh\") } } ORDER BY ?s",
                "SELECT ?s (COUNT(?l) AS ?n) WHERE { ?s ex:p ?v OPTIONAL { ?s ex:label ?l } FILTER(REGEX(STR(?s), \"[ab]$\")) } GROUP BY ?s ORDER BY ?s",
                "SELECT ?s WHERE { ?s ex:p ?v FILTER NOT EXISTS { ?s ex:q ?o } FILTER(?v IN (1, 3)) } ORDER BY ?s",
                "SELECT ?x ?s WHERE { VALUES ?x { 1 2 } ?s ex:p ?x } ORDER BY ?x")) {
            List<Binding> fresh = run(dsg, CancellableRegex.REWRITE, q);
            for (int i = 0; i < 3; i++)
                assertEquals(fresh, run(dsg, cache.factory(), q), q);
        }
        assertEquals(4, cache.misses());
        assertEquals(8, cache.hits());
    }

    static List<Binding> run(DatasetGraph dsg, RewriteFactory optimiser, String query) {
        try (QueryExec qe = QueryExec.dataset(dsg).query("PREFIX ex: <https://example.org/> " + query)
                .set(ARQConstants.sysOptimizerFactory, optimiser).build()) {
            return qe.select().materialize().stream().toList();
        }
    }
}
