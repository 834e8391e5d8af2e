package org.w3id.dgkg.serve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
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
 */
final class ConstantDescribe {
    private ConstantDescribe() {}

    /** True for {@code DESCRIBE <iri> …} with no WHERE clause, no variables and no VALUES. */
    static boolean applies(Query q) {
        return q.isDescribeType() && q.getQueryPattern() == null && !q.isQueryResultStar() && q.getResultVars().isEmpty()
                && q.getResultURIs() != null && !q.getResultURIs().isEmpty() && !q.hasValues();
    }

    /** The description of the query's IRIs in {@code dataset}. */
    static Graph describe(Query q, DatasetGraph dataset) {
        Graph graph = GraphFactory.createDefaultGraph();
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
}
