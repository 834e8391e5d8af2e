package org.w3id.dgkg.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDF;

/**
 * SPARQL {@code REGEX} that a timeout can stop. Jena checks for cancellation between
 * solutions, but one regular expression that backtracks on one long literal runs inside a single
 * filter evaluation, so {@code (a+)+b} on 120 characters ran 43 s past a 10 s timeout. Here the
 * matcher reads the literal through a {@link CharSequence} that looks at the query's cancel
 * signal (which Jena sets on timeout and abort) every few thousand characters read, and stops
 * the query when it is set. Same semantics as Jena's java.util.regex engine (same flags).
 * <p>
 * {@link #REWRITE} is an optimizer that replaces every {@code REGEX} of a query by this one, and
 * every {@code REPLACE} by {@link CancellableReplace}, after Jena's usual optimisation; the
 * server puts it in the dataset's context.
 */
final class CancellableRegex extends E_Regex {
    private final Pattern constantPattern;

    CancellableRegex(Expr expr, Expr pattern, Expr flags) {
        super(expr, pattern, flags);
        Pattern p = null;
        if (pattern.isConstant() && pattern.getConstant().isString() && (flags == null || flags.isConstant() && flags.getConstant().isString()))
            p = RegexEngine.makePattern("Regex", pattern.getConstant().getString(), flags == null ? null : flags.getConstant().getString());
        this.constantPattern = p;
    }

    /** Jena's standard optimiser followed by the REGEX replacement. */
    static final RewriteFactory REWRITE = context -> {
        var standard = Optimize.stdOptimizationFactory.create(context);
        // before: so that constant folding meets the cancellable forms and leaves them to run time (see eval(List));
        // after: for any the optimiser introduced
        return op -> replaceRegex(standard.rewrite(replaceRegex(op)));
    };

    static Op replaceRegex(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof CancellableRegex))
                    return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
                if (func instanceof E_StrReplace && !(func instanceof CancellableReplace))
                    return new CancellableReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
                return super.transform(func, args);
            }
        }, op);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node n = args.get(0).asNode();
        if (!n.isLiteral() || !(XSDDatatype.XSDstring.equals(n.getLiteralDatatype()) || RDF.dtLangString.equals(n.getLiteralDatatype())))
            throw new ExprEvalException("REGEX: not a string: " + args.get(0));
        Pattern p = constantPattern;
        if (p == null) {
            NodeValue pattern = args.get(1);
            NodeValue flags = args.size() > 2 ? args.get(2) : null;
            if (!pattern.isString() || flags != null && !flags.isString())
                throw new ExprEvalException("REGEX: pattern and flags must be strings");
            p = RegexEngine.makePattern("Regex", pattern.getString(), flags == null ? null : flags.getString());
        }
        AtomicBoolean cancel = env == null || env.getContext() == null ? null : Context.getCancelSignal(env.getContext());
        CharSequence text = n.getLiteralLexicalForm();
        return NodeValue.booleanReturn(p.matcher(cancel == null ? text : new WatchedText(text, cancel)).find());
    }

    /**
     * Called without a query's context only by constant folding while the plan is built, where
     * nothing could stop a backtracking match: refused, so the expression is evaluated when the
     * query runs, under its timeout.
     */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REGEX is evaluated when the query runs, where its timeout can stop it");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }
}
