package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.serve.ontology.OntologyModule;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.testing.RealCorpus;
import org.w3id.dgkg.vocab.DGKG;

/** GET /ontology: every RDF media type parses; the HTML page documents every class and both schemes. */
class OntologyPageTest {
    static DgkgServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Dataset ds = Tdb2Store.at(RealCorpus.database()).connect(0);
        server = DgkgServer.create().dataset(ds).module(new OntologyModule(ds)).port(0).loopback(true).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    static HttpResponse<byte[]> get(String accept, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.serverURL() + "ontology" + query)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    void ontology_answers_each_rdf_media_type_with_a_parseable_body(String mediaType) throws Exception {
        var r = get(mediaType, "");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(org.apache.jena.riot.RDFLanguages.contentTypeToLang(mediaType)).parse(g);
        assertTrue(g.contains(DGKG.Actor.asNode(), RDF.type.asNode(), OWL.Class.asNode()), "dgkg:Actor is an owl:Class");
    }

    @Test
    void html_page_lists_every_class_and_both_schemes() throws Exception {
        var r = get("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", "");
        assertEquals(200, r.statusCode());
        String html = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        Model tbox = RDFDataMgr.loadModel("ontology/dgkg.ttl");
        tbox.listSubjectsWithProperty(RDF.type, OWL.Class).filterKeep(c -> c.isURIResource() && c.getURI().startsWith(DGKG.NS))
                .forEachRemaining(c -> assertTrue(html.contains("id=\"" + c.getLocalName() + "\""), "class " + c.getLocalName() + " documented"));
        assertTrue(html.contains("id=\"issues\"") && html.contains("id=\"principles\""));
        assertTrue(html.contains("数字鸿沟"), "issue scheme shows Chinese labels");
    }

    @Test
    void format_parameter_overrides_accept_and_unknown_type_is_406() throws Exception {
        var r = get("text/html", "?format=ttl");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals(406, get("image/png", "").statusCode());
    }

    @Test
    void turtle_reads_as_a_maintainer_writes_it() throws Exception {
        String ttl = new String(get("text/turtle", "").body(), java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<String> prefixes = ttl.lines().filter(l -> l.startsWith("PREFIX") || l.startsWith("@prefix")).toList();
        for (String p : java.util.List.of("dgkg:", "owl:", "rdfs:", "skos:", "xsd:"))
            assertTrue(prefixes.stream().anyMatch(l -> l.contains(" " + p)), p + " declared: " + prefixes);
        String body = ttl.lines().filter(l -> !prefixes.contains(l)).collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(!body.contains("<https://w3id.org/dgkg/ontology#") && !body.contains("<http://www.w3.org/2002/07/owl#"), "no full IRIs of declared namespaces");
        int header = body.indexOf("owl:Ontology"), classes = body.indexOf("# Classes"), properties = body.indexOf("# Properties"), rest = body.indexOf("# Other resources");
        assertTrue(header >= 0 && header < classes && classes < properties && (rest < 0 || properties < rest),
                "ontology header, classes, properties, the rest: " + header + " " + classes + " " + properties + " " + rest);
        int actor = body.indexOf("\ndgkg:Actor"), state = body.indexOf("\ndgkg:State");
        assertTrue(actor > classes && actor < state && state < properties, "classes sorted by name");
        assertTrue(body.replaceAll("\\s+", " ").contains("sh:prefix \"actor\""), "the site's prefixes declared (sh:declare)");
    }
}
