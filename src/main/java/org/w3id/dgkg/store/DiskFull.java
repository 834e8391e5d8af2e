package org.w3id.dgkg.store;

/** Recognises "the disk is full" among the exceptions of a load (Java, TDB2 and Lucene word it their own ways). */
final class DiskFull {
    private DiskFull() {}

    static boolean causedBy(Throwable e) {
        return message(e) != null;
    }

    /**
     * True when the disk holding {@code dir} has almost no space left. TDB2 writes through
     * memory-mapped files; when that fails the error it reports may only be that it cannot close
     * ("Active transactions"), so the disk itself is asked.
     */
    static boolean nearlyFull(java.nio.file.Path dir) {
        try {
            return java.nio.file.Files.getFileStore(dir).getUsableSpace() < 8L << 20;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** What to say: the system's message, or how much space is left. */
    static String describe(Throwable e, java.nio.file.Path dir) {
        String m = message(e);
        if (m != null)
            return m;
        try {
            return java.nio.file.Files.getFileStore(dir).getUsableSpace() / 1024 + " kB left";
        } catch (java.io.IOException | RuntimeException x) {
            return "no space left";
        }
    }

    /** The message that says the disk is full, or null. */
    static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded")))
                return m.length() > 200 ? m.substring(0, 200) + "…" : m;
            for (Throwable s : t.getSuppressed())
                if (causedBy(s))
                    return message(s);
        }
        return null;
    }
}
