package org.w3id.dgkg.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * The external sort of one TDB2 index's keys for {@link PackedIndexLoad} when a load has more
 * tuples than it holds in memory at once: each batch of tuples is sorted in memory and written to
 * a file of its own (a run: keys of fixed width, in order, each once), and the runs are read back
 * merged, every key once, in the order the index's B+tree keeps them (bytes compared unsigned).
 * <p>
 * Why: holding every tuple of a large build (×200 of corpus/: 19 M quads, 0.6 GB of ids and as
 * much again to sort them) does not fit the build's heap beside the text index and the checks;
 * runs on disk keep the memory of the load to one batch whatever the size of the corpus.
 * {@code tdb2.xloader} does the same with sort(1) over text files of ids; here the keys stay
 * binary and the merge feeds the B+tree packer directly.
 * <p>
 * A failure to write a run (a full disk among them) is a {@link StoreException} whose cause is the
 * I/O error; {@link #close()} removes every run file.
 */
final class SortedRuns implements AutoCloseable {
    private static final int BUFFER = 1 << 20;
    /**
     * Runs read at once: more are first merged into fewer, FAN_IN at a time, so that the open
     * files and read buffers stay few whatever the number of runs (×200 of corpus/ writes about
     * ten runs per index with the default batch).
     */
    static final int FAN_IN = 64;

    private final Path dir;
    private final String name;
    private final int keyBytes;
    private final List<Path> runs = new ArrayList<>();
    private final List<InputStream> open = new ArrayList<>();

    /** Runs of keys of {@code keyBytes} bytes named after {@code name}, in {@code dir} (made when the first run is). */
    SortedRuns(Path dir, String name, int keyBytes) {
        this.dir = dir;
        this.name = name;
        this.keyBytes = keyBytes;
    }

    int runs() {
        return runs.size();
    }

    private int made;

    /**
     * Starts the next run of at most {@code keys} keys; they must be added in order, each once,
     * and the run finished.
     */
    Run startRun(long keys) {
        Path file = dir.resolve(name + "-" + made++ + ".run");
        try {
            Files.createDirectories(dir);
            Run run = new Run(file, Files.newOutputStream(file), (int) Math.max(1, Math.min(BUFFER / keyBytes, keys)));
            runs.add(file);
            return run;
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    private StoreException cannotWrite(Path file, IOException e) {
        return new StoreException("could not write " + file + ", a sorted run of TDB2 index " + name + ": " + e.getMessage(), e);
    }

    /** One run being written, through a buffer of its own. */
    final class Run {
        private final Path file;
        private final OutputStream out;
        private final byte[] buffer;
        private int filled;

        private Run(Path file, OutputStream out, int bufferKeys) {
            this.file = file;
            this.out = out;
            this.buffer = new byte[bufferKeys * keyBytes];
        }

        /** Adds {@code key} (of the runs' key width). */
        void add(byte[] key) {
            if (filled == buffer.length)
                flush();
            System.arraycopy(key, 0, buffer, filled, keyBytes);
            filled += keyBytes;
        }

        /** Adds the key made of {@code column.length} ids of 8 bytes taken from {@code from + 8 × column[k]} of {@code tuple}. */
        void add(byte[] tuple, int from, int[] column) {
            if (filled == buffer.length)
                flush();
            for (int c : column) {
                System.arraycopy(tuple, from + c * 8, buffer, filled, 8);
                filled += 8;
            }
        }

        private void flush() {
            try {
                out.write(buffer, 0, filled);
                filled = 0;
            } catch (IOException e) {
                throw cannotWrite(file, e);
            }
        }

        void finish() {
            try (out) {
                flush();
            } catch (IOException e) {
                throw cannotWrite(file, e);
            }
        }
    }

    /**
     * The keys of all runs merged: in order, each once (a key in several runs comes once). Each
     * key is a new array. Polls {@code stop} every 16 k keys.
     */
    Iterator<byte[]> merged(BooleanSupplier stop) {
        while (runs.size() > FAN_IN) {
            List<Path> first = new ArrayList<>(runs.subList(0, FAN_IN));
            Iterator<byte[]> keys = merge(first, stop);
            Run into = startRun(Long.MAX_VALUE);
            while (keys.hasNext())
                into.add(keys.next());
            into.finish();
            runs.removeAll(first);
            for (Path run : first)
                delete(run);
        }
        return merge(runs, stop);
    }

    private Iterator<byte[]> merge(List<Path> from, BooleanSupplier stop) {
        PriorityQueue<Reader> heads = new PriorityQueue<>((a, b) -> Arrays.compareUnsigned(a.key, b.key));
        for (Path run : from) {
            Reader r = new Reader(run);
            if (r.advance())
                heads.add(r);
        }
        return new Iterator<>() {
            private byte[] next = step();
            private long n;

            private byte[] step() {
                while (!heads.isEmpty()) {
                    Reader r = heads.poll();
                    byte[] key = r.key.clone();
                    if (r.advance())
                        heads.add(r);
                    if (next == null || !Arrays.equals(next, key))
                        return key;
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public byte[] next() {
                if (next == null)
                    throw new NoSuchElementException();
                if ((++n & 0x3fff) == 0 && stop.getAsBoolean())
                    throw Tdb2Store.stopped("loading into TDB2");
                byte[] out = next;
                next = step();
                return out;
            }
        };
    }

    /** Reads one run back, a key at a time; closes its file at the end. */
    private final class Reader {
        private final Path file;
        private final InputStream in;
        final byte[] key = new byte[keyBytes];

        Reader(Path file) {
            this.file = file;
            try {
                this.in = new BufferedInputStream(Files.newInputStream(file), (int) Math.max(keyBytes, Math.min(1 << 18, Files.size(file))));
                open.add(in);
            } catch (IOException e) {
                throw new StoreException("could not read " + file + ", a sorted run of TDB2 index " + name + ": " + e.getMessage(), e);
            }
        }

        /** The next key into {@link #key}; false (and the file closed) at its end. */
        boolean advance() {
            try {
                int n = in.readNBytes(key, 0, keyBytes);
                if (n == keyBytes)
                    return true;
                in.close();
                if (n != 0)
                    throw new StoreException(file + ", a sorted run of TDB2 index " + name + ", ends inside a key");
                return false;
            } catch (IOException e) {
                throw new StoreException("could not read " + file + ", a sorted run of TDB2 index " + name + ": " + e.getMessage(), e);
            }
        }
    }

    private static void delete(Path run) {
        try {
            Files.deleteIfExists(run);
        } catch (IOException e) {
            // a run left behind goes with its generation folder
        }
    }

    /** Removes the run files (and their folder when it is left empty). */
    @Override
    public void close() {
        for (InputStream in : open) {
            try {
                in.close();
            } catch (IOException e) {
                // being deleted anyway
            }
        }
        open.clear();
        for (Path run : runs)
            delete(run);
        runs.clear();
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // not empty: another index's runs are still in it
        }
    }
}
