package org.w3id.dgkg.serve.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Read-only SPARQL lookups for the pages. Every query is a fixed text with parameters bound by
 * {@link ParameterizedSparqlString} ({@code setIri}, {@code setLiteral}); request input never
 * becomes query text.
 */
public final class Lookup {
    public static final String PREFIXES = """
            PREFIX dgkg: <https://w3id.org/dgkg/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX schema: <https://schema.org/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX text: <http://jena.apache.org/text#>
            """;

    private final DatasetGraph dsg;

    public Lookup(DatasetGraph dsg) {
        this.dsg = Objects.requireNonNull(dsg, "dataset");
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    /** A query text with the shared prefixes, ready for parameters. */
    public static ParameterizedSparqlString query(String body) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + body);
        return q;
    }

    /** Runs a SELECT in a read transaction and maps each row. */
    public <T> List<T> select(ParameterizedSparqlString pss, Function<QuerySolution, T> row) {
        Query q = pss.asQuery();
        return Txn.calculateRead(dsg, () -> {
            List<T> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext())
                    out.add(row.apply(rs.next()));
            }
            return out;
        });
    }

    public static String str(QuerySolution s, String var) {
        return s.contains(var) ? (s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.get(var).toString()) : null;
    }

    public static int integer(QuerySolution s, String var) {
        return s.contains(var) && s.get(var).isLiteral() ? s.getLiteral(var).getInt() : 0;
    }

    // --- lookups used by several pages

    /** The Chinese name of an IRI, else its English name, else the IRI. */
    public String label(String iri) {
        ParameterizedSparqlString q = query("""
                SELECT ?l WHERE {
                  { ?e skos:prefLabel ?l } UNION { ?e rdfs:label ?l } UNION { ?e dcterms:title ?l }
                } ORDER BY DESC(langMatches(lang(?l), "zh")) DESC(langMatches(lang(?l), "en")) LIMIT 1""");
        q.setIri("e", iri);
        List<String> l = select(q, s -> str(s, "l"));
        return l.isEmpty() ? iri : l.get(0);
    }

    public record DocumentCount(String document, String title, int count) {}

    /** Documents that mention an entity, with how often. */
    public List<DocumentCount> mentionsByDocument(String entityIri) {
        ParameterizedSparqlString q = query("""
                SELECT ?doc (SAMPLE(?t) AS ?title) (COUNT(DISTINCT ?ann) AS ?n) WHERE {
                  ?ann oa:hasBody ?e ; oa:hasTarget/oa:hasSource ?doc .
                  OPTIONAL { ?doc dcterms:title ?t FILTER(langMatches(lang(?t), "zh")) }
                } GROUP BY ?doc ORDER BY DESC(?n) ?doc""");
        q.setIri("e", entityIri);
        return select(q, s -> new DocumentCount(str(s, "doc"), str(s, "title"), integer(s, "n")));
    }

    public record Annotation(String iri, int start, int end, String body, String bodyLabel, String bodyType, boolean describing) {}

    /** Every annotation on a document, by position (code points into the original text). */
    public List<Annotation> annotationsOf(String documentIri) {
        ParameterizedSparqlString q = query("""
                SELECT ?ann ?start ?end ?body (SAMPLE(?l) AS ?label) (SAMPLE(?ty) AS ?type) ?motive WHERE {
                  ?ann oa:hasTarget ?t . ?t oa:hasSource ?doc ; oa:hasSelector ?sel .
                  ?sel a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                  OPTIONAL { ?ann oa:motivatedBy ?motive }
                  OPTIONAL { ?ann oa:hasBody ?body .
                             OPTIONAL { ?body skos:prefLabel ?l FILTER(langMatches(lang(?l), "zh")) }
                             OPTIONAL { ?body a ?ty } }
                } GROUP BY ?ann ?start ?end ?body ?motive ORDER BY ?start DESC(?end)""");
        q.setIri("doc", documentIri);
        return select(q, s -> new Annotation(str(s, "ann"), integer(s, "start"), integer(s, "end"), str(s, "body"),
                str(s, "label"), str(s, "type"), (DGKG.OA + "describing").equals(str(s, "motive"))));
    }
}
