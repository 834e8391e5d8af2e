package org.w3id.dgkg.serve;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.logging.Log;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBase;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterConvert;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.VariableNotBoundException;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * The keys of an {@code ORDER BY}, evaluated once per row as the row enters the sort, and the
 * comparator that reads them.
 * <p>
 * Jena's {@link BindingComparator} evaluates every sort condition of both rows at every
 * comparison: for a number that is {@code NodeValue.makeNode} re-parsing its lexical form
 * (a {@code BigInteger} for an {@code xsd:integer}) each time, some twenty times per row for the
 * top 50 of a thousand rows. Here each row is decoded once (as before: a TDB2 row decodes a
 * variable each time it is asked for it) and carries its keys; the comparison is Jena's
 * ({@link BindingComparator#compareNodesRaw}, negated for {@code DESC}, then
 * {@link BindingComparator#compareBindingsSyntactic} on ties), so the order is the same. A key
 * whose expression is in error or reads an unbound variable is null, as Jena makes it. A row
 * without keys (one that a large sort spilled to disk and read back) has them evaluated at the
 * comparison, as Jena does.
 */
final class SortKeys implements Comparator<Binding> {
    private final List<SortCondition> conditions;
    private final FunctionEnv env;

    private SortKeys(List<SortCondition> conditions, FunctionEnv env) {
        this.conditions = conditions;
        this.env = env;
    }

    /** The comparator of {@code conditions}, reading the keys {@link #keyed} put on the rows. */
    static SortKeys comparator(List<SortCondition> conditions, ExecutionContext execCxt) {
        return new SortKeys(conditions, execCxt);
    }

    /** {@code rows} decoded and carrying the values of this comparator's sort keys. */
    QueryIterator keyed(QueryIterator rows, ExecutionContext execCxt) {
        return new QueryIterConvert(rows, row -> {
            Binding decoded = BindingFactory.copy(row);
            return new Keyed(decoded, keysOf(decoded));
        }, execCxt);
    }

    private NodeValue[] keysOf(Binding row) {
        NodeValue[] keys = new NodeValue[conditions.size()];
        for (int i = 0; i < keys.length; i++) {
            SortCondition sc = conditions.get(i);
            try {
                keys[i] = sc.getExpression().eval(row, env);
            } catch (VariableNotBoundException e) {
                // unbound: null, as in BindingComparator
            } catch (ExprEvalException e) {
                Log.warn(this, e.getMessage());
            }
        }
        return keys;
    }

    @Override
    public int compare(Binding a, Binding b) {
        NodeValue[] ka = a instanceof Keyed k ? k.keys : keysOf(a);
        NodeValue[] kb = b instanceof Keyed k ? k.keys : keysOf(b);
        for (int i = 0; i < ka.length; i++) {
            int x = BindingComparator.compareNodesRaw(ka[i], kb[i]);
            if (conditions.get(i).getDirection() == Query.ORDER_DESCENDING)
                x = -x;
            if (x != 0)
                return x;
        }
        return BindingComparator.compareBindingsSyntactic(a, b);
    }

    /** A decoded row (its parent) with its sort keys; it binds nothing of its own. */
    static final class Keyed extends BindingBase {
        final NodeValue[] keys;

        Keyed(Binding decoded, NodeValue[] keys) {
            super(decoded);
            this.keys = keys;
        }

        @Override
        protected Iterator<Var> vars1() {
            return Iter.nullIterator();
        }

        @Override
        protected int size1() {
            return 0;
        }

        @Override
        protected boolean isEmpty1() {
            return true;
        }

        @Override
        protected boolean contains1(Var var) {
            return false;
        }

        @Override
        protected Node get1(Var var) {
            return null;
        }

        /** As the decoded row writes itself: the keys are not part of the row. */
        @Override
        public String toString() {
            return parent.toString();
        }

        @Override
        protected Binding detachWithNewParent(Binding newParent) {
            return newParent;
        }
    }
}
