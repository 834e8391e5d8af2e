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
}
