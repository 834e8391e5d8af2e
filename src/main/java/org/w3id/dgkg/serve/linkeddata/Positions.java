package org.w3id.dgkg.serve.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;
import org.w3id.dgkg.serve.web.Html;
import org.w3id.dgkg.serve.web.Link;
import org.w3id.dgkg.serve.web.Lookup;

/**
 * An actor's positions over time (the table on its page): principles it advocates and
 * instruments it issued, signed or proposed, by year, each with its evidence. The query is the
 * second half of {@code queries/actor-positions.rq} with the actor bound, so the library query
 * returns the same rows.
 */
public record Positions(List<Row> rows, String queryHref) {

    /** One position: year, relation, what it concerns, and the sentences that state it. */
    public record Row(String year, String relation, Link relationLabel, Link target, List<Source> sources) {}

    /** A sentence stating a position: the fact's page and the passage in the document. */
    public record Source(String statementHref, String passageHref, String documentLabel, String sentence) {}

    static final String BODY = """
            SELECT ?year ?relation ?relationName ?target ?targetName ?statement ?sentence ?document ?documentName ?start ?end WHERE {
              {
                ?statement rdf:subject ?actor ; rdf:predicate dgkg:advocates ; rdf:object ?target .
                BIND(dgkg:advocates AS ?relation)
              } UNION {
                VALUES ?relation { dgkg:issuedBy dgkg:signatory dgkg:proposedBy }
                ?statement rdf:subject ?target ; rdf:predicate ?relation ; rdf:object ?actor .
              }
              ?statement dgkg:evidence ?evidence .
              ?evidence oa:hasTarget ?where .
              ?where oa:hasSource ?document .
              OPTIONAL { ?where oa:hasSelector ?selector . ?selector a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end }
              OPTIONAL { ?evidence dgkg:sentence ?sentence }
              OPTIONAL { ?target dcterms:date ?date }
              OPTIONAL { ?document dcterms:issued ?issued }
              BIND(SUBSTR(STR(COALESCE(?date, ?issued)), 1, 4) AS ?year)
              OPTIONAL { ?relation rdfs:label ?relationName FILTER(lang(?relationName) = "zh") }
              OPTIONAL { ?target skos:prefLabel ?targetName FILTER(lang(?targetName) = "zh") }
              OPTIONAL { ?document dcterms:title ?documentName FILTER(langMatches(lang(?documentName), "zh")) }
            }
            ORDER BY ?year ?relation ?targetName ?document ?start""";

    static Positions of(Lookup lookup, String actor) {
        ParameterizedSparqlString q = Lookup.query(BODY);
        q.setIri("actor", actor);
        Map<String, Row> rows = new LinkedHashMap<>();
        lookup.select(q, s -> {
            String year = Lookup.str(s, "year");
            String relation = Lookup.str(s, "relation");
            String target = Lookup.str(s, "target");
            Row row = rows.computeIfAbsent(year + " " + relation + " " + target, k -> new Row(year == null || year.isEmpty() ? "—" : year,
                    relation.substring(relation.indexOf('#') + 1), Link.to(relation, Lookup.str(s, "relationName")),
                    Link.to(target, Lookup.str(s, "targetName")), new ArrayList<>()));
            String doc = Lookup.str(s, "document");
            String passage = Html.href(doc) + (Lookup.str(s, "start") != null ? "#char=" + Lookup.str(s, "start") + "," + Lookup.str(s, "end") : "");
            String docName = Lookup.str(s, "documentName");
            row.sources().add(new Source(Html.href(Lookup.str(s, "statement")), passage, docName == null ? doc : docName, Lookup.str(s, "sentence")));
            return row;
        });
        String library = Lookup.PREFIXES + BODY.replace("?actor", "<" + actor + ">");
        return new Positions(List.copyOf(rows.values()), Html.queryHref(library));
    }
}
