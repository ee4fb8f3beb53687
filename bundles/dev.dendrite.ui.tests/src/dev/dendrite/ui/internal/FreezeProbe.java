package dev.dendrite.ui.internal;

import org.eclipse.swt.widgets.Display;

/**
 * The UI thread's longest delay in running a task posted every 20 ms, and the most processor
 * time it spent while one such task waited: its own work queued ahead, apart from the time the
 * scheduler gave the cores to other processes.
 */
final class FreezeProbe {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
            .getThreadMXBean();
    private final Display display;
    private volatile boolean running = true;
    private long longest;
    private long busiest;

    private FreezeProbe(Display display) {
        this.display = display;
    }

    static FreezeProbe start(Display display) {
        FreezeProbe probe = new FreezeProbe(display);
        Thread ui = display.getThread();
        Thread thread = new Thread(() -> {
            while (probe.running) {
                long posted = System.nanoTime();
                long uiCpu = THREADS.getThreadCpuTime(ui.threadId());
                boolean[] done = {false};
                Thread watch = new Thread(() -> {
                    try {
                        Thread.sleep(70);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (!done[0] && Boolean.getBoolean("dendrite.freeze.stacks")) {
                        System.out.println("UI thread busy > 70 ms at: " + java.util.Arrays.stream(ui.getStackTrace()).limit(14)
                                .map(String::valueOf).reduce((a, b) -> a + " <- " + b).orElse(""));
                    }
                });
                watch.setDaemon(true);
                watch.start();
                display.syncExec(() -> {
                    probe.longest = Math.max(probe.longest, (System.nanoTime() - posted) / 1_000_000);
                    probe.busiest = Math.max(probe.busiest, (THREADS.getCurrentThreadCpuTime() - uiCpu) / 1_000_000);
                });
                done[0] = true;
                watch.interrupt();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "freeze probe");
        thread.setDaemon(true);
        thread.start();
        return probe;
    }

    long stop() {
        running = false;
        return longest;
    }

    /** After {@link #stop}: the most UI-thread processor time one probe waited behind, in milliseconds. */
    long busiest() {
        return busiest;
    }
}
