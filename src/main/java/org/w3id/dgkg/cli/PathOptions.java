package org.w3id.dgkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The locations every command shares, so that {@code --db} means the same thing everywhere. */
final class PathOptions {
    @Option(names = "--db", paramLabel = "DIR",
            description = "Database directory (TDB2 generations and CURRENT). Default: databases/dgkg in the dgkg folder.")
    Path db;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Corpus directory with manifest.json and the .txt documents. Default: corpus/ in the dgkg folder.")
    Path corpus;

    @Option(names = "--ontology", paramLabel = "DIR",
            description = "Ontology folder (dgkg.ttl, imports/, reference data). Default: ontology/ in the dgkg folder.")
    Path ontology;

    @Option(names = "--shapes", paramLabel = "PATH",
            description = "SHACL shapes: a .ttl file or a folder of them. Default: depends on the command (see its help).")
    Path shapes;

    Path db() {
        return Home.resolve(db, "databases/dgkg");
    }

    Path corpus() {
        return Home.resolve(corpus, "corpus");
    }

    Path ontology() {
        return Home.resolve(ontology, "ontology");
    }

    Path shapesOr(String defaultRelative) {
        return Home.resolve(shapes, defaultRelative);
    }
}
