package org.w3id.dgkg.clients;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.w3id.dgkg.serve.DgkgServer;
import org.w3id.dgkg.serve.ontology.OntologyModule;
import org.w3id.dgkg.serve.ui.Site;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.testing.RealCorpus;

/**
 * A real server on a free port, loopback only, serving the real corpus (built once per JVM by
 * {@link RealCorpus}) with the ontology page and every site module, as {@code ./dgkg serve} wires it: SPARQL, linked
 * data {@code /id/…}, search, UI, VoID.
 */
public final class RealSite {
    private RealSite() {}

    public static DgkgServer start() {
        Tdb2Store store = Tdb2Store.at(RealCorpus.database());
        Dataset ds = store.connect(0);
        Path dump = store.current().map(Tdb2Store::dumpOf).orElse(null);
        DgkgServer.Builder b = DgkgServer.create().dataset(ds).port(0).loopback(true).queryTimeout(Duration.ofSeconds(10))
                .module(new OntologyModule(ds));
        Site.modules(ds.asDatasetGraph(), dump, Path.of("queries").toAbsolutePath()).forEach(b::module);
        return b.build().start();
    }

    /** {@code http://localhost:PORT}, without a trailing slash: what {@code http://localhost:3030} is in the README. */
    public static String base(DgkgServer server) {
        return "http://localhost:" + server.getPort();
    }
}
