package org.w3id.dgkg.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase3;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sys.JenaSystem;

/**
 * {@code <https://w3id.org/dgkg/shapes#textAt>(?text, ?start, ?end)}: the code points
 * {@code [?start, ?end)} of {@code ?text}, the same literal (language tag kept) as
 * {@code SUBSTR(?text, ?start + 1, ?end - ?start)}.
 * <p>
 * Why: the shape that checks every annotation's quote against its document's text called
 * {@code SUBSTR} on the whole text once per annotation, and Jena counts a string's code points
 * from its start at every call: on corpus/ that was 62% of the SHACL step's CPU (4,500 annotations
 * × documents of 15–36 k characters). This function indexes a text's code points once and then
 * cuts each quote in constant time.
 * <p>
 * The shapes call it as {@code COALESCE(<…#textAt>(…), SUBSTR(…))}, so they stay standard SPARQL:
 * an engine without it (or this function given anything but a string and two integers, where it
 * raises an evaluation error) falls back to {@code SUBSTR}, with the same result.
 */
public final class TextAt extends FunctionBase3 {
    public static final String IRI = "https://w3id.org/dgkg/shapes#textAt";
    /** Texts whose index is kept: the shapes check one document (one text) at a time. */
    private static final int KEEP = 4;
    private static final Map<String, int[]> INDEXED = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > KEEP;
        }
    };
    /** Marks a text without surrogate pairs: its code point offsets are its char offsets. */
    private static final int[] PLAIN = new int[0];

    static {
        JenaSystem.init();
        FunctionRegistry.get().put(IRI, TextAt.class);
    }

    /** Makes sure the function is registered (the class initialiser does it once). */
    static void register() {
        // nothing else to do: loading the class ran the static initialiser
    }

    @Override
    public NodeValue exec(NodeValue text, NodeValue start, NodeValue end) {
        if (!(text.isString() || text.isLangString()) || !start.isInteger() || !end.isInteger())
            throw new ExprEvalException("textAt: needs a string and two integers");
        String s = text.getString();
        int[] chars = index(s);
        int cps = chars == PLAIN ? s.length() : chars.length - 1;
        // SUBSTR(?text, ?start + 1, ?end - ?start) keeps the code points p with start <= p < end, within the text
        long from = Math.max(0, start.getInteger().longValue()), to = Math.min(cps, end.getInteger().longValue());
        String cut = to <= from ? "" : chars == PLAIN ? s.substring((int) from, (int) to) : s.substring(chars[(int) from], chars[(int) to]);
        String lang = text.isLangString() ? text.getLang() : null;
        return lang == null || lang.isEmpty() ? NodeValue.makeString(cut) : NodeValue.makeLangString(cut, lang);
    }

    /** {@link #PLAIN}, or the char offset of each code point of {@code s} (and of its end). */
    private static int[] index(String s) {
        synchronized (INDEXED) {
            int[] known = INDEXED.get(s);
            if (known != null)
                return known;
        }
        int cps = s.codePointCount(0, s.length());
        int[] out = PLAIN;
        if (cps != s.length()) {
            out = new int[cps + 1];
            for (int i = 0, c = 0; i < cps; i++) {
                out[i] = c;
                c += Character.charCount(s.codePointAt(c));
            }
            out[cps] = s.length();
        }
        synchronized (INDEXED) {
            INDEXED.put(s, out);
        }
        return out;
    }
}
