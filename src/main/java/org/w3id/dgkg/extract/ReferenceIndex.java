package org.w3id.dgkg.extract;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the stages look up in the reference data, made once per extractor and never changed:
 * registry IRIs by label key, the registry's names alone as a gazetteer, and the candidates of
 * every ambiguous label.
 */
final class ReferenceIndex {
    private final Reference reference;
    private final Map<String, String> registryByKey;
    private final Gazetteer registryNames;
    private final Map<String, Set<String>> ambiguous;

    ReferenceIndex(Reference reference) {
        this.reference = reference;
        Map<String, String> byKey = new HashMap<>();
        for (Entity e : reference.entities().values()) {
            byKey.putIfAbsent(Labels.key(e.labelZh()), e.iri());
            for (String a : e.altLabels())
                if (a.codePointCount(0, a.length()) >= 2) {
                    byKey.putIfAbsent(Labels.key(a), e.iri());
                    byKey.putIfAbsent(Labels.key(Script.simplifiedLabel(a)), e.iri()); // 歐盟執委會 read as 欧盟执委会
                }
        }
        this.registryByKey = Collections.unmodifiableMap(byKey);
        Map<String, Set<String>> amb = new HashMap<>();
        for (String l : reference.ambiguousLabels())
            amb.put(l, reference.candidates(l));
        this.ambiguous = Collections.unmodifiableMap(amb);
        this.registryNames = Gazetteer.of(reference.entities().values(), List.of());
    }

    Reference reference() {
        return reference;
    }

    /** Registry IRI by the key ({@link Labels#key}) of any of its labels of two characters or more. */
    Map<String, String> registryByKey() {
        return registryByKey;
    }

    /** The registry's names alone (no discovered names). */
    Gazetteer registryNames() {
        return registryNames;
    }

    /** Ambiguous label to the registry entities it may stand for. */
    Map<String, Set<String>> ambiguous() {
        return ambiguous;
    }
}
