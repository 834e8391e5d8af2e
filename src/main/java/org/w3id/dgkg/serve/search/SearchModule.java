package org.w3id.dgkg.serve.search;

import static org.w3id.dgkg.serve.ui.Html.attr;
import static org.w3id.dgkg.serve.ui.Html.esc;
import static org.w3id.dgkg.serve.ui.Html.link;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.serve.linkeddata.Highlight;
import org.w3id.dgkg.serve.linkeddata.Lookup;
import org.w3id.dgkg.serve.ui.Html;

/**
 * {@code /search?q=…}: full-text search through the jena-text index (SmartChineseAnalyzer):
 * entities whose labels match first, then sentences that match, grouped by document, each
 * linked to its place in the document. The user's words are escaped for Lucene and bound as a
 * literal, never spliced into query text.
 */
public final class SearchModule implements FusekiModule {
    private static final Logger LOG = LoggerFactory.getLogger(SearchModule.class);
    private final DatasetGraph dsg;

    private SearchModule(DatasetGraph dsg) {
        this.dsg = Objects.requireNonNull(dsg, "dataset");
    }

    public static SearchModule create(DatasetGraph dsg) {
        return new SearchModule(dsg);
    }

    @Override
    public String name() {
        return "dgkg-search";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/search", new SearchServlet(new Lookup(dsg)));
    }

    record EntityHit(String iri, String label, String en, String type, double score) {}

    record SentenceHit(String annotation, String sentence, String doc, String docTitle, int start, int end, String body, String bodyLabel) {}

    /** The phrase query for the user's words: each word escaped, the whole quoted so segments must be adjacent. */
    static String phrase(String q) {
        return "\"" + QueryParserBase.escape(q.strip()).replace("\"", "") + "\"";
    }

    static List<EntityHit> entities(Lookup lookup, String luceneQuery) {
        ParameterizedSparqlString q = Lookup.query("""
                SELECT ?e (MAX(?sc) AS ?score) (SAMPLE(?zh) AS ?label) (SAMPLE(?en0) AS ?en) (SAMPLE(?ty) AS ?type) WHERE {
                  (?e ?sc) text:query (rdfs:label ?q 40) .
                  FILTER(isIRI(?e) && STRSTARTS(STR(?e), "https://w3id.org/dgkg/id/") && !STRSTARTS(STR(?e), "https://w3id.org/dgkg/id/document/"))
                  OPTIONAL { ?e skos:prefLabel ?zh FILTER(langMatches(lang(?zh), "zh")) }
                  OPTIONAL { ?e skos:prefLabel ?en0 FILTER(langMatches(lang(?en0), "en")) }
                  OPTIONAL { ?e a ?ty0 . ?ty0 rdfs:label ?ty FILTER(STRSTARTS(STR(?ty0), STR(dgkg:)) && langMatches(lang(?ty), "zh")) }
                } GROUP BY ?e ORDER BY DESC(?score) LIMIT 30""");
        q.setLiteral("q", luceneQuery);
        return lookup.select(q, s -> new EntityHit(Lookup.str(s, "e"), Lookup.str(s, "label"), Lookup.str(s, "en"),
                Lookup.str(s, "type"), s.getLiteral("score").getDouble()));
    }

    static List<SentenceHit> sentences(Lookup lookup, String luceneQuery) {
        ParameterizedSparqlString q = Lookup.query("""
                SELECT ?a ?sentence ?score ?doc (SAMPLE(?t) AS ?title) ?start ?end ?body (SAMPLE(?bl) AS ?bodyLabel) WHERE {
                  (?a ?score ?sentence) text:query (dgkg:sentence ?q 200) .
                  ?a oa:hasTarget ?tg . ?tg oa:hasSource ?doc .
                  OPTIONAL { ?tg oa:hasSelector ?sel . ?sel oa:start ?start ; oa:end ?end }
                  OPTIONAL { ?doc dcterms:title ?t FILTER(langMatches(lang(?t), "zh")) }
                  OPTIONAL { ?a oa:hasBody ?body OPTIONAL { ?body skos:prefLabel ?bl FILTER(langMatches(lang(?bl), "zh")) } }
                } GROUP BY ?a ?sentence ?score ?doc ?start ?end ?body ORDER BY DESC(?score) ?doc ?start""");
        q.setLiteral("q", luceneQuery);
        return lookup.select(q, s -> new SentenceHit(Lookup.str(s, "a"), Lookup.str(s, "sentence"), Lookup.str(s, "doc"),
                Lookup.str(s, "title"), Lookup.integer(s, "start"), Lookup.integer(s, "end"), Lookup.str(s, "body"), Lookup.str(s, "bodyLabel")));
    }

