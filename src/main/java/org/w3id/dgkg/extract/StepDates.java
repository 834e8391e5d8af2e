package org.w3id.dgkg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code date-of-step}: the dates of the steps of an instrument's making, told about the instrument as the topic of
 * the clauses (该法由欧盟委员会于2022年9月15日提出，欧洲议会于2024年3月12日投票通过，2024年10月10日获欧盟理事会通过): every
 * clause that gives a step (a cue of kind step in {@code date-step-cues.tsv}) and a date before it dates the topic, one
 * row per step, as the gold's convention has it (CONVENTIONS.md: proposal, vote, adoption, assent, signature,
 * publication and issuing each date the instrument).
 * <p>The slots: the TOPIC is the instrument before the step in its clause (《Y》由…于…提出, 作为附件的《B》也一并通过), a
 * short reference opening the clause (该法, 该法案, 法案以…, 条例草案由…, 即指令…) or filling the step's whole object
 * (通过公约[2]) resolved to the text last named with that head, else the topic of the clause before when the clause names
 * no text of its own (…，欧洲议会于…投票通过); an object the step names (X于D提出《Y》，B于D2通过) becomes the topic of the
 * clauses after it. The DATE is the nearest one before the step in its clause, or a date standing alone as the clause
 * before (2023年8月3日，…). A step with no date of its own repeating the act before it on another text (也/一并通过)
 * takes that act's date. A bill that becomes a named text (…批准，成为《Y》) passes the step's date to that text.
 * <p>Never: a clause with a block cue (negation, entry into force, deadline, negotiation, withdrawal, undoing) or a
 * plan, hope or condition (the before-cues of {@code modality-cues.tsv}); a step in a relative clause (2019年提交的《Y》,
 * the date-before-title rules' case); a step whose object is something else (提出三点建议); a text named in the clause
 * that is not the topic (it ends the topic); a place of publication (在《欧盟官方公报》上公布) as topic.
 */
final class StepDates {
    private StepDates() {}

    static final String RULE = "date-of-step";
    private static final String S = "[ \\u2005\\u2002\\u3000]*";

    private static final Pattern STEP = DateCues.cues("step");
    private static final Pattern BLOCK = Pattern.compile(DateCues.cues("block").pattern() + "|" + modalBefore());
    /** The block cues of the lexicon alone (negation, entry into force, negotiation, withdrawal, undoing), without the modality cues. */
    private static final Pattern OTHER_ACT = DateCues.cues("block");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;]");

    /**
     * Whether another clause with a block cue stands between a date and an act's verb (印度于2019年退出谈判，未签署协定):
     * the date is that other act's, not the act's (ActDates).
     */
    static boolean otherActBetween(String text, int from, int to) {
        if (from >= to)
            return false;
        String between = text.substring(from, to);
        return CLAUSE_BREAK.matcher(between).find() && OTHER_ACT.matcher(between).find();
    }

    private static final Pattern BECOMES = Pattern.compile("^" + S + "(?:并|从而|进而)?" + S + "(?:" + DateCues.cues("becomes").pattern() + ")" + S + "[《“]?");
    private static final Pattern ALSO = Pattern.compile("(?:" + DateCues.cues("also").pattern() + ")[^，,。；;]{0,3}$");

    /** The heads of instruments a short reference is made of. */
    private static final String HEADS = "法案|法令|条例|办法|规定|规则|指令|公约|协定|协议|议定书|宣言|声明|决议|框架|战略|倡议|准则|守则|契约|法|令";
    /** What follows a reference that is the clause's subject: the act's particles, a bracket, a date, a comma. */
    private static final String SUBJECT_NEXT = "[由于已经获以在被随并也亦（(，,\\d同今去正]";
    /** A reference opening the clause: 该法由…, 法案以…, 条例草案由…, 即指令（EU）…; a one-character head needs its determiner. */
    private static final Pattern REFERENCE_OPENING = Pattern.compile("^" + S + "[¹²³⁴⁵⁶⁷⁸⁹⁰\\d]*[.．、]?" + S + "(?:此前|此后|随后|其后|同时|而|并|且|但|最终)?" + S
            + "(?:(即|该|这一|此|上述|本|这部|这项|该项|这份)" + S + ")?(" + HEADS + ")(?:草案)?" + S + "(?=" + SUBJECT_NEXT + ")");
    /** A reference that is the step's whole object: 通过公约[2], 批准该法案, 签署了该协定. */
    private static final Pattern REFERENCE_OBJECT = Pattern.compile("^" + S + "了?" + S + "(?:该|这一|此|上述|本)?" + S + "(" + HEADS
            + ")(?:草案)?" + S + "(?:" + DateCues.cues("version").pattern() + ")?" + S + "(?:\\[\\d+\\]|[\\d¹²³⁴⁵⁶⁷⁸⁹⁰])*" + S + "$");
    /** After a step with no object: the clause ends, the text becomes law, or the place of publication follows. */
    private static final Pattern NO_OBJECT_AFTER = Pattern.compile("^" + S + "了?" + S + "(?:\\[\\d+\\]|[\\d¹²³⁴⁵⁶⁷⁸⁹⁰])*" + S
            + "(?:$|成为|正式成为|使之|并|后(?!生效|施行|实施)|(?:于|在)" + S + "[《“])");
    /** A draft right after a text's name (《Y》草案, 《办法》送审稿): its submission is a step of Y's making; its publication for comment is not. */
    private static final Pattern DRAFT_AFTER = Pattern.compile("^[》”」]?" + S + "(?:的)?" + S + "(?:" + DateCues.cues("draft").pattern() + ")");
    /** A version of the text the clauses are about, as the step's whole object: 最终版本, 第二版. */
    private static final String VERSION = DateCues.cues("version").pattern();
    /** The step's whole object is a version of the topic: 正式发布最终版本, 发布其第二版. */
    private static final Pattern VERSION_OBJECT = Pattern.compile("^" + S + "了?" + S + "(?:其|该)?" + S + VERSION + S + "(?:\\[\\d+\\]|[\\d¹²³⁴⁵⁶⁷⁸⁹⁰])*" + S + "$");

    /** A step in a relative clause (2019年提交的《Y》): the text after it is qualified, the date-before-title rules read it. */
    private static final Pattern RELATIVE_AFTER = Pattern.compile("^" + S + "(?:了|过)?" + S + "的");

    /** The plan, hope, negation and condition cues that stand before a verb (modality-cues.tsv, position before). */
    private static String modalBefore() {
        List<String> out = new ArrayList<>();
        for (Map<String, String> r : LexiconTable.load(Path.of("no-ontology-folder"), "modality-cues").rows())
            if ("before".equals(r.get("position")) && !r.get("cue").endsWith("$"))
                out.add(r.get("cue"));
        return String.join("|", out);
    }

    /** One clause of the sentence: [start, end). */
    private record Part(int start, int end) {}

    /** Adds to {@code out} the step dates of the sentence, none already among {@code rels} or {@code out}. */
    static void add(String text, List<Hit> hits, List<DateFinder.Found> dates, Discourse discourse, List<RelationRules.Rel> rels,
            List<RelationRules.Rel> out) {
        if (dates.isEmpty() && !ALSO_ANYWHERE.matcher(text).find())
            return;
        List<Part> parts = parts(text);
        Hit topic = null;
        DateFinder.Found carried = null;
        for (Part p : parts) {
            String masked = masked(text, hits, p);
            DateFinder.Found alone = dateAlone(text, dates, p);
            if (alone != null) {
                carried = alone; // 2023年8月3日，…: the date stands for the clause after it
                continue;
            }
            Matcher step = firstStep(masked);
            List<Hit> named = texts(text, hits, p);
            boolean draft = false;
            for (Hit h : named)
                if (DRAFT_AFTER.matcher(text.substring(h.end())).lookingAt())
                    draft = true; // 提交《Y》草案: the draft's submission is a step of Y's making
            // a draft published for comment (《办法》征求意见稿于…向社会公开征求意见, 发布《Y》征求意见稿) is no step: its
            // 征求意见 stays a block (CONVENTIONS.md; news-check5 NN03-002)
            String unblocked = masked;
            int cue = step == null ? p.end() : p.start() + step.start();
            int cueEnd = step == null ? p.end() : p.start() + step.end();
            Hit before = null;
            Hit after = null;
            for (Hit h : named)
                if (h.end() <= cue)
                    before = h;
                else if (after == null && h.start() >= cueEnd)
                    after = h;
            Hit here = before;
            if (here == null) {
                Matcher ref = REFERENCE_OPENING.matcher(text.substring(p.start(), cue));
                if (ref.find())
                    here = resolve(text, hits, discourse, ref.group(2), ref.group(1) != null, p.start());
            }
            if (here == null && step != null) {
                Matcher ref = REFERENCE_OBJECT.matcher(text.substring(cueEnd, p.end()));
                if (ref.find())
                    here = resolve(text, hits, discourse, ref.group(1), true, p.start());
            }
            if (here == null && named.isEmpty())
                here = topic; // a clause naming no text of its own goes on about the topic
            DateFinder.Found date = step == null ? null : dateBefore(text, hits, dates, p.start(), cue);
            if (date == null && carried != null)
                date = carried;
            carried = null;
            if (step == null) {
                topic = here != null ? here : named.isEmpty() ? topic : null; // 即指令（EU）2022/2555，于…公布: the reference opens the run
                continue;
            }
            String rest = RECIPIENT.matcher(text.substring(recipientEnd(hits, cueEnd), p.end())).replaceFirst("");
            if (RELATIVE_AFTER.matcher(rest).lookingAt()) {
                topic = null;
                continue;
            }
            if (after != null) {
                // X于D提出《Y》: date-of-act dates Y; Y is what the clauses after it go on about. Only a text named as the
                // alias of the step's described object (发布…临时最终规则（即“10·7规则”）) is dated here: the act rules take the
                // description, not the alias, as the object
                topic = before == null ? after : null;
                boolean alias = ALIAS_BEFORE.matcher(text.substring(Math.max(p.start(), after.start() - 6), after.start())).find();
                boolean draftOf = DRAFT_AFTER.matcher(text.substring(after.end())).lookingAt()
                        && text.substring(cueEnd, after.start()).matches(S + "了?" + S + "[《“「]?" + S);
                if (draftOf && FOR_COMMENT.matcher(text.substring(p.end(), sentenceEnd(text, p.end()))).find())
                    continue; // 去年7月公布了《Y》草案，向社会征求意见: a draft published for comment is no step of Y (CONVENTIONS.md)
                if (date != null && before == null && (alias || draftOf) && !BLOCK.matcher(unblocked).find()
                        && !RELATIVE_AFTER.matcher(text.substring(cueEnd, p.end())).lookingAt())
                    emit(after.iri(), date.value(), date.start(), date.end(), date.inferred(), rels, out);
                continue;
            }
            topic = here;
            if (here == null || !NO_OBJECT_AFTER.matcher(rest).lookingAt() && !REFERENCE_OBJECT.matcher(rest).lookingAt()
                    && !VERSION_OBJECT.matcher(rest).lookingAt() && !draft)
                continue;
            int from = date == null || date.start() < p.start() ? p.start() : date.start();
            if (BLOCK.matcher(unblocked).find() || !draft && blockedBetween(text, hits, from, cue))
                continue;
            String value;
            int evStart;
            int evEnd;
            boolean inferred;
            if (date != null) {
                value = date.value();
                evStart = date.start();
                evEnd = date.end();
                inferred = date.inferred();
            } else if (ALSO.matcher(text.substring(p.start(), cue)).find()) {
                RelationRules.Rel prior = priorActDate(rels, out, here.iri(), p.start());
                if (prior == null)
                    continue;
                value = prior.object();
                evStart = cue;
                evEnd = cueEnd;
                inferred = true;
            } else {
                continue;
            }
            Hit becomes = becomes(text, hits, cueEnd, parts, p);
            Hit dated = becomes != null ? becomes : here;
            emit(dated.iri(), value, evStart, evEnd, inferred, rels, out);
        }
    }

    /** A call for comment (征求意见: date-step-cues.tsv kind for-comment), in a later clause of the sentence. */
    private static final Pattern FOR_COMMENT = DateCues.cues("for-comment");

    /** Where the sentence around {@code from} ends (。；! ?), or the text's end. */
    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++)
            if ("。；;！？!?".indexOf(text.charAt(i)) >= 0)
                return i;
        return text.length();
    }

    /** The alias of a described object: （即“10·7规则”）, 即《Y》. */
    private static final Pattern ALIAS_BEFORE = Pattern.compile("[（(]?(?:即|以下简称|以下称|下称|简称)" + S + "[“《「]?" + S + "$");

    /** A body the text is submitted to, unnamed by the recogniser (提交议会, 提交立法会审议, 递交国会). */
    private static final Pattern RECIPIENT = Pattern.compile("^" + S + "(?:给|至|到)?" + S + "(?:[\\u4e00-\\u9fff]{0,6}(?:议会|国会|立法会|大会|议院|人民院|委员会))?"
            + S + "(?:(?:初次|首次|再次|第[一二三四五六七八九十]次|[一二三]读)?(?:审议|表决|审批))?(?=" + S + "$)");

    /** Past an actor or a sitting right after the step, its recipient (提交立法会, 提交人民院, 提请…第二十二次会议初次审议). */
    private static int recipientEnd(List<Hit> hits, int cueEnd) {
        for (Hit h : hits)
            if ((h.isActor() || h.isEvent()) && h.start() == cueEnd)
                return h.end();
        return cueEnd;
    }

    private static final Pattern ALSO_ANYWHERE = Pattern.compile("一并|一同");

    private static void emit(String iri, String value, int start, int end, boolean inferred, List<RelationRules.Rel> rels,
            List<RelationRules.Rel> out) {
        for (List<RelationRules.Rel> l : List.of(rels, out))
            for (RelationRules.Rel r : l)
                if (r.predicate().equals("date") && r.subject().equals(iri) && (r.object().equals(value) || r.start() == start && !inferred))
                    return; // already dated by this date (the act rules read the same step)
        out.add(new RelationRules.Rel(iri, "date", value, start, end, inferred ? 0.6 : 0.7, RULE, inferred));
    }

    /** The text a bill became, named right after the step (…批准，成为《Y》; 批准后成为《Y》). */
    private static Hit becomes(String text, List<Hit> hits, int cueEnd, List<Part> parts, Part p) {
        int from = cueEnd;
        int i = parts.indexOf(p);
        String rest = text.substring(cueEnd, p.end());
        if (!BECOMES.matcher(rest).lookingAt() && !rest.isBlank())
            return null;
        if (rest.isBlank()) {
            if (i + 1 >= parts.size() || !"，,".contains(String.valueOf(text.charAt(p.end()))))
                return null;
            from = parts.get(i + 1).start();
        }
        Matcher m = BECOMES.matcher(text.substring(from));
        if (!m.lookingAt())
            return null;
        int at = from + m.end();
        for (Hit h : hits)
            if (h.isInstrument() && (h.start() == at || h.start() == at - 1 || h.start() == at + 1))
                return h;
        return null;
    }

    /** The date of the last act dated before {@code before} in the sentence, on another text (…通过了《A》，《B》也一并通过). */
    private static RelationRules.Rel priorActDate(List<RelationRules.Rel> rels, List<RelationRules.Rel> out, String iri, int before) {
        RelationRules.Rel best = null;
        for (List<RelationRules.Rel> l : List.of(rels, out))
            for (RelationRules.Rel r : l)
                if (r.predicate().equals("date") && !r.subject().equals(iri) && r.start() < before
                        && (r.rule().equals("date-of-act") || r.rule().equals(RULE)) && (best == null || r.start() > best.start()))
                    best = r;
        return best;
    }

    /** A block between the date and the step, outside names (印度于2019年退出谈判，未签署协定). */
    private static boolean blockedBetween(String text, List<Hit> hits, int from, int to) {
        if (from >= to)
            return false;
        return BLOCK.matcher(masked(text, hits, new Part(from, to))).find();
    }

    /** The first step cue of the clause that is not inside a name. */
    private static Matcher firstStep(String masked) {
        Matcher m = STEP.matcher(masked);
        return m.find() ? m : null;
    }

    /** The instruments the clause names, less a place of publication (在《欧盟官方公报》上公布, 刊登于《…》). */
    private static List<Hit> texts(String text, List<Hit> hits, Part p) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : hits)
            if (h.isInstrument() && h.start() >= p.start() && h.end() <= p.end() && !venue(text, h))
                out.add(h);
        return out;
    }

    private static final Pattern VENUE_BEFORE = Pattern.compile("(?:在|于)" + S + "[《“]?" + S + "$");
    private static final Pattern VENUE_AFTER = Pattern.compile("^[》”]?" + S + "(?:上|中)");

    /** Whether {@code h} is named as the place a text is published in (在《欧盟官方公报》上公布, 刊登于《…》), not as a text acted on. */
    static boolean venue(String text, Hit h) {
        String before = text.substring(Math.max(0, h.start() - 3), h.start());
        String after = text.substring(h.end(), Math.min(text.length(), h.end() + 3));
        return VENUE_BEFORE.matcher(before).find() && (VENUE_AFTER.matcher(after).find()
                || STEP.matcher(text.substring(Math.max(0, h.start() - 6), h.start())).find());
    }

    /** The instrument a reference with {@code head} means: one named before it in the sentence, else the last one named before. */
    private static Hit resolve(String text, List<Hit> hits, Discourse discourse, String head, boolean determined, int at) {
        if (!determined && head.length() == 1)
            return null; // a bare 法 or 令 is no reference
        Hit here = null;
        for (Hit h : hits)
            if (h.isInstrument() && h.end() <= at && endsWithHead(text.substring(h.start(), h.end()), head))
                here = h;
        if (here != null)
            return here;
        if (discourse == null)
            return null;
        Hit last = discourse.lastInstrumentEndingWith(head);
        if (head.equals("法")) {
            Hit bill = discourse.lastInstrumentEndingWith("法案"); // 该法 may mean the bill last named
            if (last == null || bill != null && discourse.lastInstrument() != null && discourse.lastInstrument().iri().equals(bill.iri()))
                last = bill;
        }
        if (last == null)
            return null;
        for (Hit h : hits)
            if (h.iri().equals(last.iri()) && h.start() >= at)
                return null; // the text named later in this sentence, not before it: no antecedent
        return last;
    }

    private static boolean endsWithHead(String name, String head) {
        return name.endsWith(head) || head.equals("法") && name.endsWith("法案");
    }

    /** The nearest date before the step in its clause, not inside a name. */
    private static DateFinder.Found dateBefore(String text, List<Hit> hits, List<DateFinder.Found> dates, int from, int to) {
        DateFinder.Found best = null;
        for (DateFinder.Found d : dates)
            if (d.start() >= from && d.end() <= to && !RelationRules.insideHit(hits, d.start()))
                best = d;
        return best;
    }

    /** The date that is all its clause (2023年8月3日，…; 当地时间21日，…), or null. */
    private static DateFinder.Found dateAlone(String text, List<DateFinder.Found> dates, Part p) {
        for (DateFinder.Found d : dates)
            if (d.start() >= p.start() && d.end() <= p.end()
                    && (text.substring(p.start(), d.start()) + text.substring(d.end(), p.end())).matches(S + "(?:当地时间)?" + S))
                return d;
        return null;
    }

    /** The clause's text with the names blanked (a title may hold 实施 or 通过). */
    private static String masked(String text, List<Hit> hits, Part p) {
        StringBuilder b = new StringBuilder(text.substring(p.start(), p.end()));
        for (Hit h : hits)
            for (int i = Math.max(h.start(), p.start()); i < Math.min(h.end(), p.end()); i++)
                b.setCharAt(i - p.start(), '　');
        return b.toString();
    }

    private static List<Part> parts(String text) {
        List<Part> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++)
            if ("，,；;。！？!?：:".indexOf(text.charAt(i)) >= 0) {
                out.add(new Part(start, i));
                start = i + 1;
            }
        if (start < text.length())
            out.add(new Part(start, text.length()));
        return out;
    }
}
