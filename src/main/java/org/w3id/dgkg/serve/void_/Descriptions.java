package org.w3id.dgkg.serve.void_;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dgkg.serve.web.Prefixes;
import org.w3id.dgkg.vocab.DGKG;

/** Builds the VoID/DCAT description and the SPARQL service description; statistics are computed once. */
final class Descriptions {
    static final String VOID = DGKG.VOID;
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";

    private final DatasetGraph dsg;
    private volatile Stats stats;

    record Stats(long quads, Map<String, Long> graphs, Map<String, Long> classes, long entities, String modified) {}

    Descriptions(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Forgets the statistics (the data changed). */
    void clear() {
        stats = null;
    }

    private Stats stats() {
        Stats s = stats;
        if (s == null)
            stats = s = Txn.calculateRead(dsg, this::compute);
        return s;
    }

    private Stats compute() {
        Map<String, Long> graphs = new TreeMap<>();
        long quads = 0;
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext();) {
            Node g = it.next();
            long n = dsg.getGraph(g).size();
            graphs.put(g.getURI(), n);
            quads += n;
        }
        Map<String, Long> classes = new TreeMap<>();
        java.util.Set<Node> entities = new java.util.HashSet<>();
        dsg.getUnionGraph().find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && t.getSubject().isURI() && t.getSubject().getURI().startsWith(DGKG.ID)) {
                classes.merge(t.getObject().getURI(), 1L, Long::sum);
                entities.add(t.getSubject());
            }
        });
        Iterator<Quad> m = dsg.find(Node.ANY, org.apache.jena.graph.NodeFactory.createURI(DGKG.BASE), DCTerms.modified.asNode(), Node.ANY);
        String modified = m.hasNext() ? m.next().getObject().getLiteralLexicalForm() : null;
        return new Stats(quads, graphs, classes, entities.size(), modified);
    }

    private static Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT).setNsPrefix("dcterms", DCTerms.getURI()).setNsPrefix("sd", SD)
                .setNsPrefix("foaf", FOAF).setNsPrefix("xsd", XSDDatatype.XSD + "#").setNsPrefix("dgkg", DGKG.NS);
        return m;
    }

    private static Property p(Model m, String iri) {
        return m.createProperty(iri);
    }

    /** VoID + DCAT for the dataset, with this server's endpoint and dump. */
    Model voidModel(String base, boolean withStats) {
        Stats s = stats();
        Model m = model();
        Resource ds = m.createResource(DGKG.BASE);
        ds.addProperty(RDF.type, m.createResource(VOID + "Dataset")).addProperty(RDF.type, m.createResource(DCAT + "Dataset"));
        ds.addProperty(DCTerms.title, m.createLiteral("dgkg: global digital governance knowledge graph", "en"));
        ds.addProperty(DCTerms.title, m.createLiteral("全球数字治理知识图谱", "zh"));
        ds.addProperty(DCTerms.description, m.createLiteral("Actors, governance instruments, principles and issues of global digital governance, "
                + "extracted from Chinese-language documents, with the evidence sentence of every fact.", "en"));
        if (s.modified() != null)
            ds.addLiteral(DCTerms.modified, m.createTypedLiteral(s.modified(), XSDDatatype.XSDdateTime));
        ds.addProperty(p(m, VOID + "sparqlEndpoint"), m.createResource(base + "/dgkg/sparql"));
        ds.addProperty(p(m, VOID + "dataDump"), m.createResource(base + "/dumps/dgkg.trig.gz"));
        ds.addProperty(p(m, VOID + "uriSpace"), DGKG.ID);
        ds.addProperty(p(m, VOID + "uriLookupEndpoint"), m.createResource(base + "/search?q="));
        ds.addProperty(p(m, VOID + "exampleResource"), m.createResource(DGKG.ID + "actor/eu"));
        ds.addProperty(p(m, VOID + "rootResource"), m.createResource(base + "/"));
        for (String v : new String[] {DGKG.NS, "http://www.w3.org/2004/02/skos/core#", DGKG.OA, DGKG.PROV, DCTerms.getURI()})
            ds.addProperty(p(m, VOID + "vocabulary"), m.createResource(v));
        ds.addProperty(p(m, VOID + "feature"), m.createResource("http://www.w3.org/ns/formats/Turtle"));
        ds.addProperty(p(m, VOID + "feature"), m.createResource("http://www.w3.org/ns/formats/JSON-LD"));
        ds.addProperty(p(m, VOID + "feature"), m.createResource("http://www.w3.org/ns/formats/RDF_XML"));
        ds.addProperty(p(m, VOID + "feature"), m.createResource("http://www.w3.org/ns/formats/N-Triples"));
        ds.addProperty(p(m, DCAT + "landingPage"), m.createResource(base + "/"));
        Resource dumpDist = m.createResource(base + "/dumps/dgkg.trig.gz#distribution")
                .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                .addProperty(p(m, DCAT + "downloadURL"), m.createResource(base + "/dumps/dgkg.trig.gz"))
                .addProperty(p(m, DCAT + "mediaType"), m.createResource("https://www.iana.org/assignments/media-types/application/trig"))
                .addProperty(p(m, DCAT + "compressFormat"), m.createResource("http://www.iana.org/assignments/media-types/application/gzip"))
                .addProperty(DCTerms.title, m.createLiteral("Full dump (TriG, gzip)", "en"));
        Resource service = m.createResource(base + "/dgkg/sparql#service")
                .addProperty(RDF.type, m.createResource(DCAT + "DataService"))
                .addProperty(p(m, DCAT + "endpointURL"), m.createResource(base + "/dgkg/sparql"))
                .addProperty(p(m, DCAT + "endpointDescription"), m.createResource(base + "/service-description"))
                .addProperty(p(m, DCAT + "servesDataset"), ds);
        ds.addProperty(p(m, DCAT + "distribution"), dumpDist);
        ds.addProperty(p(m, DCAT + "accessService"), service);
        if (withStats) {
            ds.addLiteral(p(m, VOID + "triples"), m.createTypedLiteral(s.quads()));
            ds.addLiteral(p(m, VOID + "entities"), m.createTypedLiteral(s.entities()));
            s.classes().forEach((c, n) -> {
                if (c.startsWith(DGKG.NS))
                    ds.addProperty(p(m, VOID + "classPartition"), m.createResource()
                            .addProperty(p(m, VOID + "class"), m.createResource(c))
                            .addLiteral(p(m, VOID + "entities"), m.createTypedLiteral(n)));
            });
            s.graphs().forEach((g, n) -> ds.addProperty(p(m, VOID + "subset"), m.createResource(g + "#void")
                    .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                    .addProperty(p(m, SD + "name"), m.createResource(g))
                    .addLiteral(p(m, VOID + "triples"), m.createTypedLiteral(n))));
        }
        return m;
    }

    /** SPARQL 1.1 Service Description of {@code /dgkg/sparql}. */
    Model serviceDescription(String base, boolean ignored) {
        Stats s = stats();
        Model m = model();
        Resource sv = m.createResource(base + "/dgkg/sparql#service");
        sv.addProperty(RDF.type, m.createResource(SD + "Service"));
        sv.addProperty(p(m, SD + "endpoint"), m.createResource(base + "/dgkg/sparql"));
        sv.addProperty(p(m, SD + "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
        sv.addProperty(p(m, SD + "feature"), m.createResource(SD + "UnionDefaultGraph"));
        sv.addProperty(p(m, SD + "feature"), m.createResource(SD + "BasicFederatedQuery"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "RDF_XML", "N-Triples"})
            sv.addProperty(p(m, SD + "resultFormat"), m.createResource("http://www.w3.org/ns/formats/" + f));
        sv.addProperty(p(m, SD + "extensionFunction"), m.createResource("http://jena.apache.org/text#query"));
        sv.addProperty(p(m, SD + "propertyFeature"), m.createResource("http://jena.apache.org/text#query"));
        Resource dflt = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(p(m, SD + "defaultGraph"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Graph"))
                        .addProperty(DCTerms.description, m.createLiteral("the union of all named graphs", "en"))
                        .addLiteral(p(m, VOID + "triples"), m.createTypedLiteral(s.quads())));
        s.graphs().forEach((g, n) -> dflt.addProperty(p(m, SD + "namedGraph"), m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                .addProperty(p(m, SD + "name"), m.createResource(g))
                .addProperty(p(m, SD + "graph"), m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"))
                        .addLiteral(p(m, VOID + "triples"), m.createTypedLiteral(n)))));
        sv.addProperty(p(m, SD + "defaultDataset"), dflt);
        // the prefixes the site uses (one per kind of identifier), as SHACL prefix declarations: a client can read them
        // instead of guessing, and the query editor, /id pages and /ontology use the same ones
        String sh = "http://www.w3.org/ns/shacl#";
        m.setNsPrefix("sh", sh);
        new java.util.TreeMap<>(Prefixes.ALL.getNsPrefixMap()).forEach((prefix, ns) -> sv.addProperty(p(m, sh + "declare"), m.createResource()
                .addProperty(p(m, sh + "prefix"), prefix)
                .addProperty(p(m, sh + "namespace"), m.createTypedLiteral(ns, XSDDatatype.XSDanyURI))));
        return m;
    }
}
