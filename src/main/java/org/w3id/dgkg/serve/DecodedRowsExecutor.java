package org.w3id.dgkg.serve;

import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterConvert;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.iterator.QueryIterTopN;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.iterator.QueryIterOptionalIndex;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's query executor, with the rows an {@code ORDER BY} sorts decoded once before sorting.
 * <p>
 * A row read from TDB2 holds node ids and decodes a variable each time it is asked for it (an
 * IRI or string from the node cache, a number rebuilt and re-parsed from its inline id). A sort
 * asks for its keys at every comparison, so each row was decoded some twenty times over: sorting
 * the 738 rows of a competency query was a third of its CPU time, and the top 50 of 1,084 rows
 * (an {@code ORDER BY … LIMIT 50}) half. Here each row is copied with its values decoded as it
 * enters the sort, with the values of its sort keys ({@link SortKeys}): the comparisons read
 * the keys, the results writer after them the copies.
 * <p>
 * {@code SELECT DISTINCT … ORDER BY … LIMIT n}, {@code (top (distinct X))} in Jena's algebra, is
 * evaluated as the hashing {@code DISTINCT} followed by the plain top-n: Jena's top-n removes
 * duplicates by a linear search of the n rows it holds, for every row it is given.
 * <p>
 * An {@code OPTIONAL} of one triple pattern (a label look-up) is matched with each left row as
 * its input instead of substituting the row and evaluating the result afresh ({@link OptionalPattern}).
 * <p>
 * Same rows in the same order: the sort and the comparisons are Jena's, only their input changes.
 */
final class DecodedRowsExecutor extends OpExecutorTDB2 {
    /** Put in a dataset's context with {@code QC.setFactory}. */
    static final OpExecutorFactory FACTORY = cxt -> new DecodedRowsExecutor(cxt, true, true);
    /** The same without {@link OptionalPattern}: every OPTIONAL evaluated as Jena does (for comparisons). */
    static final OpExecutorFactory WITHOUT_OPTIONAL_PATTERN = cxt -> new DecodedRowsExecutor(cxt, false, true);
    /** The same without {@link SortKeys}: sort keys evaluated at every comparison, as Jena does (for comparisons). */
    static final OpExecutorFactory WITHOUT_SORT_KEYS = cxt -> new DecodedRowsExecutor(cxt, true, false);

    private final boolean optionalPattern;
    private final boolean sortKeys;

    private DecodedRowsExecutor(ExecutionContext execCxt, boolean optionalPattern, boolean sortKeys) {
        super(execCxt);
        this.optionalPattern = optionalPattern;
        this.sortKeys = sortKeys;
    }

    @Override
    protected QueryIterator execute(OpConditional opCondition, QueryIterator input) {
        QueryIterator left = exec(opCondition.getLeft(), input);
        QueryIterator onePattern = optionalPattern ? OptionalPattern.of(left, opCondition.getRight(), this::exec, execCxt) : null;
        return onePattern != null ? onePattern : new QueryIterOptionalIndex(left, opCondition.getRight(), execCxt);
    }

    @Override
    protected QueryIterator execute(OpOrder opOrder, QueryIterator input) {
        if (!sortKeys)
            return new QueryIterSort(decoded(exec(opOrder.getSubOp(), input)), opOrder.getConditions(), execCxt);
        SortKeys keys = SortKeys.comparator(opOrder.getConditions(), execCxt);
        return new QueryIterSort(keys.keyed(exec(opOrder.getSubOp(), input), execCxt), keys, execCxt);
    }

    @Override
    protected QueryIterator execute(OpTopN opTop, QueryIterator input) {
        // a DISTINCT below is evaluated by exec, by hashing
        if (!sortKeys)
            return new QueryIterTopN(decoded(exec(opTop.getSubOp(), input)), opTop.getConditions(), opTop.getLimit(), false, execCxt);
        SortKeys keys = SortKeys.comparator(opTop.getConditions(), execCxt);
        return new QueryIterTopN(keys.keyed(exec(opTop.getSubOp(), input), execCxt), keys, opTop.getLimit(), false, execCxt);
    }

    private QueryIterator decoded(QueryIterator rows) {
        return new QueryIterConvert(rows, BindingFactory::copy, execCxt);
    }
}
