package org.w3id.dgkg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version in the jar's manifest, or "dev" when running from classes. */
final class Version implements IVersionProvider {
    static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"dgkg " + get(), "Apache Jena " + org.apache.jena.Jena.VERSION};
    }
}
