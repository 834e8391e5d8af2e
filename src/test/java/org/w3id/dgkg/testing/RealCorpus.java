package org.w3id.dgkg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The project's real corpus and ontology, built once per test JVM into a temporary database
 * that several test classes share (a build takes seconds; every class building its own would
 * multiply that).
 */
public final class RealCorpus {
    public static final Path CORPUS = Path.of("corpus").toAbsolutePath();
    public static final Path ONTOLOGY = Path.of("ontology").toAbsolutePath();
    private static Path db;
    private static Cli.Result result;

    private RealCorpus() {}

    /** The shared database, built on first use; fails the caller if the build fails. */
    public static synchronized Path database() {
        if (db == null) {
            Path dir = tempDir("dgkg-real-db");
            result = Cli.build(CORPUS, ONTOLOGY, dir.resolve("db"));
            if (result.code() != 0)
                throw new IllegalStateException("building the real corpus failed:\n" + result);
            db = dir.resolve("db");
        }
        return db;
    }

    public static synchronized Cli.Result buildResult() {
        database();
        return result;
    }

    /** A temporary directory removed when the JVM exits. */
    public static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a directory tree (a corpus to damage in a test). */
    public static Path copy(Path from, Path to) {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(target);
                else
                    Files.copy(p, target);
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try {
            if (!Files.exists(dir))
                return;
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
