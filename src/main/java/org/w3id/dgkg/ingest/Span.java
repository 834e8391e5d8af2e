package org.w3id.dgkg.ingest;

/** A half-open character range {@code [start, end)}; never empty. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end <= start)
            throw new IllegalArgumentException("span needs 0 <= start < end, got [" + start + "," + end + ")");
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }
}
