package org.w3id.dgkg.serve.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.dgkg.serve.linkeddata.LinkedDataModule;
import org.w3id.dgkg.serve.search.SearchModule;
import org.w3id.dgkg.serve.void_.VoidModule;

/** The web site's modules, in one place for {@code serve} and the tests: linked data, UI, search, VoID. */
public final class Site {
    private Site() {}

    /**
     * @param dsg     the served dataset (the same object given to {@code DgkgServer})
     * @param dump    the generation's {@code dgkg.trig.gz}, or null
     * @param queries the folder of example queries, or null
     */
    public static List<FusekiModule> modules(DatasetGraph dsg, Path dump, Path queries) {
        return modules(dsg, () -> dump, queries);
    }

    /** As above; {@code pageCache} false renders every {@code /id/…} response afresh (for measuring uncached lookups). */
    public static List<FusekiModule> modules(DatasetGraph dsg, Path dump, Path queries, boolean pageCache) {
        return modules(dsg, () -> dump, queries, pageCache);
    }

    /** As above, with the dump of whichever generation is being served (a live dataset switches). */
    public static List<FusekiModule> modules(DatasetGraph dsg, Supplier<Path> dump, Path queries) {
        return modules(dsg, dump, queries, true);
    }

    /** As above; {@code pageCache} false renders every {@code /id/…} response afresh (for measuring uncached lookups). */
    public static List<FusekiModule> modules(DatasetGraph dsg, Supplier<Path> dump, Path queries, boolean pageCache) {
        return List.of(LinkedDataModule.create(dsg, pageCache), UiModule.create(dsg, queries), SearchModule.create(dsg), VoidModule.create(dsg, dump));
    }
}
