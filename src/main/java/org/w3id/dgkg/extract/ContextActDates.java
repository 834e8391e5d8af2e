package org.w3id.dgkg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of acts the relation rules read but could not date from their own clause, worked out once the sentence's
 * relations are known (a pass after {@link RelationRules}):
 * <ul>
 * <li>{@code date-since-this-year}: 今年以来 heading the sentence (今年以来，X先后举办了E) dates the acts of its first clause
 * and of the clauses continuing it (并, 还, 随后…) with the document's year: whatever happened since the start of this
 * year happened this year (unlike 2022年以来, which spans years).</li>
 * <li>{@code date-respectively}: as many dates as instruments, paired in order by 先后 or 分别 (分2003年和2005年两个阶段举行，
 * 先后通过了《A》和《B》).</li>
 * <li>{@code date-enumerated}: a date heading the sentence whose act names a count of texts and lists them after a
 * colon (2018年12月，X通过两项决议：一项…，另一项即Y).</li>
 * <li>{@code date-signature-line}: the date a text says it was signed or is dated (《A》…，落款日期为2023年7月10日).</li>
 * </ul>
 * Never a framing period other than the document's own year (2022年以来 spans years), never a plan (the relation rules
 * already left plans out), never across a sentence's other dates.
 */
final class ContextActDates {
    private ContextActDates() {}

    private static final String S = "[ \\u2005\\u2002\\u3000]*";
    /** The relations whose subject is the thing an act made or held: its date is the act's. */
    private static final Set<String> ACTED_ON = Set.of("issuedBy", "signatory", "proposedBy", "adoptedAt", "participant", "party");
    /** The relations of a text pledged or signed in a role (作出《Y》, 成为首批签署方), read with no date of their own. */
    private static final Set<String> PLEDGED = Set.of("party", "signatory");
    /**
     * The rule of a party that joined a text already made (加入《Y》, 交存加入书): the day is the joining's, another actor's act
     * about the text (CONVENTIONS.md), never the text's. (A ratification, party-ratify, is read as a step of the text's making.)
     */
    private static final Set<String> JOINED_LATER = Set.of("party-join", MembershipRules.ADHERE_RULE); // also an adherence (认可, 支持《Y》): another actor's act about a text already made
    /** 今年以来 heading the sentence: since the start of the document's year. */
    private static final Pattern THIS_YEAR_SINCE = Pattern.compile("^" + S + "(?:今年|本年|今年年初|今年初)以来" + S + "[，,]");
    /** A clause that continues the one before with the same subject. */
    private static final Pattern CONTINUES = Pattern.compile("^" + S + "(?:并|还|又|同时|随后|此后|其后|之后|继而|进而|也|再|先后|相继|陆续|此外还)");
    /** Verbs of making or adopting a text (the relation lexicon's issue, sign, propose and establish cues). */
    private static final Pattern ACT = actVerbs(Set.of("issue", "sign", "propose", "establish"));
    /** Verbs of holding or attending an event (the relation lexicon's hold and participate cues: 举行, 举办, 出席). */
    private static final Pattern HOLD = actVerbs(Set.of("hold", "participate"));
    /** Plans, hopes and negations between the occasion and the verb: no fact. */
    private static final Pattern NOT_A_FACT = Pattern.compile("将|拟|有望|预计|计划|打算|筹备|准备|希望|尚未|没有|如果|若");
    /** 先后 or 分别 right before the act's verb: the objects follow the dates in order. */
    private static final Pattern RESPECTIVELY = Pattern.compile("(?:先后|分别|依次)" + S + "$");
    /** Between two coordinated titles: nothing, a list comma or a conjunction. */
    private static final Pattern COORDINATION = Pattern.compile("^[》”]?" + S + "(?:[、，,]|和|及|与|以及)?" + S + "[《“]?$");
    /** A count of texts right after the verb, then a colon: 通过两项决议：, 发布了三份文件：. */
    private static final Pattern COUNTED_THEN_COLON = Pattern.compile("^了?" + S + "(?:[两二三四五六七八九十]|\\d+)" + S + "(?:项|份|个|部)[^，。；：:]{0,8}[：:]");
    /** The date a text bears: 落款日期为, 签署日期为, 日期为. */
    private static final Pattern SIGNATURE_LINE = Pattern.compile("(?:落款|签署|签发|发布|成文)?日期(?:为|是)" + S + "$");

