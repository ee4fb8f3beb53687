package dev.dendrite.train.run;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import ai.onnxruntime.OrtException;
import dev.dendrite.runtime.Denormals;

/**
 * The threads of a staged step's replicas but the first (which is the caller's), handed each stage's
 * work without an executor's queue: between stages a member spins for {@link #SPIN_NANOS} before it
 * parks, so a stage that starts within that time starts at once. Woken from a park, a member began
 * each stage 0.3–0.4 ms late, and replica 0 then waited for it at the stage's end; spinning first ran
 * resnet-small's step at 128, whose stages are the shortest, 1.02–1.04 times as fast (alternated in
 * one process), and level at 256 and 512 (docs/benchmarks/staged-step-speed.md, "A crew that spins").
 * {@link ReplicatedStep} hands each step to its replicas the same way (a step is its one stage).
 */
final class StageCrew implements AutoCloseable {

    /** A replica's share of one stage. */
    @FunctionalInterface
    interface Work {
        void run(int replica) throws Exception;
    }

    /** How long a member waits for the next stage, or the caller for the crew, before parking. */
    static final long SPIN_NANOS = 200_000;

    private final Thread[] members;
    private volatile Thread caller;
    private final AtomicInteger running = new AtomicInteger();
    private volatile int generation;
    private volatile Work work;
    private volatile Throwable failure;
    private volatile boolean closed;

    StageCrew(int replicas, String name) {
        members = new Thread[Math.max(0, replicas - 1)];
        // Members run sessions the caller opened: they treat denormal floats as the caller does.
        boolean flush = Denormals.threadFlushes();
        for (int i = 0; i < members.length; i++) {
            int replica = i + 1;
            members[i] = new Thread(() -> {
                Denormals.matchOnThisThread(flush);
                serve(replica);
            }, name + "-" + replica);
            members[i].setDaemon(true);
            members[i].start();
        }
    }

    /** Hands {@code stageWork} to every member; the caller runs replica 0's share itself, then {@link #await}s. */
    void start(Work stageWork) {
        caller = Thread.currentThread();
        failure = null;
        running.set(members.length);
        work = stageWork;
        generation++;
        for (Thread member : members) {
            LockSupport.unpark(member);
        }
    }

    /** Waits until every member has done its share of the stage; returns the first member's failure, or null. */
    Throwable await() {
        spinThenPark(() -> running.get() > 0);
        return failure;
    }

    /**
     * One stage: {@code share} on every member and on the caller's thread as replica 0, returning
     * once all have finished. A failing share calls {@code stop} (so the others take no more work),
     * and the failure is thrown once none is running: the caller's own as it is, a member's
     * {@link OrtException} as it is and any other in one (the trainer reports those as a failed step).
     */
    void run(Work share, Runnable stop) throws OrtException {
        start(replica -> {
            try {
                share.run(replica);
            } catch (Throwable t) {
                stop.run();
                throw t;
            }
        });
        Throwable own = null;
        try {
            share.run(0);
        } catch (Throwable t) {
            own = t;
            stop.run();
        }
        Throwable member = await();
        if (own instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (own instanceof Error error) {
            throw error;
        }
        Throwable failed = own != null ? own : member;
        if (failed instanceof OrtException ort) {
            throw ort;
        }
        if (failed != null) {
            throw new OrtException("a replica failed: " + failed);
        }
    }

    private void serve(int replica) {
        int seen = 0;
        while (true) {
            int last = seen;
            spinThenPark(() -> generation == last && !closed);
            if (closed) {
                return;
            }
            seen = generation;
            try {
                work.run(replica);
            } catch (Throwable t) {
                if (failure == null) {
                    failure = t;
                }
            }
            if (running.decrementAndGet() == 0) {
                LockSupport.unpark(caller);
            }
        }
    }

    /** Waits while {@code waiting} holds: spinning for {@link #SPIN_NANOS}, then parked until unparked. */
    private void spinThenPark(BooleanSupplier waiting) {
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        while (waiting.getAsBoolean()) {
            if (System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
    }

    /** Ends the members (after the last stage: none is running). */
    @Override
    public void close() {
        closed = true;
        for (Thread member : members) {
            LockSupport.unpark(member);
        }
        for (Thread member : members) {
            try {
                member.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
