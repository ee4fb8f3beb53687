package dev.dendrite.ui.internal;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Runs the SWT event loop from a test on the UI thread until a condition holds. */
final class UiWait {

    private UiWait() {
    }

    /** @return whether the condition held before the timeout */
    static boolean until(Display display, long timeoutMillis, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            if (!display.readAndDispatch()) {
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
