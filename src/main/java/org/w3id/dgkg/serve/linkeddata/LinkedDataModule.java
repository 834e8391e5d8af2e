package org.w3id.dgkg.serve.linkeddata;

import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.dgkg.serve.web.Lookup;
import org.w3id.dgkg.serve.LiveDataset;

/**
 * Dereferenceable IRIs: {@code /id/*} serves {@code https://w3id.org/dgkg/id/*} with content
 * negotiation (HTML pages, Turtle, JSON-LD, RDF/XML, N-Triples).
 */
public final class LinkedDataModule implements FusekiModule {
    private final DatasetGraph dsg;
    private final boolean pageCache;

    private LinkedDataModule(DatasetGraph dsg, boolean pageCache) {
        this.dsg = Objects.requireNonNull(dsg, "dataset");
        this.pageCache = pageCache;
    }

    public static LinkedDataModule create(DatasetGraph dsg) {
        return new LinkedDataModule(dsg, true);
    }

    /** {@code pageCache} false: every response is rendered afresh (what an uncached lookup costs). */
    public static LinkedDataModule create(DatasetGraph dsg, boolean pageCache) {
        return new LinkedDataModule(dsg, pageCache);
    }

    @Override
    public String name() {
        return "dgkg-linked-data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        IdServlet ids = new IdServlet(new Describer(dsg), new Lookup(dsg), BuildStamp.of(dsg), pageCache);
        LiveDataset.onSwitch(dsg, () -> ids.dataChanged(BuildStamp.of(dsg)));
        builder.addServlet("/id/*", ids);
    }
}
