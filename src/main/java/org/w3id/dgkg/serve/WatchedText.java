package org.w3id.dgkg.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A literal as a regular expression matcher reads it, looking at the query's cancel signal every
 * 4,096 characters read: java.util.regex never checks for interruption, and one backtracking
 * match on one literal can run for minutes.
 */
final class WatchedText implements CharSequence {
    private final CharSequence text;
    private final AtomicBoolean cancel;
    private int reads;

    WatchedText(CharSequence text, AtomicBoolean cancel) {
        this.text = text;
        this.cancel = cancel;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & 0xfff) == 0 && cancel.get())
            throw new QueryCancelledException();
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new WatchedText(text.subSequence(start, end), cancel);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
