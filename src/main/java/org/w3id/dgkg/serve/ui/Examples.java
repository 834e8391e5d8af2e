package org.w3id.dgkg.serve.ui;

import org.w3id.dgkg.DgkgException;
import org.w3id.dgkg.query.QueryLibrary;
import org.w3id.dgkg.query.QueryPreset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Example queries for the home page and the query editor: the project's {@code queries/*.rq}
 * (title from the first {@code #} comment line), then a few built-in ones. A missing or empty
 * folder gives only the built-in ones.
 */
public final class Examples {
    private static final Logger LOG = LoggerFactory.getLogger(Examples.class);

    public record Example(String name, String title, String query) {}

    private Examples() {}

    public static List<Example> load(Path folder) {
        List<Example> out = new ArrayList<>();
        if (folder != null && Files.isDirectory(folder)) {
            try {
                for (QueryPreset p : QueryLibrary.load(folder))
                    out.add(new Example(p.name(), title(p), p.text()));
            } catch (DgkgException e) {
                LOG.warn("Could not read example queries in {}: {}", folder, e.getMessage());
            }
        }
        out.addAll(builtIn());
        return List.copyOf(out);
    }

    /** The question its header asks, in Chinese then English, else the file's name. */
    static String title(QueryPreset p) {
        String t = (p.questionZh() + " " + p.question()).strip();
        return t.isEmpty() ? p.name() : t;
    }

    static List<Example> builtIn() {
        return List.of(
                new Example("builtin-classes", "有哪些类别的实体？各有多少？ How many entities of each class?", """
                        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                        SELECT ?class (SAMPLE(?label) AS ?name) (COUNT(DISTINCT ?e) AS ?n) WHERE {
                          ?e a ?class .
                          FILTER(STRSTARTS(STR(?class), "https://w3id.org/dgkg/ontology#"))
                          OPTIONAL { ?class rdfs:label ?label FILTER(lang(?label) = "zh") }
                        } GROUP BY ?class ORDER BY DESC(?n)
                        """),
                new Example("builtin-most-mentioned", "哪些行为体被提及最多？ Which actors are mentioned most?", """
                        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                        PREFIX oa: <http://www.w3.org/ns/oa#>
                        SELECT ?actor (SAMPLE(?l) AS ?name) (COUNT(?m) AS ?mentions) WHERE {
                          ?m oa:hasBody ?actor .
                          FILTER(STRSTARTS(STR(?actor), "https://w3id.org/dgkg/id/actor/"))
                          OPTIONAL { ?actor skos:prefLabel ?l FILTER(lang(?l) = "zh") }
                        } GROUP BY ?actor ORDER BY DESC(?mentions) LIMIT 20
                        """),
                new Example("builtin-fulltext", "哪些句子谈到数字鸿沟？ Which sentences talk about the digital divide? (full text)", """
                        PREFIX text: <http://jena.apache.org/text#>
                        PREFIX dgkg: <https://w3id.org/dgkg/ontology#>
                        PREFIX oa: <http://www.w3.org/ns/oa#>
                        SELECT ?sentence ?score ?doc WHERE {
                          (?a ?score ?sentence) text:query (dgkg:sentence "\\"数字鸿沟\\"" 20) .
                          ?a oa:hasTarget/oa:hasSource ?doc .
                        } ORDER BY DESC(?score)
                        """),
                new Example("builtin-facts", "有哪些关系，证据是什么？ Which relations are asserted, with what evidence?", """
                        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                        PREFIX dgkg: <https://w3id.org/dgkg/ontology#>
                        SELECT ?s ?p ?o ?confidence ?sentence WHERE {
                          ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                              dgkg:confidence ?confidence ; dgkg:evidence/dgkg:sentence ?sentence .
                        } ORDER BY DESC(?confidence) LIMIT 50
                        """),
                new Example("builtin-issues", "议题体系 The issue scheme: top concepts and their narrower issues", """
                        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                        PREFIX dgkg: <https://w3id.org/dgkg/ontology#>
                        SELECT ?top ?topLabel ?issue ?label WHERE {
                          ?issue a dgkg:Issue ; skos:broader+ ?top ; skos:prefLabel ?label .
                          ?top skos:prefLabel ?topLabel . FILTER NOT EXISTS { ?top skos:broader ?any }
                          FILTER(lang(?label) = "zh" && lang(?topLabel) = "zh")
                        } ORDER BY ?top ?label
                        """));
    }
}
