package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The stage timer sums CPU and wall time per stage, over calls and threads, and shows a stage's children under it. */
@Isolated
class StageTimerTest {

    private static StageTimer.Stage stage(String name) {
        return StageTimer.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static long spin(long nanos) {
        long end = System.nanoTime() + nanos;
        long x = 0;
        while (System.nanoTime() < end)
            x += x * 31 + 7;
        return x;
    }

    @Test
    void sleepingCostsWallTimeButNoCpuWorkCostsBoth() throws Exception {
        StageTimer.reset();
        try (StageTimer.Lap lap = StageTimer.startAlways("test/sleep")) {
            Thread.sleep(60);
        }
        try (StageTimer.Lap lap = StageTimer.startAlways("test/work")) {
            spin(60_000_000L);
        }
        StageTimer.Stage sleep = stage("test/sleep");
        StageTimer.Stage work = stage("test/work");
        assertTrue(sleep.wallNanos() >= 55_000_000L, "wall of a 60 ms sleep: " + sleep.wallNanos());
        assertTrue(sleep.cpuNanos() < 30_000_000L, "CPU of a 60 ms sleep: " + sleep.cpuNanos());
        assertTrue(work.cpuNanos() > 5_000_000L, "CPU of 60 ms of work: " + work.cpuNanos());
        assertTrue(work.cpuNanos() <= work.wallNanos() + 2_000_000L, "a thread's CPU time never exceeds its wall time");
        assertEquals(1, sleep.calls());
    }

    @Test
    void callsOnSeveralThreadsAddUp() throws Exception {
        StageTimer.reset();
        int threads = 4;
        int calls = 500;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < calls; i++)
                    try (StageTimer.Lap lap = StageTimer.startAlways("shared")) {
                        spin(10_000L);
                    }
            });
            th.start();
            started.add(th);
        }
        go.countDown();
        for (Thread th : started)
            th.join();
        StageTimer.Stage shared = stage("shared");
        assertEquals((long) threads * calls, shared.calls());
        assertTrue(shared.wallNanos() >= (long) threads * calls * 10_000L, "every call's wall time is counted: " + shared.wallNanos());
    }

    @Test
    void theTableListsChildrenUnderTheirStage() {
        StageTimer.reset();
        for (String name : List.of("reading", "discovery/NameFinder/events", "discovery", "discovery-x", "discovery/NameFinder"))
            StageTimer.startAlways(name).close();
        List<String> names = StageTimer.stages().stream().map(StageTimer.Stage::name).toList();
        assertEquals(List.of("discovery", "discovery/NameFinder", "discovery/NameFinder/events", "discovery-x", "reading"), names);
        String table = StageTimer.table(StageTimer.stages());
        assertTrue(table.contains("\n  NameFinder "), table);
        assertTrue(table.contains("\n    events "), table);
        assertTrue(table.startsWith("stage"), table);
        StageTimer.reset();
        assertTrue(StageTimer.stages().isEmpty());
    }

    @Test
    void offByDefaultALapDoesNothing() {
        if (StageTimer.ENABLED)
            return; // the run asked for timings
        StageTimer.reset();
        StageTimer.start("not timed").close();
        assertTrue(StageTimer.stages().isEmpty());
    }
}
