package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.testing.RealCorpus;

/**
 * The server's path for an OPTIONAL of one triple pattern ({@link OptionalPattern}) gives the rows
 * Jena's own path gives, in the same order: on small TDB2 data made to hit the edge cases, and for
 * every query of the library on the real build.
 */
class OptionalPatternTest {
    private static final String DATA = """
            PREFIX : <http://example.org/>
            GRAPH :g1 {
              :a :n 3 ; :name "乙"@zh , "B"@en ; :knows :b .
              :b :n 12 ; :name "甲"@zh , "甲2"@zh .
              :c :n 3 ; :name :iri .
              :d :n 7 .
            }
            GRAPH :g2 {
              :a :name "乙"@zh .
              :b :knows :a .
            }
            """;

    private Dataset dataset;

    @BeforeEach
    void load() {
        dataset = TDB2Factory.createDataset();
        Txn.executeWrite(dataset, () -> RDFParser.create().source(new StringReader(DATA)).lang(Lang.TRIG).parse(dataset.asDatasetGraph()));
        dataset.asDatasetGraph().getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    @AfterEach
    void close() {
        dataset.close();
    }

    /**
     * The real build's dataset is shared by the tests of one JVM, and a server started on it puts its query timeout in
     * the dataset's context (ServeEndToEndTest's slow server: 200 ms); each execution here sets its own, so that the
     * comparison does not depend on which test ran before.
     */
    private static final long NO_LIMIT_MINUTES = 10;

    private static List<String> select(DatasetGraph dsg, String query, OpExecutorFactory executor) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).set(ARQConstants.sysOpExecutorFactory, executor)
                    .timeout(NO_LIMIT_MINUTES, TimeUnit.MINUTES).build()) {
                return qe.select().materialize().stream().map(Binding::toString).collect(Collectors.toList());
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a label: a triple in two graphs is one row (union default graph), two zh labels two rows, none the row alone
        "SELECT ?s ?l WHERE { ?s :n ?n OPTIONAL { ?s :name ?l FILTER(lang(?l) = \"zh\") } }",
        // lang() of an IRI is an error: the filter rejects the match, the row is kept alone
        "SELECT ?s ?l WHERE { ?s :n ?n OPTIONAL { ?s :name ?l FILTER(lang(?l) != \"en\") } }",
        // no filter; every value
        "SELECT ?s ?l WHERE { ?s :n ?n OPTIONAL { ?s :name ?l } } ORDER BY ?s ?l",
        // the filter reads a variable of the left side
        "SELECT ?s ?k WHERE { ?s :n ?n OPTIONAL { ?s :knows ?k FILTER(?n > 5) } }",
        // both ends bound by the left side: a test of the triple
        "SELECT ?s ?k ?back WHERE { ?s :knows ?k OPTIONAL { ?k :knows ?s BIND(true AS ?x) } OPTIONAL { ?k :knows ?back } }",
        // two optionals in a row, then a sort and DISTINCT over them
        "SELECT DISTINCT ?s ?zh ?en WHERE { ?s :n ?n OPTIONAL { ?s :name ?zh FILTER(lang(?zh) = \"zh\") } "
                + "OPTIONAL { ?s :name ?en FILTER(lang(?en) = \"en\") } } ORDER BY ?zh ?s",
        // two patterns on the right: Jena's path
        "SELECT ?s ?l ?k WHERE { ?s :n ?n OPTIONAL { ?s :name ?l ; :knows ?k } }",
        // a named graph
        "SELECT ?s ?k WHERE { ?s :n ?n OPTIONAL { GRAPH :g2 { ?s :knows ?k } } }",
        // a graph variable: Jena's path
        "SELECT ?s ?g ?k WHERE { ?s :n ?n OPTIONAL { GRAPH ?g { ?s :knows ?k } } }",
        // an optional inside an optional
        "SELECT ?s ?k ?l WHERE { ?s :n ?n OPTIONAL { ?s :knows ?k OPTIONAL { ?k :name ?l FILTER(lang(?l) = \"zh\") } } }",
    })
    void sameRowsInTheSameOrderAsJena(String query) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        String q = "PREFIX : <http://example.org/> " + query;
        List<String> jena = select(dsg, q, DecodedRowsExecutor.WITHOUT_OPTIONAL_PATTERN);
        assertFalse(jena.isEmpty(), query);
        assertEquals(jena, select(dsg, q, DecodedRowsExecutor.FACTORY), query);
    }

    @Test
    void aLabelLookUpGivesEachRowItsLabelsOnce() {
        List<String> rows = select(dataset.asDatasetGraph(),
                "PREFIX : <http://example.org/> SELECT ?s ?l WHERE { ?s :n ?n OPTIONAL { ?s :name ?l FILTER(lang(?l) = \"zh\") } } ORDER BY ?s ?l",
                DecodedRowsExecutor.FACTORY);
        assertEquals(List.of(
                "( ?l = \"乙\"@zh ) ( ?s = <http://example.org/a> )",
                "( ?l = \"甲\"@zh ) ( ?s = <http://example.org/b> )",
                "( ?l = \"甲2\"@zh ) ( ?s = <http://example.org/b> )",
                "( ?s = <http://example.org/c> )",
                "( ?s = <http://example.org/d> )"), rows.stream().map(String::strip).toList());
    }

    /** Which optionals take this path, in the algebra the server runs (optimised, in quads, union default graph). */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "{ ?s :name ?l FILTER(lang(?l) = 'zh') }|true",
            "{ ?s :name ?l }|true",
            "{ GRAPH :g2 { ?s :knows ?k } }|true",
            "{ ?s :name ?l ; :knows ?k }|false",
            "{ GRAPH ?g { ?s :knows ?k } }|false",
            "{ ?s :knows ?k OPTIONAL { ?k :name ?l } }|false",
    })
    void oneTriplePatternTakesThePath(String optional, boolean taken) {
        Query q = QueryFactory.create("PREFIX : <http://example.org/> SELECT * WHERE { ?s :n ?n OPTIONAL " + optional + " }");
        org.apache.jena.sparql.algebra.Op op = org.apache.jena.sparql.algebra.OpLib.unionDefaultGraphQuads(
                org.apache.jena.sparql.algebra.Algebra.toQuadForm(org.apache.jena.sparql.algebra.Algebra.optimize(
                        org.apache.jena.sparql.algebra.Algebra.compile(q))));
        List<Boolean> found = new ArrayList<>();
        org.apache.jena.sparql.algebra.OpWalker.walk(op, new org.apache.jena.sparql.algebra.OpVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.algebra.op.OpConditional c) {
                found.add(OptionalPattern.isOnePattern(c.getRight())); // inner optionals first, the outer last
            }
        });
        assertFalse(found.isEmpty(), op.toString());
        assertEquals(taken, found.get(found.size() - 1), op.toString());
    }

    /** Every query of the library on the real build, parameters at their defaults: the same results with and without. */
    @Test
    void everyLibraryQueryGivesTheSameResultsOnTheRealBuild() throws Exception {
        Dataset real = Tdb2Store.at(RealCorpus.database()).connect(0);
        DatasetGraph dsg = real.asDatasetGraph();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        List<String> compared = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Query query = QueryFactory.create(text);
            if (query.isSelectType()) {
                List<String> jena = select(dsg, text, DecodedRowsExecutor.WITHOUT_OPTIONAL_PATTERN);
                assertEquals(jena, select(dsg, text, DecodedRowsExecutor.FACTORY), f.toString());
                compared.add(f.getFileName() + " " + jena.size());
            } else if (query.isConstructType() || query.isDescribeType()) {
                Graph jena = graph(dsg, text, DecodedRowsExecutor.WITHOUT_OPTIONAL_PATTERN);
                assertTrue(jena.isIsomorphicWith(graph(dsg, text, DecodedRowsExecutor.FACTORY)), f.toString());
                compared.add(f.getFileName() + " " + jena.size());
            }
        }
        assertEquals(files.size(), compared.size(), compared.toString());
        assertTrue(compared.stream().filter(c -> !c.endsWith(" 0")).count() >= files.size() - 6,
                () -> "most library queries answer something on the real build: " + compared);
    }

    private static Graph graph(DatasetGraph dsg, String query, OpExecutorFactory executor) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).set(ARQConstants.sysOpExecutorFactory, executor)
                    .timeout(NO_LIMIT_MINUTES, TimeUnit.MINUTES).build()) {
                Query q = qe.getQuery();
                return q.isConstructType() ? qe.construct() : qe.describe();
            }
        });
    }
}