    /** The date a text was signed on, not any date it bears: 落款日期为, 签署日期为, 签发日期为. */
    private static final Pattern SIGNED_ON = Pattern.compile("(?:落款|签署|签发)日期(?:为|是)" + S + "$");

    private static Pattern actVerbs(Set<String> acts) {
        List<String> verbs = new ArrayList<>();
        for (Map<String, String> r : LexiconTable.load(Path.of("no-ontology-folder"), "relation-cues").rows())
            if (acts.contains(r.get("act")))
                verbs.add(r.get("cue"));
        verbs.sort((a, b) -> b.length() - a.length());
        return Pattern.compile("(?:" + String.join("|", verbs) + ")");
    }

    /**
     * Adds to {@code rels} the dates these constructions give; {@code issued} is the document's date from the manifest
     * (YYYY, YYYY-MM or YYYY-MM-DD, or null).
     */
    static void add(String text, List<Hit> hits, List<DateFinder.Found> dates, String issued, Discourse discourse,
            List<RelationRules.Rel> rels) {
        Set<String> dated = new HashSet<>();
        for (RelationRules.Rel r : rels)
            if (r.predicate().equals("date"))
                dated.add(r.subject());
        List<RelationRules.Rel> out = new ArrayList<>();
        sinceThisYear(text, dates, issued, rels, dated, out);
        respectively(text, hits, dates, rels, dated, out);
        passiveApproval(text, hits, dates, rels, out);
        List<DateFinder.Found> withBefore = DateRules.withDateBefore(text, dates, discourse);
        int before = out.size();
        StepDates.add(text, hits, withBefore, discourse, rels, out); // every dated step of a text's making (date-of-step)
        for (RelationRules.Rel r : out.subList(before, out.size()))
            dated.add(r.subject()); // a text with a step date of its own takes no date from its event
        // a sentence opening with its occasion (峰会期间…) says no day: the occasion's month first, then the event's date
        atOccasion(text, hits, dates, discourse, dated, out);
        duringEvent(text, hits, dates, discourse, dated, rels, out);
        atDatedEvent(text, rels, dates, discourse, dated, out);
        enumerated(text, hits, dates, dated, out);
        continuedClauses(text, hits, dates, rels, dated, out);
        signatureLine(text, hits, dates, discourse, dated, out);
        headOfSentence(text, hits, withBefore, rels, dated, out);
        rels.addAll(out);
    }

    /**
     * {@code date-of-act} for acts whose rule reads no date (a pledge made: 作出《Y》): a date heading the sentence (2024年5月21日，…;
     * 同日，…) dates the instruments acted on in the sub-clause right after it, when no other date, plan or negation stands
     * between.
     */
    private static void headOfSentence(String text, List<Hit> hits, List<DateFinder.Found> dates, List<RelationRules.Rel> rels,
            Set<String> dated, List<RelationRules.Rel> out) {
        DateFinder.Found head = DateFinder.headDate(text, dates);
        if (head == null)
            return;
        int from = DateFinder.clauseAfter(text, head.end());
        int end = clauseEnd(text, from);
        if (dates.stream().anyMatch(d -> d != head && d.start() < end))
            return;
        for (RelationRules.Rel r : rels) {
            if (!PLEDGED.contains(r.predicate()) || dated.contains(r.subject()) || JOINED_LATER.contains(r.rule()))
                continue; // the act rules date what they read through ActDates; only pledges and roles are read without a date
            Hit made = null;
            for (Hit h : hits)
                if (h.isInstrument() && h.iri().equals(r.subject()) && h.start() >= from && h.end() <= end) {
                    made = h;
                    break;
                }
            if (made == null || NOT_A_FACT.matcher(text.substring(from, made.start())).find())
                continue;
            dated.add(r.subject());
            out.add(new RelationRules.Rel(r.subject(), "date", head.value(), head.start(), head.end(), head.inferred() ? 0.6 : 0.75,
                    "date-of-act", head.inferred()));
        }
    }

