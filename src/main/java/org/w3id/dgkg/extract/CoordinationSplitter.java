package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the one-character state abbreviations of coordinated groups: 中美欧, 美、英、澳、加、日,
 * 中美元首 (China and the US; no 美元). A run counts only when it has at least two members, so a
 * lone 美 in 美元 or 加 in 加强 is never read as a state.
 */
final class CoordinationSplitter {
    private CoordinationSplitter() {}

    record Member(String entityIri, int start, int end) {}

    /** Characters after a run that show it is a group of states, not the start of a word. */
    private static final String NOT_AFTER = "洲部东央心小型级文式语门";

    static List<Member> find(String text, Map<String, Set<String>> abbreviations, boolean[] covered) {
        List<Member> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            List<Member> run = new ArrayList<>();
            int j = i;
            while (j < text.length() && !covered[j]) {
                String c = String.valueOf(text.charAt(j));
                Set<String> iris = abbreviations.get(c);
                if (iris == null || iris.size() != 1)
                    break;
                run.add(new Member(iris.iterator().next(), j, j + 1));
                j++;
                if (j < text.length() && text.charAt(j) == '、' && j + 1 < text.length()
                        && abbreviations.containsKey(String.valueOf(text.charAt(j + 1))))
                    j++;
            }
            boolean enumerated = j > i && text.substring(i, j).contains("、");
            boolean okAfter = j >= text.length() || NOT_AFTER.indexOf(text.charAt(j)) < 0;
            boolean okBefore = i == 0 || !Character.isDigit(text.charAt(i - 1)) && "今前昨次当".indexOf(text.charAt(i - 1)) < 0;
            if (run.size() >= 2 && okBefore && (okAfter || enumerated))
                out.addAll(run);
            i = Math.max(j, i + 1);
        }
        return out;
    }
}
