package org.w3id.dgkg.rdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.RiotException;
import org.w3id.dgkg.DgkgException;

/**
 * The curated RDF of {@code ontology/}: the TBox ({@code dgkg.ttl} and {@code imports/*.ttl})
 * becomes the ontology graph; every other {@code *.ttl} directly in the folder (issues,
 * principles, actors, curation) becomes the reference graph.
 */
public record OntologySources(Model ontology, Model reference, List<Path> ontologyFiles, List<Path> referenceFiles) {
    public static final String TBOX = "dgkg.ttl";

    public OntologySources {
        ontologyFiles = List.copyOf(ontologyFiles);
        referenceFiles = List.copyOf(referenceFiles);
    }

    public static OntologySources load(Path directory) {
        if (!Files.isDirectory(directory))
            throw new DgkgException(directory + ": no such directory; pass the ontology folder with --ontology");
        Path tbox = directory.resolve(TBOX);
        if (!Files.isRegularFile(tbox))
            throw new DgkgException(tbox + ": missing; the ontology folder needs the TBox " + TBOX);
        List<Path> ontologyFiles = new ArrayList<>(List.of(tbox));
        ontologyFiles.addAll(ttl(directory.resolve("imports")));
        List<Path> referenceFiles = ttl(directory).stream().filter(p -> !p.equals(tbox)).toList();
        return new OntologySources(read(ontologyFiles), read(referenceFiles), ontologyFiles, referenceFiles);
    }

    public List<Path> allFiles() {
        List<Path> all = new ArrayList<>(ontologyFiles);
        all.addAll(referenceFiles);
        return all;
    }

    /** Ontology and reference together, as the QC shapes see them. */
    public Model union() {
        Model m = ModelFactory.createDefaultModel();
        m.add(ontology).add(reference);
        m.setNsPrefixes(ontology.getNsPrefixMap());
        return m;
    }

    private static List<Path> ttl(Path dir) {
        if (!Files.isDirectory(dir))
            return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new DgkgException(dir + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static Model read(List<Path> files) {
        Model m = ModelFactory.createDefaultModel();
        for (Path f : files)
            readTurtle(m, f);
        return m;
    }

    /**
     * Parses a Turtle file into {@code m}. A syntax error becomes one message with the file and
     * the parser's line and column (and is not also logged by RIOT).
     */
    public static void readTurtle(Model m, Path f) {
        try {
            RDFParser.source(f).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(m);
        } catch (RiotException e) {
            throw new DgkgException(f + ": malformed Turtle: " + e.getMessage() + "; fix the file and run again", e);
        }
    }
}