    static final class SearchServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient Lookup lookup;

        SearchServlet(Lookup lookup) {
            this.lookup = lookup;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            String q = req.getParameter("q");
            StringBuilder b = new StringBuilder();
            b.append("<h1>Search 搜索</h1>\n<form class=\"bigsearch\" action=\"/search\" method=\"get\"><input type=\"search\" id=\"q\" name=\"q\" value=\"")
                    .append(attr(q == null ? "" : q)).append("\" placeholder=\"数据跨境流动\" aria-label=\"search\"> <button>搜索 Search</button></form>\n");
            if (q == null || q.isBlank()) {
                b.append("<p class=\"muted\">Search names of actors, instruments, issues and principles, and the sentences of the documents (Chinese word segmentation by SmartChineseAnalyzer).</p>");
                Html.send(res, 200, Html.page("Search", null, b.toString()));
                return;
            }
            if (q.length() > 200) {
                Html.send(res, 400, Html.errorPage(400, "Query too long", "Search for at most 200 characters."));
                return;
            }
            List<EntityHit> ents;
            List<SentenceHit> sents;
            try {
                ents = entities(lookup, phrase(q));
                if (ents.isEmpty())
                    ents = entities(lookup, QueryParserBase.escape(q.strip()));
                sents = sentences(lookup, phrase(q));
            } catch (org.apache.jena.query.QueryCancelledException e) {
                res.setHeader("Retry-After", "5");
                Html.send(res, 503, Html.errorPage(503, "Search timed out", "The server is too busy to finish this search now; try again in a few seconds."));
                return;
            } catch (RuntimeException e) {
                LOG.warn("Search for '{}' failed: {}", q, e.toString());
                Html.send(res, 500, Html.errorPage(500, "Search failed", "The search could not run: " + e.getMessage()));
                return;
            }
            b.append("<section class=\"hits-entities\"><h2>Entities 实体 (").append(ents.size()).append(")</h2>\n");
            if (ents.isEmpty())
                b.append("<p class=\"muted\">No entity has this name.</p>\n");
            else {
                b.append("<ul class=\"entity-hits\">\n");
                for (EntityHit h : ents)
                    b.append("<li>").append(link(h.iri(), h.label() != null ? h.label() : h.iri()))
                            .append(h.en() != null ? " <span class=\"en\">" + esc(h.en()) + "</span>" : "")
                            .append(h.type() != null ? " <span class=\"type\">" + esc(h.type()) + "</span>" : "").append("</li>\n");
                b.append("</ul>\n");
            }
            b.append("</section>\n");

            // sentences: one per (document, sentence), grouped by document
            Map<String, List<SentenceHit>> byDoc = new LinkedHashMap<>();
            Set<String> seen = new LinkedHashSet<>();
            for (SentenceHit h : sents)
                if (seen.add(h.doc() + "\u0000" + h.sentence()))
                    byDoc.computeIfAbsent(h.doc(), k -> new ArrayList<>()).add(h);
            b.append("<section class=\"hits-sentences\"><h2>Sentences 句子 (").append(seen.size()).append(")</h2>\n");
            if (byDoc.isEmpty())
                b.append("<p class=\"muted\">No sentence matches.</p>\n");
            String terms = q.strip();
            byDoc.forEach((doc, hits) -> {
                b.append("<div class=\"doc-hits\"><h3>").append(link(doc, hits.get(0).docTitle() != null ? hits.get(0).docTitle() : doc))
                        .append(" <span class=\"count\">").append(hits.size()).append("</span></h3>\n<ul>\n");
                for (SentenceHit h : hits) {
                    b.append("<li class=\"sentence-hit\"><span class=\"sentence\">").append(Highlight.html(h.sentence(), List.of(terms))).append("</span> ");
                    if (h.end() > 0)
                        b.append("<a class=\"doclink\" href=\"").append(attr(Html.href(doc) + "#char=" + h.start() + "," + h.end())).append("\">in context 原文</a>");
                    if (h.body() != null)
                        b.append(" · ").append(link(h.body(), h.bodyLabel() != null ? h.bodyLabel() : h.body()));
                    b.append("</li>\n");
                }
                b.append("</ul></div>\n");
            });
            b.append("</section>\n");
            Html.send(res, 200, Html.page(q + " – search", null, b.toString()));
        }
    }
}