    private static void sinceThisYear(String text, List<DateFinder.Found> dates, String issued, List<RelationRules.Rel> rels,
            Set<String> dated, List<RelationRules.Rel> out) {
        Matcher since = THIS_YEAR_SINCE.matcher(text);
        if (!since.find() || issued == null || issued.length() < 4)
            return;
        int headEnd = since.end() - 1;
        String year = issued.substring(0, 4);
        int firstClauseEnd = clauseEnd(text, headEnd + 1);
        for (RelationRules.Rel r : rels) {
            if (!ACTED_ON.contains(r.predicate()) || dated.contains(r.subject()) || r.start() <= headEnd || JOINED_LATER.contains(r.rule()))
                continue;
            if (text.substring(headEnd + 1, r.start()).matches("(?s).*[。；;：:！？!?\\n].*"))
                continue;
            if (dates.stream().anyMatch(d -> d.start() > headEnd && d.start() < r.start()))
                continue; // a date of its own stands before the act: the act is that date's, if any
            if (r.start() > firstClauseEnd && !continuesEach(text, firstClauseEnd, r.start()))
                continue; // a clause with a subject of its own may report an older act
            dated.add(r.subject());
            out.add(new RelationRules.Rel(r.subject(), "date", year, since.start(), headEnd, 0.6, "date-since-this-year", true));
        }
    }

    /**
     * {@code date-from-event}, once the sentence is read: a text adopted at an event (adoptedAt) with no date of its own
     * takes the event's, whether this sentence dated the event (X于2022年9月26日…举行了…大会，…，通过了Y) or an earlier
     * one did.
     */
    private static void atDatedEvent(String text, List<RelationRules.Rel> rels, List<DateFinder.Found> dates, Discourse discourse, Set<String> dated,
            List<RelationRules.Rel> out) {
        long values = dates.stream().map(DateFinder.Found::value).distinct().count();
        if (values > 1)
            return; // 分2011年和2013年两个阶段举行，先后通过了…: which text belongs to which date is not the event's to say
        for (RelationRules.Rel r : rels) {
            if (!r.predicate().equals("adoptedAt") || dated.contains(r.subject()))
                continue;
            if (r.start() <= text.length() && NOT_A_FACT.matcher(text.substring(clauseStartBefore(text, r.start()), r.start())).find())
                continue; // 并拟于2024年E上通过《Y》: a planned adoption, Y is not yet made
            RelationRules.Rel eventDate = null;
            for (RelationRules.Rel d : rels)
                if (d.predicate().equals("date") && d.subject().equals(r.object())) {
                    eventDate = d;
                    break;
                }
            String value = eventDate != null ? eventDate.object() : discourse == null || !dates.isEmpty() ? null : discourse.dateOf(r.object());
            value = AdoptionDates.ofAdoptedText(text, dates, value); // an event of several days: the month
            if (eventDate == null && discourse != null)
                value = AdoptionDates.duringEvent(text, Math.min(r.end(), text.length()), value, discourse.heldOverDays(r.object()),
                        discourse.lastDayOf(r.object())); // 论坛期间，…
            if (value == null)
                continue;
            boolean inferred = eventDate == null || eventDate.inferred();
            dated.add(r.subject());
            out.add(new RelationRules.Rel(r.subject(), "date", value, r.start(), r.end(), 0.6, "date-from-event", inferred));
        }
    }

    /** The sentence opens with the occasion of its acts, an event named or only referred to: E期间, 峰会期间, 会上. */
    private static final Pattern OCCASION = Pattern.compile("^" + S + "(?:\\d{1,2}[.．、]|[一二三四五六七八九十]+、)?" + S
            + "(?:(?:本届|此次|本次|该次|这次|该)?(?:峰会|大会|全会|会议|论坛|年会|会晤)(?:期间|上)|会上|会议期间)");
    /** A clause whose subject is the meeting's participants (与会部长还通过了…, 与会各方一致同意…): they act at the meeting. */
    private static final Pattern PARTICIPANTS_ACT = Pattern.compile("(?:^|[，,；;])" + S + "与会(?:各方|各国|部长们?|代表们?|领导人|国家|成员|嘉宾|专家)?" + S
            + "(?:还|也|并|共同|一致|正式)*" + S);
    private static final Pattern OCCASION_AFTER_EVENT = Pattern.compile("^[”」》]?" + S + "(?:期间|会上|上)");

