package org.w3id.dgkg.extract;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The edges of a list found on the words of the sentence's segmentation, not on its characters: an item's words are
 * kept whole (数据再利用 keeps 数据再 though 再 is an adverb, since a separator opens the item), and a verb or function
 * word before the first item is no part of it (拟放宽自动化决策和… starts at 自动化决策).
 */
final class ListEdges {
    private ListEdges() {}

    /** The separators between the items of a list, as words of the segmentation. */
    static final Set<String> SEPARATORS = Set.of("、", "和", "及", "以及", "与");

    /**
     * Whether, going left from term {@code j} (exclusive), a separator, or a word that opens the list ({@code opens}: 围绕,
     * 涵盖), comes before any word that {@code hard} says no item holds: then term {@code j} lies inside the list, not before
     * it. Unless {@code mayOpenItem}, a word in between is needed after a separator: a verb right after one opens its own
     * clause (A和推动B), while a numeral there opens an item (A、2030年目标).
     */
    static boolean insideItem(List<Term> terms, int j, Predicate<Term> hard, Predicate<Term> opens, boolean mayOpenItem) {
        for (int k = j - 1; k >= 0; k--) {
            Term t = terms.get(k);
            if (opens.test(t))
                return true; // 用于算力基础设施…: what follows the word opening the list is its first item, a verb of it too
            if (SEPARATORS.contains(t.word))
                return mayOpenItem || k < j - 1;
            if (hard.test(t))
                return false;
        }
        return false;
    }
}
