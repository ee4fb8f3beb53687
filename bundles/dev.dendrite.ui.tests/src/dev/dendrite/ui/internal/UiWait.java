package dev.dendrite.ui.internal;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Runs the SWT event loop from a test on the UI thread until a condition holds. */
final class UiWait {

    private UiWait() {
    }

    /** Whether {@link #until} records the length of each turn of the event loop, and the longest in nanoseconds. */
    private static boolean recording;
    private static long longestTurn;
    private static long busiestTurn;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * Starts recording the longest single turn of the event loop that {@link #until} runs: one
     * {@code readAndDispatch}, which handles one event or runs one posted runnable. That is how
     * long a user's input could wait behind the UI thread's work (the platform's freeze monitor
     * measures the same), where a probe posted with syncExec also waits behind runnables queued
     * before it.
     */
    static void recordTurns() {
        longestTurn = 0;
        busiestTurn = 0;
        recording = true;
    }

    /** Stops recording; the longest turn since {@link #recordTurns}, in milliseconds. */
    static long longestTurn() {
        recording = false;
        return longestTurn / 1_000_000;
    }

    /**
     * The most processor time the UI thread spent in one turn since {@link #recordTurns}, in
     * milliseconds: its own work, where {@link #longestTurn} also counts the time the scheduler
     * gave the cores to other processes (a trainer's JVM starting on two cores).
     */
    static long busiestTurn() {
        recording = false;
        return busiestTurn / 1_000_000;
    }

    /** @return whether the condition held before the timeout */
    static boolean until(Display display, long timeoutMillis, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            long start = System.nanoTime();
            long cpu = recording ? THREADS.getCurrentThreadCpuTime() : 0;
            boolean busy = display.readAndDispatch();
            if (recording) {
                longestTurn = Math.max(longestTurn, System.nanoTime() - start);
                busiestTurn = Math.max(busiestTurn, THREADS.getCurrentThreadCpuTime() - cpu);
            }
            if (!busy) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        return true;
    }

    /** Processes every pending event, so that what a screenshot shows is painted. */
    static void flush(Display display) {
        long deadline = System.currentTimeMillis() + 500;
        while (System.currentTimeMillis() < deadline) {
            while (display.readAndDispatch()) {
                // drain
            }
            display.update();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
