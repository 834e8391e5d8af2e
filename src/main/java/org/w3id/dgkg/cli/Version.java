package org.w3id.dgkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The project's version and commit (written into {@code dgkg-version.properties} by the build)
 * and the version of Apache Jena on the class path (read from jena-core's Maven metadata, which
 * the shaded jar keeps; {@code Jena.VERSION} is not filled in there).
 */
final class Version implements IVersionProvider {
    static String get() {
        return read("/dgkg-version.properties", "version", "dev");
    }

    static String commit() {
        return read("/dgkg-version.properties", "commit", "unknown").strip();
    }

    static String jena() {
        return read("/META-INF/maven/org.apache.jena/jena-core/pom.properties", "version", org.apache.jena.Jena.VERSION);
    }

    private static String read(String resource, String key, String otherwise) {
        try (InputStream in = Version.class.getResourceAsStream(resource)) {
            if (in == null)
                return otherwise;
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty(key);
            return v == null || v.isBlank() || v.startsWith("${") ? otherwise : v;
        } catch (IOException e) {
            return otherwise;
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"dgkg " + get() + " (commit " + commit() + ")", "Apache Jena " + jena(), "Java " + Runtime.version()};
    }
}
