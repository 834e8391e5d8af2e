package org.w3id.dgkg.serve;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.describe.DescribeHandler;
import org.apache.jena.sparql.core.describe.DescribeHandlerRegistry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * The answer to a {@code DESCRIBE} of IRIs written in the query, with no {@code WHERE} clause (an
 * entity lookup, {@code DESCRIBE <iri>}), without a query execution: the registered DESCRIBE
 * handlers ({@link UnionDescribe}) asked for each IRI, the prefixes of the data and then of the
 * query on the result, which is what Jena's {@code QueryExecDataset.describe} does for such a
 * query. What it leaves out is what a query with a pattern needs: the execution's set-up
 * ({@code Context.setCurrentDateTime} formats {@code NOW()} for every query: 9% of a lookup's
 * CPU), the plan and evaluation of the empty pattern ({@code WHERE {}}, 7%), and Jena's timeout
 * alarm, set and cancelled per query. A lookup is bounded by the descriptions of the IRIs it names;
 * it is not stopped at the timeout.
 * <p>
 * With the lookup shortcuts on ({@code -Ddgkg.serve.lookupShortcuts}, default true), such a text
 * is also recognised without Jena's SPARQL parser ({@link #recognise}: JavaCC allocated its tables
 * and buffers for every parse, a quarter of a lookup's CPU), and the data's prefixes are read once
 * per served generation instead of once per lookup ({@link #describe(Query, DatasetGraph, boolean)}).
 */
final class ConstantDescribe {
    private ConstantDescribe() {}

    /** The base Fuseki parses every query against; {@link #recognise} resolves IRIs against it as the parser does. */
    private static final IRIx BASE = IRIs.resolveIRI(Fuseki.BaseParserSPARQL);

    /**
     * The query of {@code text} when it is exactly an entity lookup, built as Jena's parser builds
     * it (ARQ syntax, Fuseki's base, the PREFIX declarations in order, the IRIs in order, each
     * once), else null; a null says nothing about the text, which is then parsed the usual way.
     * Recognised (keywords in any case; space, tab, CR, LF and {@code #} comments between tokens):
     * <pre>
     * PREFIX p: &lt;iri&gt; …   DESCRIBE &lt;iri&gt; | p:local …
     * </pre>
     * Left to the parser: BASE, WHERE, variables, FROM, VALUES, solution modifiers, any backslash
     * (escapes), surrogates, IRIs Jena's resolver rejects or that begin with {@code _:}, prefixed
     * names of undeclared prefixes or with other characters than ASCII letters, digits, {@code _}
     * and {@code -} (a dot, a colon, {@code %} or a non-ASCII letter in a local name), and
     * anything else: every text taken here is one the parser reads to the same query.
     */
    static Query recognise(String text) {
        try {
            return new Recogniser(text).query();
        } catch (RuntimeException e) { // an IRI the resolver rejects, an illegal prefix: the parser says what
            return null;
        }
    }

    /** A one-pass reader of the form {@link #recognise} takes; {@link #query()} null on anything else. */
    private static final class Recogniser {
        private final String s;
        private int i;

        Recogniser(String s) {
            this.s = s;
        }

        Query query() {
            List<String[]> prefixes = new ArrayList<>(2);
            List<String> iris = new ArrayList<>(2);
            skip();
            while (keyword("PREFIX")) {
                if (!skip())
                    return null;
                int start = i;
                if (!name())
                    return null;
                if (i >= s.length() || s.charAt(i) != ':')
                    return null;
                String prefix = s.substring(start, i);
                i++;
                skip();
                String iri = iriRef();
                if (iri == null)
                    return null;
                prefixes.add(new String[] {prefix, iri});
                skip();
            }
            if (!keyword("DESCRIBE"))
                return null;
            boolean spaced = skip();
            while (i < s.length()) {
                String iri;
                if (s.charAt(i) == '<') {
                    iri = iriRef();
                } else {
                    if (!spaced)
                        return null; // DESCRIBEp:x is one name to the parser; a name right after an IRI is left to it too
                    iri = prefixedName(prefixes);
                }
                if (iri == null)
                    return null;
                iris.add(iri);
                spaced = skip();
            }
            if (iris.isEmpty())
                return null;
            Query q = new Query();
            q.setSyntax(Syntax.syntaxARQ);
            q.setBase(BASE);
            for (String[] p : prefixes)
                q.setPrefix(p[0], p[1]);
            q.setQueryDescribeType();
            for (String iri : iris)
                q.addDescribeNode(NodeFactory.createURI(iri));
            return q;
        }

        /** Skips white space and comments; true if there was any. */
        private boolean skip() {
            int start = i;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    i++;
                } else if (c == '#') {
                    while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r')
                        i++;
                } else {
                    break;
                }
            }
            return i > start;
        }

        /** The keyword in any case, not followed by a character of a name (so not the start of a longer word or a prefixed name). */
        private boolean keyword(String word) {
            int end = i + word.length();
            if (end > s.length() || !s.regionMatches(true, i, word, 0, word.length()))
                return false;
            if (end < s.length()) {
                char c = s.charAt(end);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '#' && c != '<')
                    return false;
            }
            i = end;
            return true;
        }

        /** A prefix: empty, or an ASCII letter followed by ASCII letters, digits, {@code _} and {@code -}. */
        private boolean name() {
            if (i < s.length() && isAsciiLetter(s.charAt(i))) {
                i++;
                while (i < s.length() && (isAsciiLetter(s.charAt(i)) || isDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '-'))
                    i++;
            }
            return true;
        }

        /** {@code <…>} resolved against Fuseki's base as the parser resolves it, or null to leave the text to the parser. */
        private String iriRef() {
            if (i >= s.length() || s.charAt(i) != '<')
                return null;
            int start = ++i;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '>')
                    break;
                if (c <= 0x20 || c == '<' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' || c == '\\'
                        || Character.isSurrogate(c))
                    return null;
                i++;
            }
            if (i >= s.length())
                return null;
            String raw = s.substring(start, i);
            i++;
            if (raw.startsWith("_:"))
                return null;
            return BASE.resolve(raw).toString();
        }

        /** {@code p:local} with a declared prefix and a plain local name, expanded; else null. */
        private String prefixedName(List<String[]> prefixes) {
            int start = i;
            name();
            if (i >= s.length() || s.charAt(i) != ':')
                return null;
            String prefix = s.substring(start, i);
            i++;
            int local = i;
            if (i < s.length() && (isAsciiLetter(s.charAt(i)) || isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
                while (i < s.length() && (isAsciiLetter(s.charAt(i)) || isDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '-'))
                    i++;
            }
            if (i < s.length()) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '#' && c != '<')
                    return null;
            }
            String ns = null;
            for (String[] p : prefixes)
                if (p[0].equals(prefix))
                    ns = p[1]; // the last declaration wins, as in the parser's prefix map
            return ns == null ? null : ns + s.substring(local, i);
        }

        private static boolean isAsciiLetter(char c) {
            return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }

    /** True for {@code DESCRIBE <iri> …} with no WHERE clause, no variables and no VALUES. */
    static boolean applies(Query q) {
        return q.isDescribeType() && q.getQueryPattern() == null && !q.isQueryResultStar() && q.getResultVars().isEmpty()
                && q.getResultURIs() != null && !q.getResultURIs().isEmpty() && !q.hasValues();
    }

    /** The description of the query's IRIs in {@code dataset}, the data's prefixes read from it. */
    static Graph describe(Query q, DatasetGraph dataset) {
        return describe(q, dataset, false);
    }

    /**
     * The description of the query's IRIs in {@code dataset}; with {@code prefixesOfGeneration},
     * the data's prefixes of a served generation ({@link LiveDataset}, which never changes once
     * built) are those read at its first lookup, set on the result in the same order.
     */
    static Graph describe(Query q, DatasetGraph dataset, boolean prefixesOfGeneration) {
        Graph graph = GraphFactory.createDefaultGraph();
        List<String[]> known = prefixesOfGeneration ? prefixesOf(dataset) : null;
        if (known != null)
            for (String[] p : known)
                graph.getPrefixMapping().setNsPrefix(p[0], p[1]);
        else
            dataset.prefixes().forEach((prefix, uri) -> graph.getPrefixMapping().setNsPrefix(prefix, uri));
        graph.getPrefixMapping().setNsPrefixes(q.getPrefixMapping());
        Model model = ModelFactory.createModelForGraph(graph);
        Context context = new Context();
        context.set(ARQConstants.sysCurrentDataset, dataset);
        List<DescribeHandler> handlers = DescribeHandlerRegistry.get().newHandlerList();
        for (DescribeHandler h : handlers)
            h.start(model, context);
        Set<Node> iris = new LinkedHashSet<>(q.getResultURIs());
        for (Node n : iris) {
            Resource r = model.wrapAsResource(n);
            for (DescribeHandler h : handlers)
                h.describe(r);
        }
        for (DescribeHandler h : handlers)
            h.finish();
        return graph;
    }

    /** The last generation whose prefixes were read, and its prefixes in the order the store gave them. */
    private static volatile Object[] lastPrefixes = {new WeakReference<DatasetGraph>(null), List.of()};

    /** The prefixes of the served generation {@code dataset} reads now, or null when it is not one. */
    private static List<String[]> prefixesOf(DatasetGraph dataset) {
        if (!(LiveDataset.of(dataset).isPresent() && dataset instanceof DatasetGraphWrapper live))
            return null;
        DatasetGraph generation = live.getWrapped(); // pinned to this thread's transaction
        Object[] last = lastPrefixes;
        if (((WeakReference<?>) last[0]).get() == generation) {
            @SuppressWarnings("unchecked")
            List<String[]> known = (List<String[]>) last[1];
            return known;
        }
        List<String[]> read = new ArrayList<>();
        generation.prefixes().forEach((prefix, uri) -> read.add(new String[] {prefix, uri}));
        lastPrefixes = new Object[] {new WeakReference<>(generation), List.copyOf(read)};
        return read;
    }
}
