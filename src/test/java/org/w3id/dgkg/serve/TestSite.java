package org.w3id.dgkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.w3id.dgkg.serve.ui.Site;
import org.w3id.dgkg.store.TextIndexer;

/** A real server on a free port with the fixture dataset (in-memory TDB2 + in-memory text index) and all site modules. */
final class TestSite {
    static final Path DIR = Path.of("src/test/resources/serve");

    private TestSite() {}

    static DgkgServer start(Path tmp) throws IOException {
        return start(tmp, true, fixture());
    }

    /** The fixture in an in-memory TDB2 dataset. */
    static DatasetGraph fixture() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb, () -> RDFDataMgr.read(tdb, DIR.resolve("fixture.trig").toString()));
        return tdb;
    }

    /** As {@link #start(Path)}, serving {@code tdb}; {@code pageCache} false: every /id/… response rendered afresh. */
    static DgkgServer start(Path tmp, boolean pageCache, DatasetGraph tdb) throws IOException {
        Files.createDirectories(tmp);
        DatasetGraph dsg = TextIndexer.inMemory(tdb);
        Dataset ds = DatasetFactory.wrap(dsg);
        Path dump = tmp.resolve("dgkg.trig.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dump))) {
            Txn.executeRead(tdb, () -> RDFDataMgr.write(out, tdb, RDFFormat.TRIG_BLOCKS));
        }
        DgkgServer.Builder b = DgkgServer.create().dataset(ds).port(0).loopback(true).queryTimeout(Duration.ofSeconds(10));
        Site.modules(dsg, dump, null, pageCache).forEach(b::module);
        return b.build().start();
    }
}
