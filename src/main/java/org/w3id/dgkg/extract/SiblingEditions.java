package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.ingest.Sentence;
import org.w3id.dgkg.ingest.SourceDocument;

/**
 * Another edition named by its ordinal alone (sibling-edition): after 第十八届互联网治理论坛年会, a bare
 * 第十九届年会 is the nineteenth edition of the same series, 第十九届互联网治理论坛年会, an event of its own
 * with its own date and host, and 第十九届年会 is its short name in this document. The series is read from the
 * edition of the document with that head nearest before the reference (else the first after it): its name with
 * the ordinal replaced. With no such edition the bare ordinal stays what it was (EventFinder does not name it);
 * never a new entity labelled by an ordinal and a head alone.
 */
final class SiblingEditions {
    private SiblingEditions() {}

    static final String RULE = "sibling-edition";

    private static final String ORDINAL = "(?:第[一二三四五六七八九十百零\\d]+[届次期轮]|首届)";
    private static final Pattern ORDINAL_IN_NAME = Pattern.compile(ORDINAL);
    /** What may stand right before a bare ordinal reference: a clause's edge or a function word, not a name. */
    private static final String LEFT_EDGE = "，。；：、（“「在的于至和与及暨但而";

    /** Registers, in {@code discovered}, the sibling editions {@code doc} names by their ordinal alone. */
    static void register(SourceDocument doc, Map<String, DiscoveredName> discovered) {
        record Edition(String label, int sentence, DiscoveredName name) {}
        List<Edition> editions = new ArrayList<>();
        List<DiscoveredName> events = discovered.values().stream()
                .filter(f -> "Event".equals(f.top) && ORDINAL_IN_NAME.matcher(f.label).find()).toList();
        if (events.isEmpty())
            return;
        List<Sentence> sentences = doc.sentences();
        for (Sentence s : sentences) {
            String text = Script.reading(doc, s);
            for (DiscoveredName f : events)
                if (text.contains(f.label))
                    editions.add(new Edition(f.label, s.index(), f));
        }
        for (Sentence s : sentences) {
            String text = Script.reading(doc, s);
            for (Matcher m = bareReference().matcher(text); m.find();) {
                if (m.start() > 0 && LEFT_EDGE.indexOf(text.charAt(m.start() - 1)) < 0)
                    continue; // 论坛第十九届年会: a name of its own, EventFinder's
                String head = m.group(2);
                Edition near = null;
                for (Edition e : editions)
                    if (e.label().endsWith(head) && !e.label().equals(m.group())
                            && (near == null || e.sentence() <= s.index() && (near.sentence() > s.index() || e.sentence() > near.sentence())))
                        near = e;
                if (near == null)
                    continue;
                Matcher o = ORDINAL_IN_NAME.matcher(near.label());
                if (!o.find())
                    continue;
                String label = near.label().substring(0, o.start()) + m.group(1) + near.label().substring(o.end());
                if (label.equals(near.label()))
                    continue; // the same edition, by its short name (ShortNames)
                DiscoveredName f = DiscoveredName.event(discovered, label, near.name().type, near.name().top, RULE);
                f.alts.add(m.group());
                DiscoveredName alone = discovered.get(Labels.key(m.group()));
                if (alone != null && alone != f && "Event".equals(alone.top)) {
                    discovered.remove(alone.named.key); // 第13届部长级会议 found as a name: the edition's short name now
                    f.alts.addAll(alone.alts);
                }
                if (RULE.equals(f.rule))
                    f.foundAt.add(DiscoveredName.position(s.index(), m.start()));
            }
        }
    }

    private static volatile Pattern bareReference;

    /** An ordinal and an event head (event-heads.tsv) with nothing between: 第十九届年会, 第十期会议. */
    private static Pattern bareReference() {
        Pattern p = bareReference;
        if (p == null) {
            List<String> heads = new ArrayList<>();
            for (Map.Entry<String, String> e : Lexicon.longestFirst("event-heads.tsv", "class"))
                heads.add(Pattern.quote(e.getKey()));
            p = bareReference = Pattern.compile("(" + ORDINAL + ")(" + String.join("|", heads) + ")(?![\\p{IsHan}&&[^上后前时期间由在于将以和与及的]])");
        }
        return p;
    }
}
