package org.w3id.dgkg.serve;

import java.util.function.BiFunction;
import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterDefaulting;
import org.apache.jena.sparql.engine.iterator.QueryIterFilterExpr;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.serializer.SerializationContext;

/**
 * An {@code OPTIONAL} whose right side is one triple pattern, with or without a {@code FILTER}
 * (a label look-up: {@code OPTIONAL { ?x skos:prefLabel ?n FILTER(lang(?n) = "zh") }}), evaluated
 * per left row by matching the pattern with the row as its input and filtering the matches.
 * <p>
 * Jena evaluates such an optional ({@code conditional} in its algebra) row by row too, but
 * substitutes each row into the right side's algebra and runs the result through a new executor,
 * which for TDB2 places the filter anew and copies the execution context (a label look-up 7.6 µs
 * per row that way, 6.2 µs this way: docs/benchmarks.md, 2026-12-02). Here the pattern is handed to
 * the executor as it is, with a one-row input: TDB2 matches it with the row's values bound, as it
 * does for the second pattern of a join. Same rows: for each left row, its extensions that match
 * the pattern and pass every filter expression (an expression in error rejects, as in a FILTER),
 * else the row itself ({@code QueryIterDefaulting}, as Jena's {@code QueryIterOptionalIndex}).
 * <p>
 * Only a pattern in a named graph, the union graph or the default graph: a graph variable is left
 * to Jena's path.
 */
final class OptionalPattern extends QueryIterRepeatApply {
    private final Op pattern;
    private final ExprList filter;
    private final BiFunction<Op, QueryIterator, QueryIterator> executor;

    private OptionalPattern(QueryIterator left, Op pattern, ExprList filter, BiFunction<Op, QueryIterator, QueryIterator> executor,
            ExecutionContext execCxt) {
        super(left, execCxt);
        this.pattern = pattern;
        this.filter = filter;
        this.executor = executor;
    }

    /**
     * The optional of {@code right} for every row of {@code left}, or null when {@code right} is
     * not one triple pattern (with or without a filter) and Jena's path has to evaluate it.
     * {@code executor} evaluates an op on an input, without substituting.
     */
    static QueryIterator of(QueryIterator left, Op right, BiFunction<Op, QueryIterator, QueryIterator> executor, ExecutionContext execCxt) {
        if (!isOnePattern(right))
            return null;
        return right instanceof OpFilter f
                ? new OptionalPattern(left, f.getSubOp(), f.getExprs(), executor, execCxt)
                : new OptionalPattern(left, right, null, executor, execCxt);
    }

    /** Whether the right side of an optional is one triple pattern, alone or under a filter, in a graph that is not a variable. */
    static boolean isOnePattern(Op right) {
        Op pattern = right instanceof OpFilter f ? f.getSubOp() : right;
        return pattern instanceof OpBGP bgp && bgp.getPattern().size() == 1
                || pattern instanceof OpQuadPattern qp && qp.getPattern().size() == 1 && !qp.getGraphNode().isVariable();
    }

    @Override
    protected QueryIterator nextStage(Binding row) {
        ExecutionContext cxt = getExecContext();
        QueryIterator matches = executor.apply(pattern, QueryIterSingleton.create(row, cxt));
        if (filter != null)
            for (Expr e : filter)
                matches = new QueryIterFilterExpr(matches, e, cxt);
        return new QueryIterDefaulting(matches, row, cxt);
    }

    @Override
    protected void details(IndentedWriter out, SerializationContext sCxt) {
        out.println("OptionalPattern");
        out.incIndent();
        pattern.output(out, sCxt);
        if (filter != null)
            out.println(filter.toString());
        out.decIndent();
    }
}
