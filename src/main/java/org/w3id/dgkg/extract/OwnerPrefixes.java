package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A state or organisation written right before a body's name, with nothing between (美国白宫, 联合国数字合作高级别小组,
 * 欧盟外交与安全政策高级代表): it says whose body that is, a part of the body's longer name, and no mention of its own
 * (CONVENTIONS.md: a name inside a longer name is no mention, 中国 in 中国科学院自动化研究所). Read as its own actor it
 * would become an issuer, a participant or a speaker beside the body. Decided by adjacency and the two names' classes
 * only: the second is an actor that is no state, person or bloc (nor, after a state, a body of several states); a
 * separator (和, 、, —) between them makes two actors.
 */
final class OwnerPrefixes {
    private OwnerPrefixes() {}

    /** {@code hits} without the owners written right before a body (the same list when there is none). */
    static List<Hit> withoutOwners(List<Hit> hits) {
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits)
            if (!h.isActor() || "Person".equals(h.type()) || !ownsBodyAfter(h, hits))
                kept.add(h);
        return kept.size() == hits.size() ? hits : kept;
    }

    private static boolean ownsBodyAfter(Hit owner, List<Hit> hits) {
        for (Hit body : hits)
            if (body != owner && body.start() == owner.end() && body.isActor() && !body.isState() && !"Person".equals(body.type())
                    && !owner.iri().equals(body.iri()) && !(owner.isState() && OF_SEVERAL.contains(body.type())))
                return true;
        return false;
    }

    /**
     * Classes of bodies made by several states: a state written right before one is its object or its member, never
     * its owner (给予柬埔寨上合组织对话伙伴地位, 日本七国集团轮值主席国任期).
     */
    private static final java.util.Set<String> OF_SEVERAL = java.util.Set.of(
            "InternationalOrganization", "UNEntity", "RegionalOrganization", "MultilateralForum", "Alliance");
}
