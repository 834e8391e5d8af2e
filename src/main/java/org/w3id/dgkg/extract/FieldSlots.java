package org.w3id.dgkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an issue stands in a qualifier slot of a clause, naming the field that what the clause states is about,
 * rather than in the object slot of its verb (which {@link AccordingFrames#inSlot} reads):
 * <ul>
 * <li>its list closed by a word of field (topic-clause-cues.tsv field-close): 加强数字经济领域合作, A和B等方面的规则;</li>
 * <li>opened by a preposition of frame (field-open: 就, 围绕, 针对, 对) with a verb right after its list (segmentation and
 * POS): 就网络安全开展合作, 对数据跨境流动作出规定;</li>
 * <li>opened by a locative preposition (field-locative: 在) and closed by a word of field or a locative head
 * (field-place: 中, 上): 在人工智能全球治理中发挥作用.</li>
 * </ul>
 * Not an issue followed by a word of field and 的 with no preposition before it (A等三个领域的企业: the list qualifies a
 * noun), nor a list that goes on into other words (在数字经济时代: a time, no field).
 */
final class FieldSlots {
    private FieldSlots() {}

    private static final CueWords.Table CUES = CueWords.table("topic-clause-cues.tsv", "FieldSlots");

    /** Further items of the list, up to where it closes: 、B和C等. */
    private static final String MORE_ITEMS = "(?:(?:、|和|与|及|以及)[\\u4e00-\\u9fff]{2,14}?)*?等?";
    /** Items of the list before the issue, back to the preposition: 就A、B和. */
    private static final Pattern ITEMS_BEFORE = Pattern.compile("(?:[\\u4e00-\\u9fff]{2,14}?(?:、|和|与|及|以及))+");

    private static Pattern fieldClose() {
        return CUES.pattern("field-close", () -> "^" + MORE_ITEMS + CUES.any("field-close"));
    }

    private static Pattern placeClose() {
        return CUES.pattern("field-place-close", () -> "^" + MORE_ITEMS + "(?:" + CUES.any("field-close") + "|" + CUES.any("field-place") + ")");
    }

    /** Whether issue {@code h} of the sub-clause that starts at {@code sub} names the field of what the sub-clause states. */
    static boolean inField(String text, Hit h, int sub) {
        String before = text.substring(sub, h.start());
        String after = text.substring(h.end());
        Matcher field = fieldClose().matcher(after);
        // every split of the words before into a lead and list items (就A、B和C: the lead is 就, not 就A)
        for (int k = before.length(); k >= 0; k--) {
            if (k < before.length() && !ITEMS_BEFORE.matcher(before.substring(k)).matches())
                continue;
            String lead = before.substring(0, k);
            if (opens(text, sub + k, lead, "field-locative"))
                return placeClose().matcher(after).lookingAt();
            if (opens(text, sub + k, lead, "field-open"))
                return verbAt(text, h.end() + (field.lookingAt() ? field.end() : listEnd(after)));
        }
        return field.lookingAt() && !after.startsWith("的", field.end());
    }

    /** Whether the lead ends with a preposition of {@code kind} that is a word of its own (在, not the end of 存在 or 现在). */
    private static boolean opens(String text, int at, String lead, String kind) {
        for (String w : CUES.set(kind))
            if (lead.endsWith(w) && wordAt(text, at - w.length(), w))
                return true;
        return false;
    }

    private static boolean wordAt(String text, int at, String word) {
        for (var t : Segmenter.terms(text)) {
            if (t.offset == at)
                return t.word.equals(word);
            if (t.offset > at)
                return false;
        }
        return false;
    }

    private static final Pattern LIST_END = Pattern.compile("^(?:(?:、|和|与|及|以及)[\\u4e00-\\u9fff]{2,14}?)*等");

    /** Where the list ends when 等 closes it (就A、B等开展合作); else right after the issue. */
    private static int listEnd(String after) {
        Matcher m = LIST_END.matcher(after);
        return m.lookingAt() ? m.end() : 0;
    }

    /** Whether the word of the sentence at {@code at} is a verb (开展, 作出, 提出). */
    private static boolean verbAt(String text, int at) {
        for (var t : Segmenter.terms(text)) {
            if (t.offset == at)
                return Segmenter.nature(t).startsWith("v");
            if (t.offset > at)
                return false;
        }
        return false;
    }
}
