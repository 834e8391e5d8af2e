package org.w3id.dgkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.w3id.dgkg.DgkgException;

/**
 * A digest of everything a build reads (corpus, ontology, shapes) and of the code that reads
 * it, so that {@code serve} rebuilds exactly when the served graph could differ.
 */
final class Fingerprint {
    private Fingerprint() {}

    /**
     * Digests already computed in this process, by the files' names, sizes and times: a build
     * asks for the ontology's several times (the inputs, the extractor, the cache index), and
     * reading and hashing it again each time cost about as much as the rest of the start-up
     * checks. A file changed meanwhile has another size or time, hence another key.
     */
    private static final Map<String, String> DONE = new ConcurrentHashMap<>();

    static String of(List<Path> inputs) {
        try {
            Map<Path, List<Path>> listed = new LinkedHashMap<>();
            StringBuilder key = new StringBuilder(codeVersion());
            for (Path root : inputs) {
                if (!Files.exists(root))
                    continue;
                try (Stream<Path> files = Files.walk(root)) {
                    List<Path> regular = files.filter(Files::isRegularFile).sorted().toList();
                    listed.put(root, regular);
                    for (Path f : regular)
                        key.append('\n').append(f.toAbsolutePath()).append('\t').append(Files.size(f)).append('\t')
                                .append(Files.getLastModifiedTime(f).toMillis());
                }
            }
            String known = DONE.get(key.toString());
            if (known != null)
                return known;
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(codeVersion().getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<Path, List<Path>> e : listed.entrySet())
                for (Path f : e.getValue()) {
                    md.update(e.getKey().relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    md.update(Files.readAllBytes(f));
                }
            String digest = HexFormat.of().formatHex(md.digest());
            DONE.put(key.toString(), digest);
            return digest;
        } catch (IOException e) {
            throw new DgkgException("cannot read build inputs: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar's size and time, or "dev" when running from classes. */
    static String codeVersion() {
        try {
            Path code = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code))
                return Version.get() + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            // fall through: an unknown code location only means the fingerprint ignores the code
        }
        return Version.get() + ":dev";
    }
}
