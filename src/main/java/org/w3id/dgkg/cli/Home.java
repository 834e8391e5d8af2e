package org.w3id.dgkg.cli;

import java.nio.file.Path;

/**
 * Where default paths are resolved: the project folder the {@code dgkg} launcher lives in
 * (passed as {@code -Ddgkg.home}), else the working directory. Paths a user types are resolved
 * against the working directory as usual.
 */
final class Home {
    private Home() {}

    static Path dir() {
        String home = System.getProperty("dgkg.home");
        return (home == null || home.isBlank() ? Path.of("") : Path.of(home)).toAbsolutePath().normalize();
    }

    static Path resolve(Path given, String defaultRelative) {
        return given != null ? given.toAbsolutePath().normalize() : dir().resolve(defaultRelative);
    }
}
