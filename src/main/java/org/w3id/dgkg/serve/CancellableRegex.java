package org.w3id.dgkg.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
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
 * {@link #REWRITE} is an optimizer that replaces every {@code REGEX} of a query by this one
 * after Jena's usual optimisation; the server puts it in the dataset's context.
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
        return op -> replaceRegex(standard.rewrite(op));
    };

    static Op replaceRegex(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof CancellableRegex))
                    return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
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
        AtomicBoolean cancel = env == null ? null : Context.getCancelSignal(env.getContext());
        CharSequence text = n.getLiteralLexicalForm();
        return NodeValue.booleanReturn(p.matcher(cancel == null ? text : new Watched(text, cancel)).find());
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }

    /** The literal as the matcher reads it, checking the cancel signal every 4096 reads. */
    private static final class Watched implements CharSequence {
        private final CharSequence text;
        private final AtomicBoolean cancel;
        private int reads;

        Watched(CharSequence text, AtomicBoolean cancel) {
            this.text = text;
            this.cancel = cancel;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xfff) == 0 && cancel.get())
                throw new QueryCancelledException();
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Watched(text.subSequence(start, end), cancel);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
