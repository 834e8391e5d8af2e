package org.w3id.dgkg.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Ends the test run with one line naming what was skipped and why (tests whose tool is missing
 * abort with an assumption; disabled tests), so that a green build says what it did not test.
 * Registered through {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SkippedSummary implements TestExecutionListener {
    /** Reason to the tests (class, or class#method) skipped for it, in the order met. */
    private final Map<String, List<String>> skipped = new LinkedHashMap<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        add(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED)
            add(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }

    private synchronized void add(TestIdentifier test, String reason) {
        String name = test.getSource().map(s -> s instanceof MethodSource m ? simple(m.getClassName()) + "#" + m.getMethodName()
                : s instanceof ClassSource c ? simple(c.getClassName()) : test.getDisplayName()).orElse(test.getDisplayName());
        String why = reason == null ? "no reason given" : reason.replaceFirst("^Assumption failed: ", "").replaceAll("\\s+", " ").strip();
        skipped.computeIfAbsent(why, k -> new ArrayList<>()).add(name);
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        System.out.println(line(skipped));
    }

    /** The summary: "SKIPPED: nothing" or "SKIPPED n: A, B (why); C (why)". */
    static String line(Map<String, List<String>> skipped) {
        if (skipped.isEmpty())
            return "SKIPPED: nothing (every test ran)";
        StringBuilder b = new StringBuilder("SKIPPED ");
        b.append(skipped.values().stream().mapToInt(List::size).sum()).append(": ");
        List<String> parts = new ArrayList<>();
        skipped.forEach((why, tests) -> parts.add(String.join(", ", tests.size() > 4 ? List.of(tests.get(0), tests.get(1), "… " + tests.size() + " tests") : tests)
                + " (" + why + ")"));
        return b.append(String.join("; ", parts)).toString();
    }
}
