package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The extractor's model is plain Java: no class in {@code extract} names Apache Jena (by import or
 * fully qualified name), and none names a later pipeline step ({@code rdf}, {@code store}, …). Only
 * {@code rdf/} turns facts into RDF. Read from the sources, as ArchUnit-style rules do.
 */
class ExtractIsJenaFreeTest {
    static final Path EXTRACT = Path.of("src/main/java/org/w3id/dgkg/extract");
    static final Path RDF = Path.of("src/main/java/org/w3id/dgkg/rdf");
    /** Code that names Jena: an import or a qualified name outside a comment line. */
    static final Pattern JENA = Pattern.compile("(?m)^(?!\\s*(?://|\\*|/\\*)).*\\borg\\.apache\\.jena\\.");
    static final Pattern LATER_STEP = Pattern.compile(
            "(?m)^(?!\\s*(?://|\\*|/\\*)).*\\borg\\.w3id\\.dgkg\\.(rdf|store|validate|serve|cli|eval|cache|changes|acquire|query)\\.");

    @Test
    void no_class_in_extract_names_jena() throws IOException {
        List<String> found = offenders(EXTRACT, JENA);
        assertEquals(List.of(), found, "classes in extract/ that use Jena (move the RDF part to rdf/)");
    }

    @Test
    void extract_depends_on_no_later_step() throws IOException {
        List<String> found = offenders(EXTRACT, LATER_STEP);
        assertEquals(List.of(), found, "classes in extract/ that import a later pipeline step");
    }

    @Test
    void the_scan_finds_jena_where_it_is() throws IOException {
        List<String> found = offenders(RDF, JENA);
        assertTrue(found.contains("DatasetWriter.java"), "the scan must see rdf/DatasetWriter's Jena imports: " + found);
        assertTrue(JENA.matcher("import org.apache.jena.graph.Node;").find());
        assertTrue(!JENA.matcher(" * as {@code org.apache.jena.graph.Node} did").find());
    }

    /** The files under {@code root} whose code matches {@code p}. */
    static List<String> offenders(Path root, Pattern p) throws IOException {
        assertTrue(Files.isDirectory(root), "run from the project folder: " + root.toAbsolutePath());
        TreeSet<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = p.matcher(Files.readString(f, StandardCharsets.UTF_8));
                if (m.find())
                    out.add(root.relativize(f).toString());
            }
        }
        return List.copyOf(out);
    }
}
