package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server's executor ({@link DecodedRowsExecutor}) sorts rows read from TDB2 into the same
 * order as TDB2's own executor: numbers, strings with language tags, IRIs, unbound keys, DISTINCT
 * with ORDER BY and LIMIT over a union default graph that holds a triple in two graphs, and
 * duplicates that only DISTINCT removes.
 */
class DecodedRowsExecutorTest {
    private static final String DATA = """
            PREFIX : <http://example.org/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            GRAPH :g1 {
              :a :n 3 ; :name "乙"@zh ; :w 0.5 .
              :b :n 12 ; :name "甲"@zh ; :w "0.75"^^xsd:decimal .
              :c :n 3 ; :name "丙"@zh .
              :d :n 7 .
              :e :n -2 ; :name "e"@en ; :w 1.0e0 .
            }
            GRAPH :g2 {
              :a :n 3 ; :name "乙"@zh .
              :f :n 12 ; :name "丁"@zh .
              :g :n 100000000000 ; :name "戊"@zh .
            }
            """;

    private Dataset dataset;

    @BeforeEach
    void load() {
        dataset = TDB2Factory.createDataset(); // TDB2 in memory: rows are TDB2's node-id rows
        Txn.executeWrite(dataset, () -> RDFParser.create().source(new StringReader(DATA)).lang(Lang.TRIG).parse(dataset.asDatasetGraph()));
        dataset.asDatasetGraph().getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    @AfterEach
    void close() {
        dataset.close();
    }

    /** The server's executor against itself with the sort keys evaluated at every comparison, as Jena does. */
    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT ?s ?n WHERE { ?s :n ?n } ORDER BY DESC(?n) ?s",
        "SELECT ?s ?name ?w WHERE { ?s :n ?n OPTIONAL { ?s :name ?name } OPTIONAL { ?s :w ?w } } ORDER BY ?w DESC(?name) ?s",
        "SELECT ?s ?n ?w WHERE { ?s :n ?n OPTIONAL { ?s :w ?w } } ORDER BY DESC(?n * 2) (?w + 1) LIMIT 4",
    })
    void sortKeysOnceGiveTheOrderOfKeysAtEveryComparison(String query) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        List<List<String>> got = new java.util.ArrayList<>();
        for (var factory : List.of(DecodedRowsExecutor.WITHOUT_SORT_KEYS, DecodedRowsExecutor.FACTORY))
            got.add(Txn.calculateRead(dsg, () -> {
                try (QueryExec qe = QueryExec.dataset(dsg).query("PREFIX : <http://example.org/> " + query)
                        .set(ARQConstants.sysOpExecutorFactory, factory).build()) {
                    return qe.select().materialize().stream().map(Binding::toString).collect(Collectors.toList());
                }
            }));
        assertEquals(got.get(0), got.get(1), query);
    }

    private List<String> run(String query, boolean decoded) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            var b = QueryExec.dataset(dsg).query("PREFIX : <http://example.org/> " + query);
            if (decoded) // as the server sets it (DgkgServer)
                b = b.set(ARQConstants.sysOpExecutorFactory, DecodedRowsExecutor.FACTORY);
            try (QueryExec qe = b.build()) {
                return qe.select().materialize().stream().map(Binding::toString).collect(Collectors.toList());
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT ?s ?n WHERE { ?s :n ?n } ORDER BY DESC(?n) ?s",
        "SELECT ?s ?name ?w WHERE { ?s :n ?n OPTIONAL { ?s :name ?name } OPTIONAL { ?s :w ?w } } ORDER BY ?w ?name ?s",
        "SELECT DISTINCT ?n WHERE { ?s :n ?n } ORDER BY ?n",
        "SELECT DISTINCT ?n WHERE { ?s :n ?n } ORDER BY DESC(?n) LIMIT 3",
        "SELECT DISTINCT ?s ?name WHERE { ?s :n ?n OPTIONAL { ?s :name ?name } } ORDER BY DESC(?n) ?name LIMIT 4",
        "SELECT ?s ?n WHERE { ?s :n ?n } ORDER BY ?n LIMIT 2",
        "SELECT ?n (COUNT(?s) AS ?c) WHERE { ?s :n ?n } GROUP BY ?n ORDER BY DESC(?c) ?n",
        // keys that are expressions, in error on some rows (a language tag of an IRI, a number plus a string), unbound on others
        "SELECT ?s ?n ?w WHERE { ?s :n ?n OPTIONAL { ?s :w ?w } } ORDER BY DESC(?n * 2) (?w + 1) ?s",
        "SELECT ?s ?name WHERE { ?s :n ?n OPTIONAL { ?s :name ?name } } ORDER BY LANG(?name) DESC(STR(?name)) (?n + \"x\") LIMIT 5",
        "SELECT ?s WHERE { ?s :n ?n } ORDER BY LANG(?s) DESC(?s) LIMIT 3",
    })
    void sameRowsInTheSameOrderAsTdb2(String query) {
        assertEquals(run(query, false), run(query, true), query);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void distinctTopRowsAreTheLargestDistinctValues(boolean decoded) {
        assertEquals(List.of("( ?n = 100000000000 )", "( ?n = 12 )", "( ?n = 7 )"),
                run("SELECT DISTINCT ?n WHERE { ?s :n ?n } ORDER BY DESC(?n) LIMIT 3", decoded));
    }
}
