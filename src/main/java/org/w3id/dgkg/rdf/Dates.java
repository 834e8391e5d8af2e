package org.w3id.dgkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Typed date literals exactly as precise as given: xsd:gYear, xsd:gYearMonth or xsd:date. */
public final class Dates {
    private Dates() {}

    public static Node literal(String value) {
        if (value.matches("\\d{4}"))
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYear);
        if (value.matches("\\d{4}-\\d{2}"))
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYearMonth);
        if (value.matches("\\d{4}-\\d{2}-\\d{2}"))
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
        throw new IllegalArgumentException("not a date in the form YYYY, YYYY-MM or YYYY-MM-DD: " + value);
    }
}
