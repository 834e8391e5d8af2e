package org.w3id.dgkg.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how far a multi-step job is: a progress bar when stderr is a terminal, one log line per
 * step otherwise (CI logs, pipes).
 */
final class Progress implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("dgkg");
    private final ProgressBar bar;
    private final int total;
    private int done;
    private final long t0 = System.nanoTime();

    Progress(String task, int steps) {
        this.total = steps;
        this.bar = System.console() != null && System.getenv("CI") == null
                ? new ProgressBarBuilder().setTaskName(task).setInitialMax(steps).setStyle(ProgressBarStyle.ASCII)
                        .continuousUpdate().setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()
                : null;
    }

    void step(String what) {
        done++;
        if (bar != null) {
            bar.setExtraMessage(what);
            bar.stepTo(done - 1);
        } else {
            LOG.info("[{}/{}] {} ({} ms so far)", done, total, what, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.stepTo(total);
            bar.close();
        }
    }
}
