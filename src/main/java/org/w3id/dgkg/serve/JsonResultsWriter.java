package org.w3id.dgkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDF;

/**
 * SPARQL 1.1 Query Results JSON, written compactly into a buffer ({@link Utf8Buffer}). Jena's writer indents every
 * value and writes character by character through an indenting writer: a quarter of the time of
 * a query returning a few hundred rows went into it. The terms written are the same as Jena's
 * (URIs, blank nodes labelled b0, b1, … per result, literals with {@code xml:lang},
 * {@code its:dir} or {@code datatype}, triple terms); only the whitespace differs.
 * <p>
 * Jena looks result writers up in a global registry, so {@link #register()} replaces its JSON
 * writer for the whole process.
 */
final class JsonResultsWriter implements RowSetWriter {
    private static final RowSetWriterFactory FACTORY = lang -> new JsonResultsWriter();

    /** Makes this the writer for {@code application/sparql-results+json}; calling it again changes nothing. */
    static void register() {
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, FACTORY);
    }

    @Override
    public void write(OutputStream out, RowSet rowSet, Context context) {
        Utf8Buffer w = Utf8Buffer.on(out);
        try {
            writeJson(w, rowSet, context);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            w.release();
        }
    }

    @Override
    public void write(Writer out, RowSet rowSet, Context context) {
        try {
            writeJson(out, rowSet, context);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("{ \"head\": {}, \"boolean\": " + result + " }\n");
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeJson(Writer w, RowSet rowSet, Context context) throws IOException {
        List<Var> vars = rowSet.getResultVars();
        NodeToLabel labels = context != null && context.isTrue(ARQ.outputGraphBNodeLabels) ? SyntaxLabels.createNodeToLabelAsGiven()
                : SyntaxLabels.createNodeToLabel();
        w.write("{ \"head\": { \"vars\": [");
        for (int i = 0; i < vars.size(); i++) {
            w.write(i == 0 ? " " : ", ");
            string(w, vars.get(i).getVarName());
        }
        w.write(" ] },\n  \"results\": { \"bindings\": [");
        boolean first = true;
        while (rowSet.hasNext()) {
            Binding b = rowSet.next();
            w.write(first ? "\n    {" : ",\n    {");
            first = false;
            boolean firstValue = true;
            for (Var v : vars) {
                Node n = b.get(v);
                if (n == null)
                    continue;
                w.write(firstValue ? " " : ", ");
                firstValue = false;
                string(w, v.getVarName());
                w.write(": ");
                term(w, n, labels);
            }
            w.write(" }");
        }
        w.write("\n  ] }\n}\n");
    }

    private static void term(Writer w, Node n, NodeToLabel labels) throws IOException {
        if (n.isURI()) {
            w.write("{ \"type\": \"uri\", \"value\": ");
            string(w, n.getURI());
        } else if (n.isBlank()) {
            w.write("{ \"type\": \"bnode\", \"value\": ");
            string(w, labels.get(null, n).substring(2)); // without its "_:"
        } else if (n.isLiteral()) {
            w.write("{ \"type\": \"literal\"");
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                w.write(", \"xml:lang\": ");
                string(w, lang);
                if (n.getLiteralBaseDirection() != null) {
                    w.write(", \"its:dir\": ");
                    string(w, n.getLiteralBaseDirection().direction());
                }
            } else {
                String dt = n.getLiteralDatatypeURI();
                if (dt != null && !dt.equals(XSDDatatype.XSDstring.getURI()) && !dt.equals(RDF.dtLangString.getURI())) {
                    w.write(", \"datatype\": ");
                    string(w, dt);
                }
            }
            w.write(", \"value\": ");
            string(w, n.getLiteralLexicalForm());
        } else if (n.isTripleTerm()) {
            Triple t = n.getTriple();
            w.write("{ \"type\": \"triple\", \"value\": { \"subject\": ");
            term(w, t.getSubject(), labels);
            w.write(", \"predicate\": ");
            term(w, t.getPredicate(), labels);
            w.write(", \"object\": ");
            term(w, t.getObject(), labels);
            w.write(" }");
        } else {
            throw new IllegalArgumentException("not an RDF term in a result: " + n);
        }
        w.write(" }");
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    private static void string(Writer w, String s) throws IOException {
        w.write('"');
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            w.write(s, start, i - start);
            switch (c) {
                case '"' -> w.write("\\\"");
                case '\\' -> w.write("\\\\");
                case '\n' -> w.write("\\n");
                case '\r' -> w.write("\\r");
                case '\t' -> w.write("\\t");
                case '\b' -> w.write("\\b");
                case '\f' -> w.write("\\f");
                default -> w.write(String.format("\\u%04x", (int) c));
            }
            start = i + 1;
        }
        w.write(s, start, s.length() - start);
        w.write('"');
    }
}
