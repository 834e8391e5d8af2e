package org.w3id.dgkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.io.IndentedWriter;

/**
 * The characters a Jena writer prints, to UTF-8 bytes, without a lock per character. Jena's
 * {@link IndentedWriter} prints one character at a time; over an {@link OutputStream} it writes
 * them into a {@link java.io.BufferedWriter}, whose {@code write(int)} takes a lock and checks that
 * it is open for each of them: under C1 (the build's only JIT) that was more than half of the
 * dump's CPU (docs/benchmarks.md, "the dump's characters"). This buffer is for one thread; it
 * hands the characters to the same {@link OutputStreamWriter} (UTF-8) in blocks, so the bytes are
 * those the buffered writer wrote.
 */
final class CharsOut extends Writer {
    private final Writer out;
    private final char[] buf = new char[1 << 15];
    private int n;

    private CharsOut(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    /** An {@link IndentedWriter} as Jena makes it over {@code out} ({@code new IndentedWriter(out)}), printing through this buffer. */
    static IndentedWriter indented(OutputStream out) {
        return new IndentedWriter(new CharsOut(out)) {};
    }

    @Override
    public void write(int c) throws IOException {
        if (n == buf.length)
            drain();
        buf[n++] = (char) c;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        if (len >= buf.length) {
            drain();
            out.write(cbuf, off, len);
            return;
        }
        if (len > buf.length - n)
            drain();
        System.arraycopy(cbuf, off, buf, n, len);
        n += len;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        if (len >= buf.length) {
            drain();
            out.write(s, off, len);
            return;
        }
        if (len > buf.length - n)
            drain();
        s.getChars(off, off + len, buf, n);
        n += len;
    }

    private void drain() throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
