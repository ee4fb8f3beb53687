package dev.dendrite.train.run;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A cooperative stop request, checked by the trainer between steps: the run then writes a
 * checkpoint at that step and the status "cancelled", so {@code --resume} continues exactly.
 * Thread-safe: a UI job, a shutdown hook or an observer may call {@link #cancel}.
 */
public final class Cancellation {

    private final AtomicReference<String> reason = new AtomicReference<>();

    public void cancel(String why) {
        reason.compareAndSet(null, why == null ? "cancelled" : why);
    }

    public boolean isCancelled() {
        return reason.get() != null;
    }

    /** Why the run was cancelled, or null. */
    public String reason() {
        return reason.get();
    }
}
