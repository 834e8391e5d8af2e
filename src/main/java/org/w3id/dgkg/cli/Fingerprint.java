package org.w3id.dgkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.dgkg.DgkgException;

/**
 * A digest of everything a build reads (corpus, ontology, shapes) and of the code that reads
 * it, so that {@code serve} rebuilds exactly when the served graph could differ.
 */
final class Fingerprint {
    private Fingerprint() {}

    static String of(List<Path> inputs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(codeVersion().getBytes(StandardCharsets.UTF_8));
            for (Path root : inputs) {
                if (!Files.exists(root))
                    continue;
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        md.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        md.update(Files.readAllBytes(f));
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
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
