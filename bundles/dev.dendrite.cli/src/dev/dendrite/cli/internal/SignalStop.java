package dev.dendrite.cli.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.dendrite.train.run.Cancellation;

/**
 * Turns Ctrl+C and SIGTERM into a cooperative stop: the JVM's shutdown hook asks the run to cancel,
 * then waits for the trainer to checkpoint and record "cancelled" before the JVM ends. A second
 * signal or the wait's end lets the JVM go regardless.
 */
final class SignalStop implements AutoCloseable {

    private static final long GRACE_SECONDS = 60;

    private final Thread hook;
    private final CountDownLatch finished = new CountDownLatch(1);

    private SignalStop(Cancellation cancellation) {
        this.hook = new Thread(() -> {
            cancellation.cancel("stopped by a signal (Ctrl+C or SIGTERM)");
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dendrite-cooperative-stop");
    }

    static SignalStop install(Cancellation cancellation) {
        SignalStop stop = new SignalStop(cancellation);
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** The run has ended (its directory is consistent): the hook may let the JVM end. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down because of a signal: the hook is running and now returns.
        }
    }
}
