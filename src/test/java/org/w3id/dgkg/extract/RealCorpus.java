package org.w3id.dgkg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.dgkg.ingest.Corpus;
import org.w3id.dgkg.ingest.CorpusReader;
import org.w3id.dgkg.rdf.OntologySources;

/**
 * The project's corpus and ontology read and extracted in memory, once per test JVM (no
 * database: for rule and eval tests). The ontology folder is the system property
 * {@code dgkg.ontology} when set, else {@code ontology/} of the project.
 */
public final class RealCorpus {
    public static final Path CORPUS = Path.of("corpus");
    private static Corpus corpus;
    private static OntologySources sources;
    private static Extraction extraction;

    private RealCorpus() {}

    public static Path ontologyDir() {
        String p = System.getProperty("dgkg.ontology");
        if (p != null && !p.isBlank())
            return Path.of(p);
        return Path.of("ontology");
    }

    public static synchronized Corpus corpus() {
        if (corpus == null)
            corpus = CorpusReader.read(CORPUS);
        return corpus;
    }

    public static synchronized OntologySources sources() {
        if (sources == null)
            sources = OntologySources.load(ontologyDir());
        return sources;
    }

    public static synchronized Reference reference() {
        return org.w3id.dgkg.rdf.ReferenceLoader.load(sources().ontology(), sources().reference());
    }

    public static synchronized Extraction extraction() {
        if (extraction == null)
            extraction = Extractor.create(reference()).extract(corpus());
        return extraction;
    }
}