    /**
     * {@code date-from-event} for acts no relation rule read (设立…计划 is no act of an actor on an organisation): a sentence
     * that opens with its occasion (峰会期间还首次设立…“Y计划”, E期间发布了《Y》) and gives no date of its own dates the texts
     * made in its first clause with the month of the date the document gave that event (which of its days is not said).
     */
    private static void atOccasion(String text, List<Hit> hits, List<DateFinder.Found> dates, Discourse discourse, Set<String> dated,
            List<RelationRules.Rel> out) {
        if (discourse == null || !dates.isEmpty())
            return;
        String event = null;
        int from;
        Matcher bare = OCCASION.matcher(text);
        Matcher among = PARTICIPANTS_ACT.matcher(text);
        Hit first = hits.isEmpty() ? null : hits.get(0);
        if (first != null && first.isEvent() && text.substring(0, first.start()).matches(S + "[“「《]?" + S)
                && OCCASION_AFTER_EVENT.matcher(text.substring(first.end())).find()) {
            event = first.iri();
            from = first.end();
        } else if (bare.find() && (first == null || first.start() >= bare.end())) {
            // the sentence's own events are already in the discourse: the occasion is one named before it
            Hit main = eventNamedBefore(hits, discourse);
            if (main == null)
                return;
            event = main.iri();
            from = bare.end();
        } else if (among.find() && hits.stream().noneMatch(h -> h.isEvent() && h.start() < among.end())) {
            // 本次会议以…为主题，与会部长还通过了《Y》: the meeting's participants act at the meeting last named
            Hit main = eventNamedBefore(hits, discourse);
            if (main == null)
                return;
            event = main.iri();
            from = among.end();
        } else {
            return;
        }
        String date = discourse.dateOf(event);
        if (date == null)
            return;
        if (date.length() == 10)
            date = date.substring(0, 7); // during an event of several days the act's day is not said: its month is
        final String value = date;
        int end = clauseEnd(text, from + 1);
        Matcher v = ACT.matcher(text.substring(from, end));
        if (v.find()) {
            if (NOT_A_FACT.matcher(text.substring(from, from + v.start())).find())
                return;
            int verbEnd = from + v.end();
            for (Hit h : hits)
                if (h.isInstrument() && h.start() >= verbEnd && h.end() <= end && dated.add(h.iri()))
                    out.add(new RelationRules.Rel(h.iri(), "date", value, from + v.start(), verbEnd, 0.6, "date-from-event", true));
        }
        // 全会期间，A、B和C共同举办了首届X峰会: an event held during the occasion took place in its month
        Matcher held = HOLD.matcher(text.substring(from, end));
        if (held.find() && !NOT_A_FACT.matcher(text.substring(from, from + held.start())).find()
                && !ANNOUNCED.matcher(text.substring(from, from + held.start())).find()) // 会上，A与B宣布联合举办E: E is yet to be held
            for (Hit h : hits)
                if (h.isEvent() && !h.iri().equals(event) && h.start() >= from + held.end() && h.end() <= end && dated.add(h.iri()))
                    out.add(new RelationRules.Rel(h.iri(), "date", value, from + held.start(), from + held.end(), 0.6, "date-from-event", true));
    }

    /** An announcement or decision before the verb of holding: the event announced is yet to take place. */
    private static final Pattern ANNOUNCED = Pattern.compile("宣布|决定|商定|同意");

