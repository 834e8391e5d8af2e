package org.w3id.dgkg.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a date statement overlapping a negative row counts as a trap hit (Evaluator.yearOutside). */
class DateTrapTest {
    private static final String NEG = "《海洋数据保护 2022-2023年合作计划》";

    @Test
    void aRowLabelOutsideTheTitleGivesTheYear() {
        assertTrue(Evaluator.yearOutside("2022年《海洋数据保护 2022-2023年合作计划》《渔业纲要》", NEG, "2022"));
    }

    @Test
    void aYearWrittenOnlyInsideTheTitleIsATrap() {
        assertFalse(Evaluator.yearOutside("2022年《海洋数据保护 2022-2023年合作计划》《渔业纲要》", NEG, "2023"));
    }

    @Test
    void aNegativeNotInTheSentenceKeepsTheStrictReading() {
        assertFalse(Evaluator.yearOutside("2023年，各方通过了《渔业纲要》", "《别的计划》2023年", "2023"));
    }

    @Test
    void aFootnoteMarkTheReaderDroppedStillFindsTheNegative() {
        // the sentence as read has lost the glued footnote 3; the year 2024 is written outside the negative (the vote's day)
        String read = "该法由欧盟委员会提出，欧洲议会于2024年3月12日投票通过，2024年10月10日获欧盟理事会通过，旨在…";
        assertTrue(Evaluator.yearOutside(read, "2024年10月10日获欧盟理事会通过3", "2024"));
        assertFalse(Evaluator.yearOutside(read, "2024年10月10日获欧盟理事会通过3", "2022"));
    }

    @Test
    void digitsOfALongerNumberAreNoYear() {
        assertFalse(Evaluator.yearOutside("编号120225，《海洋数据保护 2022-2023年合作计划》", NEG, "2022"));
    }
}
