package org.w3id.dgkg.serve.ontology;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import java.util.TreeMap;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.w3id.dgkg.serve.web.Format;
import org.w3id.dgkg.serve.web.Prefixes;
import org.w3id.dgkg.serve.web.ReadableTurtle;
import org.w3id.dgkg.vocab.DGKG;

/**
 * {@code GET /ontology}: the TBox in Turtle, JSON-LD, RDF/XML or N-Triples, or an HTML
 * documentation page (class tree, properties, the two concept schemes). Both are made once: the
 * served database never changes while the server runs.
 */
final class OntologyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Dataset dataset;
    private transient Model tbox;
    private transient Model schemes;
    private transient String page;

    OntologyServlet(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Forgets what was made from the data (it changed). */
    synchronized void clear() {
        tbox = null;
    }

    private synchronized void load() {
        if (tbox != null)
            return;
        Txn.executeRead(dataset, () -> {
            tbox = ModelFactory.createDefaultModel().add(dataset.getNamedModel(DGKG.GRAPH_ONTOLOGY.getURI()));
            schemes = ModelFactory.createDefaultModel().add(dataset.getNamedModel(DGKG.GRAPH_REFERENCE.getURI()));
        });
        tbox.setNsPrefixes(Prefixes.ALL);
        page = new OntologyPage(tbox, schemes).render();
        declarePrefixes(tbox);
    }

    /**
     * The site's prefixes on the ontology header as SHACL prefix declarations ({@code sh:declare}),
     * the same as the SPARQL service description's: what the query editor and the pages use.
     */
    static void declarePrefixes(Model tbox) {
        String sh = "http://www.w3.org/ns/shacl#";
        tbox.setNsPrefix("sh", sh);
        for (Resource ont : tbox.listSubjectsWithProperty(RDF.type, OWL.Ontology).toList()) {
            if (ont.getURI() == null || !ont.getURI().startsWith(DGKG.BASE + "ontology") || ont.getURI().contains("/imports/"))
                continue;
            new TreeMap<>(Prefixes.ALL.getNsPrefixMap()).forEach((prefix, ns) -> ont.addProperty(tbox.createProperty(sh + "declare"),
                    tbox.createResource().addProperty(tbox.createProperty(sh + "prefix"), prefix)
                            .addProperty(tbox.createProperty(sh + "namespace"), tbox.createTypedLiteral(ns, XSDDatatype.XSDanyURI))));
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        load();
        var chosen = Format.choose(req.getParameter("format"), req.getHeader("Accept"));
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        for (Format offer : Format.all())
            resp.addHeader("Link", "</ontology?format=" + offer.key() + ">; rel=\"alternate\"; type=\"" + offer.mediaType() + "\"");
        if (chosen.isEmpty()) {
            resp.setStatus(406);
            resp.setContentType("text/plain;charset=utf-8");
            resp.getWriter().println("None of the requested media types is available; try one of "
                    + Format.all().stream().map(Format::mediaType).toList() + " or ?format=html|ttl|jsonld|rdf|nt");
            return;
        }
        Format format = chosen.get();
        byte[] body;
        if (!format.isRdf()) {
            body = page.getBytes(StandardCharsets.UTF_8);
            resp.setContentType("text/html;charset=utf-8");
        } else {
            if (format == Format.TURTLE) {
                body = ReadableTurtle.write(tbox).getBytes(StandardCharsets.UTF_8);
            } else {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, tbox, format.lang());
                body = out.toByteArray();
            }
            resp.setContentType(format.mediaType() + (format.lang() == Lang.RDFXML ? "" : ";charset=utf-8"));
        }
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