    /** The start of the clause {@code at} lies in: after the last comma or stop before it. */
    private static int clauseStartBefore(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--)
            if ("，,。；;：:".indexOf(text.charAt(i)) >= 0)
                return i + 1;
        return 0;
    }

    /** Right after an event's name: the act takes place during it (在E期间发布了《Y》). */
    private static final Pattern DURING = Pattern.compile("^[”」》]?" + S + "(?:召开|举行)?期间");

    /**
     * {@code date-from-event} inside the clause: a text made during an event named before the verb (领导小组在京都年会期间发布了
     * 《Y》) takes the month of the date the document gave that event (which of its days is not said), when the sentence
     * gives no date of its own.
     */
    private static void duringEvent(String text, List<Hit> hits, List<DateFinder.Found> dates, Discourse discourse, Set<String> dated,
            List<RelationRules.Rel> rels, List<RelationRules.Rel> out) {
        if (discourse == null || !dates.isEmpty())
            return;
        for (Hit e : hits) {
            if (!e.isEvent() || !DURING.matcher(text.substring(e.end())).find())
                continue;
            String date = discourse.dateOf(e.iri());
            if (date == null)
                continue;
            String value = date.length() == 10 ? date.substring(0, 7) : date;
            int from = e.end();
            int end = clauseEnd(text, from);
            Matcher v = ACT.matcher(text.substring(from, end));
            if (!v.find() || NOT_A_FACT.matcher(text.substring(clauseStartBefore(text, e.start()), from + v.start())).find())
                continue;
            int verbEnd = from + v.end();
            for (Hit h : hits)
                if (h.isInstrument() && h.start() >= verbEnd && h.end() <= end && dated.add(h.iri()))
                    out.add(new RelationRules.Rel(h.iri(), "date", value, from + v.start(), verbEnd, 0.6, "date-from-event", true));
        }
    }

    /** The end of the clause that starts at {@code from}: the next comma or stop. */
    private static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++)
            if ("，,。；;：:".indexOf(text.charAt(i)) >= 0)
                return i;
        return text.length();
    }

    /** Whether every clause that starts in [from, to) continues the one before (并…, 还…). */
    private static boolean continuesEach(String text, int from, int to) {
        for (int i = from; i < to; i++)
            if ("，,".indexOf(text.charAt(i)) >= 0 && !CONTINUES.matcher(text.substring(i + 1)).find())
                return false;
        return true;
    }

    private static void respectively(String text, List<Hit> hits, List<DateFinder.Found> dates, List<RelationRules.Rel> rels,
            Set<String> dated, List<RelationRules.Rel> out) {
        Matcher v = ACT.matcher(text);
        while (v.find()) {
            if (!RESPECTIVELY.matcher(text.substring(0, v.start())).find())
                continue;
            List<DateFinder.Found> before = new ArrayList<>();
            for (DateFinder.Found d : dates)
                if (d.end() <= v.start() && !d.inferred())
                    before.add(d);
            List<Hit> objects = coordinatedAfter(text, hits, v.end());
            if (before.size() < 2 || objects.size() != before.size() || NOT_A_FACT.matcher(text.substring(before.get(0).start(), v.start())).find())
                continue;
            boolean ascending = true;
            for (int i = 1; i < before.size(); i++)
                ascending &= before.get(i - 1).value().compareTo(before.get(i).value()) < 0;
            if (!ascending && text.substring(0, v.start()).endsWith("先后"))
                continue; // 先后 is in the order of time
            for (int i = 0; i < objects.size(); i++) {
                Hit o = objects.get(i);
                // the pairing overrides the nearest-date reading of date-of-act (于2011年和2013年分别发布了《A》《B》)
                rels.removeIf(r -> r.subject().equals(o.iri()) && r.predicate().equals("date") && r.rule().equals("date-of-act"));
                dated.remove(o.iri());
                if (dated.add(o.iri())) {
                    DateFinder.Found d = before.get(i);
                    out.add(new RelationRules.Rel(o.iri(), "date", d.value(), d.start(), d.end(), 0.7, "date-respectively", false));
                }
            }
        }
    }

    /** The instruments coordinated right after {@code from} (了《A》和《B》), stopping at the first other word. */
    private static List<Hit> coordinatedAfter(String text, List<Hit> hits, int from) {
        List<Hit> out = new ArrayList<>();
        int prev = from;
        for (Hit h : hits) {
            if (h.start() < from)
                continue;
            String gap = text.substring(prev, h.start());
            if (out.isEmpty() ? !gap.matches("了?" + S + "[《“]?") : !COORDINATION.matcher(gap).matches())
                break;
            if (!h.isInstrument())
                return List.of();
            out.add(h);
            prev = h.end();
        }
        if (prev < text.length() && !out.isEmpty()) {
            String rest = text.substring(prev).replaceFirst("^[》”]", "");
            if (!rest.isEmpty() && !rest.matches("(?s)^" + S + "(?:[，,。；;]|等).*"))
                return List.of(); // 《A》和《B》的附件: the titles only qualify what follows
        }
        return out;
    }

    private static void enumerated(String text, List<Hit> hits, List<DateFinder.Found> dates, Set<String> dated,
            List<RelationRules.Rel> out) {
        if (dates.isEmpty())
            return;
        DateFinder.Found head = dates.get(0);
        if (!DateFinder.headsSentence(text, head.start()) || head.end() >= text.length() || "，,".indexOf(text.charAt(head.end())) < 0)
            return;
        int end = clauseEnd(text, head.end() + 1);
        if (end >= text.length() || "：:".indexOf(text.charAt(end)) < 0)
            return;
        Matcher v = ACT.matcher(text.substring(head.end() + 1, end));
        if (!v.find() || !COUNTED_THEN_COLON.matcher(text.substring(head.end() + 1 + v.end())).find()
                || NOT_A_FACT.matcher(text.substring(head.end() + 1, head.end() + 1 + v.start())).find())
            return;
        int stop = text.length();
        for (int i = end + 1; i < text.length(); i++)
            if ("。；;\n".indexOf(text.charAt(i)) >= 0) {
                stop = i;
                break;
            }
        final int until = stop;
        if (dates.stream().anyMatch(d -> d.start() > end && d.start() < until))
            return; // the list gives dates of its own
        for (Hit h : hits)
            if (h.isInstrument() && h.start() > end && h.end() <= until && dated.add(h.iri()))
                out.add(new RelationRules.Rel(h.iri(), "date", head.value(), head.start(), head.end(), head.inferred() ? 0.6 : 0.7,
                        "date-enumerated", head.inferred()));
    }

    /** A clause with no subject of its own that opens with an act verb (；发布《B》, ，并出台《B》): it continues the act before it. */
    private static final Pattern CONTINUING_ACT = Pattern.compile("^" + S + "(?:并|还|同时|也|又|并且)?" + S + "(?:" + ACT.pattern() + ")" + S + "了?" + S + "[《“]");

    /**
     * {@code date-continued-clause}: a date that dates an act of the sentence (2023年，我国推出《A》，…) also dates the texts
     * made in the clauses that continue that act with no subject of their own (…；发布《B》，…), up to a clause naming a subject,
     * a date of its own, a plan, or the end of the sentence.
     */
    private static void continuedClauses(String text, List<Hit> hits, List<DateFinder.Found> dates, List<RelationRules.Rel> rels,
            Set<String> dated, List<RelationRules.Rel> out) {
        List<RelationRules.Rel> anchors = new ArrayList<>();
        for (RelationRules.Rel r : rels)
            if (r.predicate().equals("date") && r.rule().equals("date-of-act"))
                anchors.add(r);
        for (RelationRules.Rel r : anchors) {
            Hit made = null;
            for (Hit h : hits)
                if (h.iri().equals(r.subject()) && h.start() >= r.end()) {
                    made = h;
                    break;
                }
            if (made == null)
                continue;
            int at = clauseEnd(text, made.end());
            while (at < text.length() && "，,；;".indexOf(text.charAt(at)) >= 0) {
                int next = clauseEnd(text, at + 1);
                String clause = text.substring(at + 1, next);
                final int from = at + 1;
                if (dates.stream().anyMatch(d -> d.start() >= from && d.start() < next) || NOT_A_FACT.matcher(clause).find()
                        || hits.stream().anyMatch(h -> h.isActor() && h.start() >= from && h.start() < next
                                && text.substring(from, h.start()).matches(S + "(?:[并还同时也又]+)?" + S)))
                    break; // a date of its own, a plan, or a subject of its own: no longer the act before
                Matcher v = CONTINUING_ACT.matcher(clause);
                if (v.find())
                    for (Hit h : hits)
                        if (h.isInstrument() && h.start() >= from + v.end() - 1 && h.end() <= next && dated.add(h.iri()))
                            out.add(new RelationRules.Rel(h.iri(), "date", r.object(), r.start(), r.end(), 0.6, "date-continued-clause",
                                    r.inferred()));
                at = next;
            }
        }
    }

    /** A text receiving its approval: 获(得)欧盟理事会通过, 获得御准, 得到议会批准, 经国王签署. */
    private static final Pattern APPROVAL = Pattern.compile("(?:获得|获|得到|经)" + S + "(?:[^，。；;、《》]{0,16}?)(?:批准通过|审议通过|表决通过|通过|批准|核准|御准|签署)");
    /** After the approval: the clause of time of an entry into force (经…批准后施行), not the approval's own date. */
    private static final Pattern THEN_IN_FORCE = Pattern.compile("^" + S + "(?:后|之后|以后)");
    /** What may stand between the text a sentence opens with and the clause of its approval: its other acts, not another text. */
    private static final Pattern TOPIC_LEAD = Pattern.compile("^" + S + "[《“]?" + S + "$");

    /**
     * {@code date-passive-approval}: the text a clause is about receives its approval on a date (该法…，2024年10月10日获欧盟理事会
     * 通过; 《Y》于2023年10月26日获得御准): the date, in the same clause before the approval, dates that text — the text named
     * in the clause, else the one the sentence opens with when no other text stands between. Not a plan, not the clause of
     * time of an entry into force (经…批准后施行).
     */
    private static void passiveApproval(String text, List<Hit> hits, List<DateFinder.Found> dates, List<RelationRules.Rel> rels,
            List<RelationRules.Rel> out) {
        Matcher m = APPROVAL.matcher(text);
        while (m.find()) {
            if (THEN_IN_FORCE.matcher(text.substring(m.end())).lookingAt())
                continue;
            int clauseStart = 0;
            for (int i = m.start() - 1; i >= 0; i--)
                if ("，,；;。：:".indexOf(text.charAt(i)) >= 0) {
                    clauseStart = i + 1;
                    break;
                }
            final int from = clauseStart;
            DateFinder.Found date = null;
            for (DateFinder.Found d : dates)
                if (d.start() >= from && d.end() <= m.start())
                    date = d;
            DateFinder.Found head = DateFinder.headDate(text, dates);
            if (date == null && head != null && DateFinder.clauseAfter(text, head.end()) == from)
                date = head; // 2023年10月26日，《Y》获得御准: the date heading the sentence dates its first clause
            if (date == null || NOT_A_FACT.matcher(text.substring(Math.min(from, date.start()), m.start())).find())
                continue;
            final int dateAt = date == head && date.end() <= from ? m.start() : date.start();
            Hit topic = null;
            for (Hit h : hits)
                if (h.isInstrument() && h.start() >= from && h.end() <= dateAt)
                    topic = h; // the text named in the clause, before its date (or before the approval, after a heading date)
            if (topic == null) {
                Hit first = hits.isEmpty() ? null : hits.get(0);
                if (first == null || !first.isInstrument() || !TOPIC_LEAD.matcher(text.substring(0, first.start())).matches()
                        || hits.stream().anyMatch(h -> h.isInstrument() && h.start() > first.start() && h.start() < m.start()))
                    continue;
                topic = first;
            }
            String subject = topic.iri();
            String value = date.value();
            if (rels.stream().anyMatch(r -> r.predicate().equals("date") && r.subject().equals(subject) && r.object().equals(value))
                    || out.stream().anyMatch(r -> r.predicate().equals("date") && r.subject().equals(subject) && r.object().equals(value)))
                continue;
            out.add(new RelationRules.Rel(subject, "date", value, date.start(), date.end(), date.inferred() ? 0.6 : 0.7,
                    "date-passive-approval", date.inferred()));
        }
    }

    private static void signatureLine(String text, List<Hit> hits, List<DateFinder.Found> dates, Discourse discourse, Set<String> dated,
            List<RelationRules.Rel> out) {
        for (DateFinder.Found d : dates) {
            if (!SIGNATURE_LINE.matcher(text.substring(0, d.start())).find())
                continue;
            // the text the sentence is about: the instrument that opens it (《A》由…签署，落款日期为…)
            Hit subject = null;
            for (Hit h : hits)
                if (h.start() < d.start() && (h.isInstrument() || h.isActor())) {
                    subject = h;
                    break;
                }
            boolean namesNoText = hits.stream().noneMatch(h -> h.isInstrument() && h.start() < d.start());
            if (namesNoText && discourse != null && discourse.lastInstrument() != null
                    && SIGNED_ON.matcher(text.substring(0, d.start())).find()
                    && !text.substring(0, d.start()).matches("(?s).*[。；;].*")) {
                // 《A》已审议通过。主席令第3号由…签署，落款日期为…: the signed order names no text of its own, it promulgates
                // the one the sentences before were about
                String iri = discourse.lastInstrument().iri();
                if (dated.add(iri))
                    out.add(new RelationRules.Rel(iri, "date", d.value(), d.start(), d.end(), d.inferred() ? 0.6 : 0.7,
                            "date-signature-line", d.inferred()));
                continue;
            }
            if (subject == null || !subject.isInstrument() || subject.start() > 1
                    || text.substring(subject.end(), d.start()).matches("(?s).*[。；;].*"))
                continue;
            if (dated.add(subject.iri()))
                out.add(new RelationRules.Rel(subject.iri(), "date", d.value(), d.start(), d.end(), d.inferred() ? 0.6 : 0.75,
                        "date-signature-line", d.inferred()));
        }
    }

    /** The main event the document named before this sentence (the sentence's own events are already in the discourse). */
    private static Hit eventNamedBefore(List<Hit> hits, Discourse discourse) {
        Set<String> namedNow = new HashSet<>();
        for (Hit h : hits)
            namedNow.add(h.iri());
        return discourse.mainEventBefore(namedNow);
    }
}
