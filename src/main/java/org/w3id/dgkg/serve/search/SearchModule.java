package org.w3id.dgkg.serve.search;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
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
import org.w3id.dgkg.serve.web.Highlight;
import org.w3id.dgkg.serve.web.Lookup;
import org.w3id.dgkg.serve.web.Html;
import org.w3id.dgkg.serve.web.Pages;

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

    public record EntityHit(String iri, String label, String en, String type, double score) {
        public String href() {
            return Html.href(iri);
        }
    }

    public record SentenceHit(String annotation, String sentence, String doc, String docTitle, int start, int end, String body, String bodyLabel) {}

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
            if (q == null || q.isBlank()) {
                Html.send(res, 200, Pages.render("search.jte", SearchPage.empty()));
                return;
            }
            if (q.length() > 200) {
                Html.sendError(res, 400, "Query too long", "Search for at most 200 characters.");
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
                Html.sendError(res, 503, "Search timed out", "The server is too busy to finish this search now; try again in a few seconds.");
                return;
            } catch (RuntimeException e) {
                LOG.warn("Search for '{}' failed: {}", q, e.toString());
                Html.sendError(res, 500, "Search failed", "The search could not run: " + e.getMessage());
                return;
            }
            Html.send(res, 200, Pages.render("search.jte", SearchPage.of(q.strip(), ents, sents)));
        }
    }
}
