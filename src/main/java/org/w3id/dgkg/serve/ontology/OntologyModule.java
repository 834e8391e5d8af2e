package org.w3id.dgkg.serve.ontology;

import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.w3id.dgkg.serve.LiveDataset;

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
        OntologyServlet servlet = new OntologyServlet(dataset);
        LiveDataset.onSwitch(dataset.asDatasetGraph(), servlet::clear);
        builder.addServlet("/ontology", servlet);
    }
}
