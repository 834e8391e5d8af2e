package org.w3id.dgkg.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code REPLACE} that a timeout can stop, for the same reason as
 * {@link CancellableRegex}: the matcher reads the literal through {@link WatchedText}. Results
 * as Jena's {@code REPLACE}: Java regular expressions and {@code $n} group references, the
 * first match replaced even when empty but later empty matches skipped, the input returned as
 * it is when nothing changed, and the language tag or datatype of the input kept.
 */
final class CancellableReplace extends E_StrReplace {
    private final Pattern constantPattern;

    CancellableReplace(Expr expr, Expr pattern, Expr replacement, Expr flags) {
        super(expr, pattern, replacement, flags);
        Pattern p = null;
        if (isConstantString(pattern) && (flags == null || isConstantString(flags)))
            p = RegexEngine.makePattern("replace", pattern.getConstant().getString(), flags == null ? null : flags.getConstant().getString());
        this.constantPattern = p;
    }

    private static boolean isConstantString(Expr e) {
        return e.isConstant() && e.getConstant().isString();
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node input = NodeValueOps.checkAndGetStringLiteral("replace", args.get(0));
        String replacement = NodeValueOps.checkAndGetStringLiteral("replace", args.get(2)).getLiteralLexicalForm();
        Pattern p = constantPattern;
        if (p == null) {
            String pattern = NodeValueOps.checkAndGetStringLiteral("replace", args.get(1)).getLiteralLexicalForm();
            String flags = args.size() > 3 ? NodeValueOps.checkAndGetStringLiteral("replace", args.get(3)).getLiteralLexicalForm() : null;
            p = RegexEngine.makePattern("replace", pattern, flags);
        }
        AtomicBoolean cancel = env == null || env.getContext() == null ? null : Context.getCancelSignal(env.getContext());
        String text = input.getLiteralLexicalForm();
        String replaced = replaceAll(p.matcher(cancel == null ? text : new WatchedText(text, cancel)), replacement);
        if (replaced == null || replaced.equals(text))
            return args.get(0);
        return NodeValue.makeNode(NodeFactory.createLiteral(replaced, input.getLiteralLanguage(), input.getLiteralDatatype()));
    }

    /** Null when nothing matched; an empty match after the first match replaces nothing. */
    private static String replaceAll(Matcher m, String replacement) {
        StringBuilder out = null;
        try {
            while (m.find()) {
                if (out == null)
                    out = new StringBuilder();
                else if (m.start() == m.end())
                    continue;
                m.appendReplacement(out, replacement);
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage(), e);
        }
        if (out == null)
            return null;
        m.appendTail(out);
        return out.toString();
    }

    /** Refuses constant folding, for the reason given at {@link CancellableRegex#eval(List)}. */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REPLACE is evaluated when the query runs, where its timeout can stop it");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null);
    }
}
