package org.w3id.dgkg.store;

/** Recognises "the disk is full" among the exceptions of a load (Java, TDB2 and Lucene word it their own ways). */
final class DiskFull {
    private DiskFull() {}

    static boolean causedBy(Throwable e) {
        return message(e) != null;
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
