package org.w3id.dgkg.extract;

import java.util.List;

/**
 * Annex lists: a header line names the issuer (or the event) of the • items under it; an item's
 * own actor, when it names one, wins; its first date after the name is its date.
 */
final class AnnexLists {
    private AnnexLists() {}

    /** Annex lists: a header line names the issuer (or the event) of the • items under it. */
    static Hit relations(String text, List<Hit> hits, List<DateFinder.Found> dates, Hit header, List<RelationRules.Rel> rels) {
        String stripped = text.strip();
        if (!stripped.startsWith("•")) {
            // a header line names one actor or event and nothing else (a bracket may follow)
            String bare = stripped.replaceAll("[(（].*[)）]$", "").strip();
            if (!hits.isEmpty() && (hits.get(0).isActor() || hits.get(0).isEvent())
                    && text.substring(hits.get(0).start(), hits.get(0).end()).equals(bare))
                return hits.get(0);
            return null;
        }
        Hit item = null;
        for (Hit h : hits)
            if (h.isInstrument() && (h.start() <= 3 || item == null && text.charAt(h.start() - 1) == '，' && h.start() < 20)) {
                item = h;
                break;
            }
        Hit trailing = hits.isEmpty() ? null : hits.get(hits.size() - 1);
        Hit next = header;
        if (trailing != null && (trailing.isActor() || trailing.isEvent()) && trailing.end() >= text.strip().length() - 1
                && trailing != item && trailing.start() > 4)
            next = trailing;
        if (item == null)
            return next;
        Hit inline = null;
        for (Hit h : hits)
            if (h.isActor() && (h.start() > item.end() || h.end() <= item.start()) && h != next) // not the next list's header glued on
                inline = h;
        if (inline != null)
            rels.add(new RelationRules.Rel(item.iri(), "issuedBy", inline.iri(), 0, text.length(), 0.7, "annex-list", false));
        else if (header == null) {
        } else if (header.isActor())
            rels.add(new RelationRules.Rel(item.iri(), "issuedBy", header.iri(), 0, text.length(), 0.7, "annex-list", false));
        else if (header.isEvent())
            rels.add(new RelationRules.Rel(item.iri(), "adoptedAt", header.iri(), 0, text.length(), 0.7, "annex-list", false));
        for (DateFinder.Found d : dates)
            if (d.start() > item.end() && (next == header || d.end() <= trailing.start())) {
                String before = text.substring(Math.max(0, d.start() - 2), d.start());
                if (!before.contains("自"))
                    rels.add(new RelationRules.Rel(item.iri(), "date", d.value(), d.start(), d.end(), 0.7, "annex-list-date", d.inferred()));
                break;
            }
        return next;
    }
}
