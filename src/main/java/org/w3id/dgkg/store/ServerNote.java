package org.w3id.dgkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code SERVER} next to {@code CURRENT}: the address and process of the server that serves
 * this store, so that commands which cannot open the database while it runs (TDB2 lets one
 * process open it) can send their query there instead. A note whose process is gone is ignored.
 *
 * @param sparql the server's SPARQL endpoint as seen from this machine
 * @param pid    the server's process id
 */
public record ServerNote(String sparql, long pid) {
    static final String FILE = "SERVER";

    /** Writes the note for this process (atomically). */
    public static void write(Path store, String sparql) {
        Properties p = new Properties();
        p.setProperty("sparql", sparql);
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        Path file = store.resolve(FILE);
        Path tmp = store.resolve(FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "the dgkg server serving this database (removed when it stops)");
        } catch (IOException e) {
            throw new StoreException("cannot write " + tmp + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Removes the note if it is this process's. */
    public static void remove(Path store) {
        read(store).filter(n -> n.pid() == ProcessHandle.current().pid()).ifPresent(n -> {
            try {
                Files.deleteIfExists(store.resolve(FILE));
            } catch (IOException e) {
                // a stale note is ignored by readers anyway
            }
        });
    }

    /** The note of a server that is still running, if any. */
    public static Optional<ServerNote> read(Path store) {
        Path file = store.resolve(FILE);
        if (!Files.isRegularFile(file))
            return Optional.empty();
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            ServerNote n = new ServerNote(p.getProperty("sparql"), Long.parseLong(p.getProperty("pid", "-1")));
            boolean alive = ProcessHandle.of(n.pid()).map(ProcessHandle::isAlive).orElse(false);
            return alive && n.sparql() != null ? Optional.of(n) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
