package org.w3id.dgkg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Advisory locks on small files, shared or exclusive, that work across processes and inside
 * one JVM. Across processes they are {@link FileChannel} locks, which the operating system
 * releases when a process dies (so a {@code kill -9} never leaves a stale lock). Inside a JVM
 * such locks cannot overlap, so this class counts holders itself and takes the OS lock once.
 * <p>
 * A shared lock is a reader's lease; an exclusive lock is held by whoever removes or writes the
 * thing the file guards. These are not TDB2's own {@code tdb.lock} (which lets one process open
 * a database): they sit beside it, one level up.
 */
final class FileLocks {
    private static final Map<Path, Held> HELD = new HashMap<>();

    private static final class Held {
        final FileChannel channel;
        final FileLock lock;
        int shared;
        Thread exclusiveOwner;
        int exclusiveDepth;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }

    private FileLocks() {}

    /** A held lock; closing it releases this holder's share. */
    static final class Lock implements AutoCloseable {
        private final Path file;
        private final boolean exclusive;
        private boolean closed;

        private Lock(Path file, boolean exclusive) {
            this.file = file;
            this.exclusive = exclusive;
        }

        Path file() {
            return file;
        }

        @Override
        public void close() {
            synchronized (HELD) {
                if (closed)
                    return;
                closed = true;
                Held h = HELD.get(file);
                if (h == null)
                    return;
                if (exclusive) {
                    if (--h.exclusiveDepth > 0)
                        return;
                    h.exclusiveOwner = null;
                } else if (--h.shared > 0)
                    return;
                HELD.remove(file);
                try {
                    h.lock.release();
                    h.channel.close();
                } catch (IOException e) {
                    // the channel is gone either way; the OS drops the lock with it
                }
            }
        }
    }

    /** A shared lock on {@code file} (created if missing), or empty if someone holds it exclusively. */
    static Optional<Lock> tryShared(Path file) {
        Path key = file.toAbsolutePath().normalize();
        synchronized (HELD) {
            Held h = HELD.get(key);
            if (h != null) {
                if (h.exclusiveOwner != null)
                    return Optional.empty();
                h.shared++;
                return Optional.of(new Lock(key, false));
            }
            return osLock(key, true).map(held -> {
                held.shared = 1;
                HELD.put(key, held);
                return new Lock(key, false);
            });
        }
    }

    /**
     * An exclusive lock on {@code file} (created if missing), or empty if anyone else holds it,
     * in this process or another. Re-entrant for the thread that holds it.
     */
    static Optional<Lock> tryExclusive(Path file) {
        Path key = file.toAbsolutePath().normalize();
        synchronized (HELD) {
            Held h = HELD.get(key);
            if (h != null) {
                if (h.exclusiveOwner == Thread.currentThread()) {
                    h.exclusiveDepth++;
                    return Optional.of(new Lock(key, true));
                }
                return Optional.empty();
            }
            return osLock(key, false).map(held -> {
                held.exclusiveOwner = Thread.currentThread();
                held.exclusiveDepth = 1;
                HELD.put(key, held);
                return new Lock(key, true);
            });
        }
    }

    /** True when this thread holds {@code file} exclusively. */
    static boolean heldExclusivelyByThisThread(Path file) {
        synchronized (HELD) {
            Held h = HELD.get(file.toAbsolutePath().normalize());
            return h != null && h.exclusiveOwner == Thread.currentThread();
        }
    }

    /** Writes a note (e.g. who holds the lock) into a file this process holds exclusively. */
    static void writeNote(Lock lock, String note) {
        synchronized (HELD) {
            Held h = HELD.get(lock.file());
            if (h == null)
                return;
            try {
                h.channel.truncate(0);
                h.channel.write(java.nio.ByteBuffer.wrap(note.getBytes(StandardCharsets.UTF_8)), 0);
                h.channel.force(false);
            } catch (IOException e) {
                // the note is only for messages; the lock itself is what counts
            }
        }
    }

    private static Optional<Held> osLock(Path file, boolean shared) {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock(0, Long.MAX_VALUE, shared);
            if (lock == null) {
                ch.close();
                return Optional.empty();
            }
            return Optional.of(new Held(ch, lock));
        } catch (OverlappingFileLockException e) {
            closeQuietly(ch);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(ch);
            throw new StoreException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch == null)
            return;
        try {
            ch.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
