package org.w3id.dgkg.serve.ui;

import static org.w3id.dgkg.serve.ui.Html.attr;
import static org.w3id.dgkg.serve.ui.Html.esc;
import static org.w3id.dgkg.serve.ui.Html.link;

import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.w3id.dgkg.serve.linkeddata.Lookup;

/** The home page: what is in the graph (by class, by document, by year), the documents, example questions, search. */
final class HomePage {
    private HomePage() {}

    record Row(String iri, String label, String extra, int n) {}

    static String render(Lookup lookup, List<Examples.Example> examples) {
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"hero\"><h1>全球数字治理知识图谱 <span class=\"en\">Global digital governance knowledge graph</span></h1>\n")
                .append("<p>Who acts in digital governance, which instruments they issue, sign or propose, which principles they advocate and which issues those instruments address, ")
                .append("extracted from Chinese-language documents. Every fact links to the sentence it was read from.</p>\n")
                .append("<form class=\"bigsearch\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" placeholder=\"例如：数据跨境流动、数字鸿沟、欧盟\" aria-label=\"search\"> <button>搜索 Search</button></form></section>\n");

        ParameterizedSparqlString byClass = Lookup.query("""
                SELECT ?class (SAMPLE(?zh) AS ?label) (SAMPLE(?en) AS ?enl) (COUNT(DISTINCT ?e) AS ?n) WHERE {
                  ?e a ?class .
                  FILTER(STRSTARTS(STR(?class), STR(dgkg:)) && STRSTARTS(STR(?e), "https://w3id.org/dgkg/id/"))
                  OPTIONAL { ?class rdfs:label ?zh FILTER(langMatches(lang(?zh), "zh")) }
                  OPTIONAL { ?class rdfs:label ?en FILTER(langMatches(lang(?en), "en")) }
                } GROUP BY ?class ORDER BY DESC(?n) ?class""");
        List<Row> classes = lookup.select(byClass, s -> new Row(Lookup.str(s, "class"), Lookup.str(s, "label"), Lookup.str(s, "enl"), Lookup.integer(s, "n")));
        b.append("<div class=\"columns\">\n<section class=\"byclass\"><h2>By class 按类别</h2>\n<table class=\"counts\">\n");
        for (Row r : classes) {
            String local = r.iri().substring(r.iri().indexOf('#') + 1);
            String q = "PREFIX dgkg: <https://w3id.org/dgkg/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                    + "SELECT ?e ?label WHERE {\n  ?e a dgkg:" + local + " .\n  OPTIONAL { ?e skos:prefLabel ?label FILTER(lang(?label) = \"zh\") }\n} ORDER BY ?label";
            b.append("<tr><td>").append(link(r.iri(), r.label() != null ? r.label() : local))
                    .append(r.extra() != null ? " <span class=\"en\">" + esc(r.extra()) + "</span>" : "")
                    .append("</td><td class=\"num\"><a href=\"/query?query=").append(attr(Html.urlParam(q))).append("\">")
                    .append(r.n()).append("</a></td></tr>\n");
        }
        b.append("</table></section>\n");

        ParameterizedSparqlString byYear = Lookup.query("""
                SELECT ?year (COUNT(DISTINCT ?i) AS ?n) WHERE {
                  ?i dcterms:date ?d . BIND(SUBSTR(STR(?d), 1, 4) AS ?year)
                } GROUP BY ?year ORDER BY ?year""");
        List<Row> years = lookup.select(byYear, s -> new Row(null, Lookup.str(s, "year"), null, Lookup.integer(s, "n")));
        ParameterizedSparqlString docYears = Lookup.query("""
                SELECT ?year (COUNT(DISTINCT ?doc) AS ?n) WHERE {
                  ?doc a dgkg:SourceDocument ; dcterms:issued ?d . BIND(SUBSTR(STR(?d), 1, 4) AS ?year)
                } GROUP BY ?year ORDER BY ?year""");
        List<Row> dyears = lookup.select(docYears, s -> new Row(null, Lookup.str(s, "year"), null, Lookup.integer(s, "n")));
        b.append("<section class=\"byyear\"><h2>By year 按年份</h2>\n<table class=\"counts\"><tr><th>Year</th><th>Dated instruments &amp; events</th><th>Documents</th></tr>\n");
        java.util.TreeMap<String, int[]> merged = new java.util.TreeMap<>();
        years.forEach(r -> merged.computeIfAbsent(r.label(), k -> new int[2])[0] = r.n());
        dyears.forEach(r -> merged.computeIfAbsent(r.label(), k -> new int[2])[1] = r.n());
        merged.forEach((y, n) -> b.append("<tr><td>").append(esc(y)).append("</td><td class=\"num\"><span class=\"bar\" style=\"width:")
                .append(Math.min(200, n[0] * 4)).append("px\"></span>").append(n[0]).append("</td><td class=\"num\">").append(n[1]).append("</td></tr>\n"));
        if (merged.isEmpty())
            b.append("<tr><td colspan=\"3\" class=\"muted\">No dates yet.</td></tr>\n");
        b.append("</table></section>\n</div>\n");

        ParameterizedSparqlString docs = Lookup.query("""
                SELECT ?doc (SAMPLE(?t) AS ?title) (SAMPLE(?te) AS ?ten) (SAMPLE(?p) AS ?pub) (SAMPLE(?d) AS ?issued) (COUNT(DISTINCT ?ann) AS ?n) WHERE {
                  ?doc a dgkg:SourceDocument .
                  OPTIONAL { ?doc dcterms:title ?t FILTER(langMatches(lang(?t), "zh")) }
                  OPTIONAL { ?doc dcterms:title ?te FILTER(langMatches(lang(?te), "en")) }
                  OPTIONAL { ?doc dcterms:publisher ?p FILTER(langMatches(lang(?p), "zh")) }
                  OPTIONAL { ?doc dcterms:issued ?d }
                  OPTIONAL { ?t0 oa:hasSource ?doc . ?ann oa:hasTarget ?t0 ; oa:hasBody ?body }
                } GROUP BY ?doc ORDER BY ?issued ?doc""");
        record Doc(String iri, String title, String en, String pub, String issued, int n) {}
        List<Doc> documents = lookup.select(docs, s -> new Doc(Lookup.str(s, "doc"), Lookup.str(s, "title"), Lookup.str(s, "ten"),
                Lookup.str(s, "pub"), Lookup.str(s, "issued"), Lookup.integer(s, "n")));
        b.append("<section class=\"documents\"><h2>Documents 文献 (").append(documents.size()).append(")</h2>\n<table class=\"docs\"><tr><th>Title 标题</th><th>Publisher 发布者</th><th>Issued</th><th>Mentions 提及</th></tr>\n");
        for (Doc d : documents)
            b.append("<tr><td>").append(link(d.iri(), d.title() != null ? d.title() : d.iri()))
                    .append(d.en() != null ? "<br><span class=\"en\">" + esc(d.en()) + "</span>" : "").append("</td><td>").append(esc(d.pub()))
                    .append("</td><td>").append(esc(d.issued())).append("</td><td class=\"num\">").append(d.n()).append("</td></tr>\n");
        b.append("</table></section>\n");

        b.append("<section class=\"examples\"><h2>Example questions 示例问题</h2>\n<ul>\n");
        for (Examples.Example e : examples)
            b.append("<li><a href=\"/query?example=").append(attr(Html.urlParam(e.name()))).append("\">").append(esc(e.title())).append("</a></li>\n");
        b.append("</ul>\n<p>Endpoint: <code>/dgkg/sparql</code> · <a href=\"/.well-known/void\">VoID description</a> · <a href=\"/service-description\">SPARQL service description</a> · ")
                .append("<a href=\"/dumps/dgkg.trig.gz\">dump (TriG, gzip)</a></p></section>\n");
        return Html.page("Home", null, b.toString());
    }
}
