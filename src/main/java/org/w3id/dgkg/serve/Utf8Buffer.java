package org.w3id.dgkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A {@link Writer} that encodes UTF-8 straight into a byte buffer of its own and writes it to an
 * output stream when full and at {@link #flush()}. One per thread, used again for every response
 * ({@link #on(OutputStream)}): a {@code BufferedWriter} over an {@code OutputStreamWriter}, made
 * afresh for each response, allocated and zeroed 40 KB of buffers and its encoder every time,
 * 7% of the CPU samples of an empty query's request (docs/benchmarks.md, "per-request cost").
 */
final class Utf8Buffer extends Writer {
    private static final int BYTES = 16 * 1024;
    private static final ThreadLocal<Utf8Buffer> MINE = ThreadLocal.withInitial(Utf8Buffer::new);

    private final byte[] buf = new byte[BYTES];
    private int count;
    /** A high surrogate whose low half has not been written yet, or 0. */
    private char pendingHigh;
    private OutputStream out;

    private Utf8Buffer() {}

    /** This thread's buffer, empty, writing to {@code out}; call {@link #release()} when done. */
    static Utf8Buffer on(OutputStream out) {
        Utf8Buffer b = MINE.get();
        if (b.out != null) // in use further up this thread's stack: one of its own
            b = new Utf8Buffer();
        b.out = out;
        b.count = 0;
        b.pendingHigh = 0;
        return b;
    }

    /** Lets go of the stream; what was not flushed is dropped. */
    void release() {
        out = null;
        count = 0;
        pendingHigh = 0;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++)
            put(s.charAt(i));
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++)
            put(chars[i]);
    }

    private void put(char c) throws IOException {
        if (count + 4 > BYTES)
            drain();
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buf[count++] = (byte) (0xF0 | (cp >> 18));
                buf[count++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[count++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[count++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buf[count++] = '?'; // a lone surrogate, as the JDK's encoder replaces it
            if (count + 4 > BYTES)
                drain();
        }
        if (c < 0x80) {
            buf[count++] = (byte) c;
        } else if (c < 0x800) {
            buf[count++] = (byte) (0xC0 | (c >> 6));
            buf[count++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[count++] = '?';
        } else {
            buf[count++] = (byte) (0xE0 | (c >> 12));
            buf[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[count++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void drain() throws IOException {
        if (count > 0) {
            out.write(buf, 0, count);
            count = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Flushes; the stream stays open (it is the response's). */
    @Override
    public void close() throws IOException {
        flush();
    }
}
