package org.w3id.dgkg.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CPU and wall time of the extraction's named stages, summed over documents and threads: where an extraction's time goes,
 * measured by the stages themselves rather than guessed from a sampling profile. A stage is timed by
 * {@code try (StageTimer.Lap l = StageTimer.start("discovery/NameFinder")) { … }}; a name's slashes nest it under the
 * stage that calls it (the table shows both, so a parent's time includes its children's). CPU time is the timing
 * thread's own ({@link ThreadMXBean#getCurrentThreadCpuTime()}), so two threads that run the same stage add up; wall time
 * adds up the same way, and wall well above CPU means the stage waited (for a lock, for the disk, for a core the machine
 * gave another process).
 * <p>
 * Off unless asked for: with {@code -Ddgkg.stageTimes=true}, or when this class's logger is at debug level (a command's
 * {@code --verbose}), {@link Extractor} prints the table after each extraction. Off, {@link #start} returns one shared lap
 * that does nothing, so the stages cost nothing measurable.
 */
public final class StageTimer {
    private static final Logger LOG = LoggerFactory.getLogger(StageTimer.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Whether the extraction's stages are timed (decided once, when the first stage runs). */
    static final boolean ENABLED = Boolean.getBoolean("dgkg.stageTimes") || LOG.isDebugEnabled();

    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

    /** One stage's sums. */
    static final class Totals {
        final LongAdder cpuNanos = new LongAdder();
        final LongAdder wallNanos = new LongAdder();
        final LongAdder calls = new LongAdder();
    }

    /** One stage's figures at a moment: CPU and wall time summed over its calls, in nanoseconds. */
    public record Stage(String name, long cpuNanos, long wallNanos, long calls) {}

    private static final Map<String, Totals> TOTALS = new ConcurrentHashMap<>();

    /** A timed run of one stage, ended by {@link #close()}. */
    public static final class Lap implements AutoCloseable {
        private final Totals totals;
        private final long cpu0;
        private final long wall0;

        private Lap(Totals totals, long cpu0, long wall0) {
            this.totals = totals;
            this.cpu0 = cpu0;
            this.wall0 = wall0;
        }

        @Override
        public void close() {
            if (totals == null)
                return;
            long wall = System.nanoTime() - wall0;
            long cpu = CPU ? THREADS.getCurrentThreadCpuTime() - cpu0 : 0;
            totals.cpuNanos.add(cpu);
            totals.wallNanos.add(wall);
            totals.calls.increment();
        }
    }

    private static final Lap OFF = new Lap(null, 0, 0);

    private StageTimer() {}

    /** Starts timing {@code stage} on this thread, when timing is on; close the lap on the same thread. */
    public static Lap start(String stage) {
        return ENABLED ? startAlways(stage) : OFF;
    }

    /** Starts timing {@code stage} whether or not timing is on (for tests). */
    static Lap startAlways(String stage) {
        Totals t = TOTALS.computeIfAbsent(stage, k -> new Totals());
        return new Lap(t, CPU ? THREADS.getCurrentThreadCpuTime() : 0, System.nanoTime());
    }

    /** Forgets every stage's sums (an extraction starts from zero). */
    static void reset() {
        TOTALS.clear();
    }

    /** Every stage timed since the last {@link #reset()}, by name. */
    static List<Stage> stages() {
        List<Stage> out = new ArrayList<>();
        Map<String, Totals> byPath = new TreeMap<>(java.util.Comparator.comparing((String n) -> n.replace('/', '\u0000')));
        byPath.putAll(TOTALS);
        for (Map.Entry<String, Totals> e : byPath.entrySet())
            out.add(new Stage(e.getKey(), e.getValue().cpuNanos.sum(), e.getValue().wallNanos.sum(), e.getValue().calls.sum()));
        return out;
    }

    /** The stages as a text table: name (indented by its depth), CPU ms, wall ms, calls; by name, so a stage's children follow it. */
    static String table(List<Stage> stages) {
        StringBuilder b = new StringBuilder(String.format("%-52s %10s %10s %10s%n", "stage", "cpu ms", "wall ms", "calls"));
        for (Stage s : stages) {
            int depth = (int) s.name().chars().filter(c -> c == '/').count();
            String shown = "  ".repeat(depth) + s.name().substring(s.name().lastIndexOf('/') + 1);
            b.append(String.format("%-52s %10.1f %10.1f %10d%n", shown, s.cpuNanos() / 1e6, s.wallNanos() / 1e6, s.calls()));
        }
        return b.toString();
    }

    /** Prints the table of every stage timed since the last reset, when timing is on. */
    static void report() {
        if (!ENABLED)
            return;
        String t = table(stages());
        if (Boolean.getBoolean("dgkg.stageTimes"))
            System.err.print("extraction stages (CPU and wall summed over documents and threads):\n" + t);
        else
            LOG.debug("extraction stages (CPU and wall summed over documents and threads):\n{}", t);
    }
}
