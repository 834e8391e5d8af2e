package org.w3id.dgkg.vocab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Namespaces, the dgkg terms the code uses, and IRI minting. */
public final class DGKG {
    private DGKG() {}

    public static final String BASE = "https://w3id.org/dgkg/";
    public static final String NS = BASE + "ontology#";
    public static final String ID = BASE + "id/";
    public static final String GRAPH = BASE + "graph/";

    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String VOID = "http://rdfs.org/ns/void#";

    /** Kinds of instance IRI, {@code …/id/{kind}/{slug}}. */
    public static final Set<String> KINDS = Set.of(
            "actor", "instrument", "event", "principle", "issue", "document", "annotation", "statement");

    public static final Node GRAPH_ONTOLOGY = NodeFactory.createURI(GRAPH + "ontology");
    public static final Node GRAPH_REFERENCE = NodeFactory.createURI(GRAPH + "reference");
    public static final Node GRAPH_META = NodeFactory.createURI(GRAPH + "meta");

    public static Node documentGraph(String documentId) {
        return NodeFactory.createURI(GRAPH + "doc/" + documentId);
    }

    public static String iri(String kind, String slug) {
        if (!KINDS.contains(kind))
            throw new IllegalArgumentException("unknown IRI kind: " + kind);
        return ID + kind + "/" + slug;
    }

    public static Node node(String kind, String slug) {
        return NodeFactory.createURI(iri(kind, slug));
    }

    public static String documentIri(String documentId) {
        return iri("document", documentId);
    }

    /** A short, stable hash for slugs: first 8 hex digits of SHA-256. */
    public static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- classes
    public static final Resource Actor = cls("Actor");
    public static final Resource State = cls("State");
    public static final Resource Instrument = cls("Instrument");
    public static final Resource Event = cls("Event");
    public static final Resource Principle = cls("Principle");
    public static final Resource Issue = cls("Issue");
    public static final Resource SourceDocument = cls("SourceDocument");
    public static final Resource AmbiguousLabel = cls("AmbiguousLabel");

    // --- properties
    public static final Property issuedBy = prop("issuedBy");
    public static final Property proposedBy = prop("proposedBy");
    public static final Property party = prop("party");
    public static final Property signatory = prop("signatory");
    public static final Property memberOf = prop("memberOf");
    public static final Property establishedBy = prop("establishedBy");
    public static final Property adoptedAt = prop("adoptedAt");
    public static final Property participant = prop("participant");
    public static final Property addresses = prop("addresses");
    public static final Property advocates = prop("advocates");
    public static final Property opposes = prop("opposes");
    public static final Property embodies = prop("embodies");
    public static final Property concernedWith = prop("concernedWith");
    public static final Property acronym = prop("acronym");
    public static final Property iso3166 = prop("iso3166");
    public static final Property partOf = prop("partOf");
    public static final Property compoundAbbreviation = prop("compoundAbbreviation");
    public static final Property candidate = prop("candidate");
    public static final Property evidence = prop("evidence");
    public static final Property confidence = prop("confidence");
    public static final Property extractedBy = prop("extractedBy");
    public static final Property signatoryCount = prop("signatoryCount");
    public static final Property dateInferred = prop("dateInferred");
    public static final Property mentionCount = prop("mentionCount");
    public static final Property weight = prop("weight");
    public static final Property charCount = prop("charCount");
    public static final Property sha256 = prop("sha256");
    public static final Property sentence = prop("sentence");

    // --- Web Annotation
    public static final Resource OA_Annotation = ResourceFactory.createResource(OA + "Annotation");
    public static final Resource OA_SpecificResource = ResourceFactory.createResource(OA + "SpecificResource");
    public static final Resource OA_TextPositionSelector = ResourceFactory.createResource(OA + "TextPositionSelector");
    public static final Resource OA_TextQuoteSelector = ResourceFactory.createResource(OA + "TextQuoteSelector");
    public static final Resource OA_identifying = ResourceFactory.createResource(OA + "identifying");
    public static final Resource OA_describing = ResourceFactory.createResource(OA + "describing");
    public static final Property OA_hasBody = ResourceFactory.createProperty(OA + "hasBody");
    public static final Property OA_hasTarget = ResourceFactory.createProperty(OA + "hasTarget");
    public static final Property OA_hasSource = ResourceFactory.createProperty(OA + "hasSource");
    public static final Property OA_hasSelector = ResourceFactory.createProperty(OA + "hasSelector");
    public static final Property OA_motivatedBy = ResourceFactory.createProperty(OA + "motivatedBy");
    public static final Property OA_start = ResourceFactory.createProperty(OA + "start");
    public static final Property OA_end = ResourceFactory.createProperty(OA + "end");
    public static final Property OA_exact = ResourceFactory.createProperty(OA + "exact");
    public static final Property OA_prefix = ResourceFactory.createProperty(OA + "prefix");
    public static final Property OA_suffix = ResourceFactory.createProperty(OA + "suffix");

    public static final Property SCHEMA_text = ResourceFactory.createProperty(SCHEMA + "text");

    public static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    public static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
