package org.w3id.dgkg.serve.ontology;

import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;

/** Serves the ontology at {@code /ontology}: RDF by content negotiation and a documentation page. */
public final class OntologyModule implements FusekiModule {
    private final Dataset dataset;

    public OntologyModule(Dataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    @Override
    public String name() {
        return "dgkg-ontology";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/ontology", new OntologyServlet(dataset));
    }
}
