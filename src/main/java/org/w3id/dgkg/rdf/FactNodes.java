package org.w3id.dgkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.dgkg.extract.Fact;
import org.w3id.dgkg.extract.Predicate;
import org.w3id.dgkg.extract.Value;

/** The RDF terms of a {@link Fact}: the one place where the extractor's model becomes Jena nodes. */
public final class FactNodes {
    private FactNodes() {}

    public static Node subject(Fact f) {
        return NodeFactory.createURI(f.subject());
    }

    public static Node predicate(Predicate p) {
        return NodeFactory.createURI(p.iri);
    }

    /** An entity as its IRI, a date as xsd:gYear, xsd:gYearMonth or xsd:date, a count as xsd:integer. */
    public static Node object(Value v) {
        if (v instanceof Value.EntityRef e)
            return NodeFactory.createURI(e.iri());
        if (v instanceof Value.Date d)
            return Dates.literal(d.lexical());
        if (v instanceof Value.Count c)
            return NodeFactory.createLiteralDT(c.lexical(), XSDDatatype.XSDinteger);
        throw new IllegalArgumentException("no RDF term for " + v);
    }
}
