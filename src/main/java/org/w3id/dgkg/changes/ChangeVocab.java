package org.w3id.dgkg.changes;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The terms and IRIs of generations and their change sets (declared in ontology/dgkg.ttl).
 * Generations are {@code …/id/generation/{n}}, numbered from 1 in build order; the change set
 * of generation n is {@code …/id/changeset/{n}}, its changes {@code …/id/change/{n}-{hash}}.
 */
final class ChangeVocab {
    private ChangeVocab() {}

    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCTERMS = "http://purl.org/dc/terms/";

    static final Node PROV_ENTITY = uri(PROV + "Entity");
    static final Node PROV_GENERATED_AT = uri(PROV + "generatedAtTime");
    static final Node PROV_REVISION_OF = uri(PROV + "wasRevisionOf");
    static final Node DCAT_DATASET = uri(DCAT + "Dataset");
    static final Node DCT_TITLE = uri(DCTERMS + "title");

    static final Node GENERATION_NUMBER = dgkg("generationNumber");
    static final Node BUILD_FINGERPRINT = dgkg("buildFingerprint");
    static final Node CHANGE_SET = dgkg("changeSet");
    static final Node CHANGE_SET_CLASS = dgkg("ChangeSet");
    static final Node CHANGE = dgkg("change");
    static final Node ADDITION = dgkg("Addition");
    static final Node REMOVAL = dgkg("Removal");
    static final Node REVISION = dgkg("Revision");
    static final Node CHANGED = dgkg("changed");
    static final Node CHANGED_TYPE = dgkg("changedType");
    static final Node CHANGED_LABEL = dgkg("changedLabel");
    static final Node FACT_SUBJECT = dgkg("factSubject");
    static final Node FACT_PREDICATE = dgkg("factPredicate");
    static final Node FACT_OBJECT = dgkg("factObject");
    static final Node SUBJECT_LABEL = dgkg("subjectLabel");
    static final Node OBJECT_LABEL = dgkg("objectLabel");
    static final Node IN_DOCUMENT = dgkg("inDocument");
    static final Node EVIDENCE_TEXT = dgkg("evidenceText");
    static final Node DETAILS_KEPT = dgkg("detailsKept");

    /** Count properties of a change set, in the order reports show them. */
    static final Node DOCUMENTS_ADDED = dgkg("documentsAdded");
    static final Node DOCUMENTS_CHANGED = dgkg("documentsChanged");
    static final Node DOCUMENTS_REMOVED = dgkg("documentsRemoved");
    static final Node ENTITIES_ADDED = dgkg("entitiesAdded");
    static final Node ENTITIES_REMOVED = dgkg("entitiesRemoved");
    static final Node FACTS_ADDED = dgkg("factsAdded");
    static final Node FACTS_REMOVED = dgkg("factsRemoved");

    static final String GENERATION = DGKG.ID + "generation/";
    static final String CHANGESET = DGKG.ID + "changeset/";
    static final String CHANGE_IRI = DGKG.ID + "change/";

    static Node generation(int n) {
        return uri(GENERATION + n);
    }

    static Node changeSet(int n) {
        return uri(CHANGESET + n);
    }

    /** True for the subjects that make up the history (generations, change sets, changes). */
    static boolean isHistory(Node s) {
        if (!s.isURI())
            return false;
        String u = s.getURI();
        return u.startsWith(GENERATION) || u.startsWith(CHANGESET) || u.startsWith(CHANGE_IRI);
    }

    private static Node dgkg(String local) {
        return uri(DGKG.NS + local);
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }
}
