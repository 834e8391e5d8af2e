package org.w3id.dgkg.serve.ui;

import java.util.List;
import java.util.TreeMap;
import org.apache.jena.query.ParameterizedSparqlString;
import org.w3id.dgkg.serve.web.Html;
import org.w3id.dgkg.serve.web.Link;
import org.w3id.dgkg.serve.web.Lookup;

/**
 * The home page's model (template {@code home.jte}): what is in the graph by class, by year and
 * by document, and the example questions.
 */
public record HomePage(List<ClassCount> classes, List<YearCount> years, List<Doc> documents, List<Link> examples) {

    /** A class with its labels, how many entities it has, and the query that lists them. */
    public record ClassCount(Link cls, String en, int n, String queryHref) {}

    /** A year: dated instruments and events, documents issued. */
    public record YearCount(String year, int dated, int documents) {
        public int barWidth() {
            return Math.min(200, dated * 4);
        }
    }

    public record Doc(Link doc, String en, String publisher, String issued, int mentions) {}

    static HomePage of(Lookup lookup, List<Examples.Example> examples) {
        ParameterizedSparqlString byClass = Lookup.query("""
                SELECT ?class (SAMPLE(?zh) AS ?label) (SAMPLE(?en) AS ?enl) (COUNT(DISTINCT ?e) AS ?n) WHERE {
                  ?e a ?class .
                  FILTER(STRSTARTS(STR(?class), STR(dgkg:)) && STRSTARTS(STR(?e), "https://w3id.org/dgkg/id/"))
                  OPTIONAL { ?class rdfs:label ?zh FILTER(langMatches(lang(?zh), "zh")) }
                  OPTIONAL { ?class rdfs:label ?en FILTER(langMatches(lang(?en), "en")) }
                } GROUP BY ?class ORDER BY DESC(?n) ?class""");
        List<ClassCount> classes = lookup.select(byClass, s -> {
            String iri = Lookup.str(s, "class");
            String local = iri.substring(iri.indexOf('#') + 1);
            String label = Lookup.str(s, "label");
            String q = "PREFIX dgkg: <https://w3id.org/dgkg/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                    + "SELECT ?e ?label WHERE {\n  ?e a dgkg:" + local + " .\n  OPTIONAL { ?e skos:prefLabel ?label FILTER(lang(?label) = \"zh\") }\n} ORDER BY ?label";
            return new ClassCount(Link.to(iri, label != null ? label : local), Lookup.str(s, "enl"), Lookup.integer(s, "n"), Html.queryHref(q));
        });

        TreeMap<String, int[]> merged = new TreeMap<>();
        lookup.select(Lookup.query("""
                SELECT ?year (COUNT(DISTINCT ?i) AS ?n) WHERE {
                  ?i dcterms:date ?d . BIND(SUBSTR(STR(?d), 1, 4) AS ?year)
                } GROUP BY ?year ORDER BY ?year"""), s -> merged.computeIfAbsent(Lookup.str(s, "year"), k -> new int[2])[0] = Lookup.integer(s, "n"));
        lookup.select(Lookup.query("""
                SELECT ?year (COUNT(DISTINCT ?doc) AS ?n) WHERE {
                  ?doc a dgkg:SourceDocument ; dcterms:issued ?d . BIND(SUBSTR(STR(?d), 1, 4) AS ?year)
                } GROUP BY ?year ORDER BY ?year"""), s -> merged.computeIfAbsent(Lookup.str(s, "year"), k -> new int[2])[1] = Lookup.integer(s, "n"));
        List<YearCount> years = merged.entrySet().stream().map(e -> new YearCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();

        ParameterizedSparqlString docs = Lookup.query("""
                SELECT ?doc (SAMPLE(?t) AS ?title) (SAMPLE(?te) AS ?ten) (SAMPLE(?p) AS ?pub) (SAMPLE(?d) AS ?issued) (COUNT(DISTINCT ?ann) AS ?n) WHERE {
                  ?doc a dgkg:SourceDocument .
                  OPTIONAL { ?doc dcterms:title ?t FILTER(langMatches(lang(?t), "zh")) }
                  OPTIONAL { ?doc dcterms:title ?te FILTER(langMatches(lang(?te), "en")) }
                  OPTIONAL { ?doc dcterms:publisher ?p FILTER(langMatches(lang(?p), "zh")) }
                  OPTIONAL { ?doc dcterms:issued ?d }
                  OPTIONAL { ?t0 oa:hasSource ?doc . ?ann oa:hasTarget ?t0 ; oa:hasBody ?body }
                } GROUP BY ?doc ORDER BY ?issued ?doc""");
        List<Doc> documents = lookup.select(docs, s -> new Doc(Link.to(Lookup.str(s, "doc"), Lookup.str(s, "title")), Lookup.str(s, "ten"),
                Lookup.str(s, "pub"), Lookup.str(s, "issued"), Lookup.integer(s, "n")));
        List<Link> ex = examples.stream().map(e -> new Link("/query?example=" + Html.urlParam(e.name()), e.title())).toList();
        return new HomePage(classes, years, documents, ex);
    }
}
