package org.w3id.dgkg.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.describe.DescribeBNodeClosure;
import org.apache.jena.sparql.core.describe.DescribeHandler;
import org.apache.jena.sparql.core.describe.DescribeHandlerFactory;
import org.apache.jena.sparql.core.describe.DescribeHandlerRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code DESCRIBE}: the resource's triples in the default graph and in the named graphs,
 * and those of the blank nodes they lead to (the blank-node closure), read from the dataset's
 * default graph and its union graph with one index lookup per node.
 * <p>
 * Jena's standard handler ({@link DescribeBNodeClosure}) answers the same triples (a blank node
 * belongs to one graph) but, for every resource, parses and runs a query for the named graphs the
 * resource is a subject in and then takes the closure in each of them: about half of an uncached
 * lookup's time went there.
 * <p>
 * On a generation of the served data ({@link LiveDataset}) the named graphs are read as quads
 * (a triple held by several graphs comes back once per graph, and the result graph keeps it
 * once), not through the union graph, which removes duplicates with a stream per lookup; and its
 * stored default graph, empty after every build, is not looked in (in a profile of DESCRIBE, the
 * lookup in the empty default graph was 22 of the closure's 77 samples; docs/benchmarks.md,
 * "per-request cost").
 * <p>
 * Jena reads DESCRIBE handlers from its global registry, so {@link #register()} puts this one in
 * place of the standard one for the whole process.
 */
final class UnionDescribe implements DescribeHandler {
    private static final DescribeHandlerFactory FACTORY = UnionDescribe::new;
    /** Per generation of the served data (which never changes once built): is its stored default graph empty? */
    private static final Map<DatasetGraph, Boolean> EMPTY_DEFAULT = new WeakHashMap<>();

    private Model result;
    /** Where the triples of a subject are looked up. */
    private List<Function<Node, Iterator<Triple>>> sources;
    private DescribeHandler standard;

    /** Replaces the standard DESCRIBE handler; calling it again changes nothing. */
    static synchronized void register() {
        DescribeHandlerRegistry registry = DescribeHandlerRegistry.get();
        for (var it = registry.handlers(); it.hasNext();)
            if (it.next() == FACTORY)
                return;
        registry.clear();
        registry.add(FACTORY);
    }

    @Override
    public void start(Model accumulateResultModel, Context context) {
        result = accumulateResultModel;
        if (!(context.get(ARQConstants.sysCurrentDataset) instanceof DatasetGraph dsg)) {
            standard = new DescribeBNodeClosure();
            standard.start(accumulateResultModel, context);
        } else if (LiveDataset.of(dsg).isPresent() && dsg instanceof DatasetGraphWrapper live) {
            DatasetGraph generation = live.getWrapped(); // the generation this query reads (pinned to its thread)
            Function<Node, Iterator<Triple>> named = s -> Iter.map(generation.findNG(Node.ANY, s, Node.ANY, Node.ANY), Quad::asTriple);
            Graph stored = generation.getDefaultGraph();
            sources = emptyDefaultGraph(generation) ? List.of(named) : List.of(named, s -> stored.find(s, Node.ANY, Node.ANY));
        } else {
            Graph dft = dsg.getDefaultGraph();
            Graph union = dsg.getUnionGraph();
            sources = List.of(s -> dft.find(s, Node.ANY, Node.ANY), s -> union.find(s, Node.ANY, Node.ANY));
        }
    }

    /** True when the stored default graph of {@code generation} is empty; looked at once per generation. */
    private static boolean emptyDefaultGraph(DatasetGraph generation) {
        synchronized (EMPTY_DEFAULT) {
            Boolean empty = EMPTY_DEFAULT.get(generation);
            if (empty == null) {
                empty = generation.getDefaultGraph().isEmpty();
                EMPTY_DEFAULT.put(generation, empty);
            }
            return empty;
        }
    }

    @Override
    public void describe(Resource resource) {
        if (standard != null) {
            standard.describe(resource);
            return;
        }
        Graph out = result.getGraph();
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(resource.asNode());
        seen.add(resource.asNode());
        while (!todo.isEmpty()) {
            Node subject = todo.pop();
            for (Function<Node, Iterator<Triple>> source : sources)
                source.apply(subject).forEachRemaining(t -> {
                    out.add(t);
                    if (t.getObject().isBlank() && seen.add(t.getObject()))
                        todo.push(t.getObject());
                });
        }
    }

    @Override
    public void finish() {
        if (standard != null)
            standard.finish();
    }
}
