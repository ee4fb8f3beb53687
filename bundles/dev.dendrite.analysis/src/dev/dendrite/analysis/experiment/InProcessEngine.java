package dev.dendrite.analysis.experiment;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

import dev.dendrite.train.run.Cancellation;
import dev.dendrite.train.run.Collective;

/**
 * The engine of this process: independent tasks one after another, a group of collective tasks as
 * threads (each worker of a data-parallel training with its own ONNX Runtime session) averaging
 * through shared memory. The embedded engine when Spark is not wanted.
 */
public final class InProcessEngine implements TaskEngine {

    private final Cancellation cancellation;

    public InProcessEngine(Cancellation cancellation) {
        this.cancellation = cancellation;
    }

    @Override
    public <R extends Serializable> List<R> execute(List<? extends ExperimentTask<R>> tasks) throws IOException {
        List<R> results = new ArrayList<>();
        for (ExperimentTask<R> task : tasks) {
            if (cancellation.isCancelled()) {
                throw new IOException("the experiment was cancelled (" + cancellation.reason() + "); run it again to continue");
            }
            try {
                results.add(task.call(0));
            } catch (Exception e) {
                throw new IOException(task.name() + " failed: " + e.getMessage(), e);
            }
        }
        return results;
    }

    @Override
    public <R extends Serializable> List<R> executeTogether(List<? extends CollectiveTask<R>> tasks) throws IOException {
        SharedMemory group = new SharedMemory(tasks.size());
        List<Object> outcomes = new ArrayList<>(java.util.Collections.nCopies(tasks.size(), null));
        List<Thread> threads = new ArrayList<>();
        for (int rank = 0; rank < tasks.size(); rank++) {
            int r = rank;
            CollectiveTask<R> task = tasks.get(rank);
            threads.add(Thread.ofPlatform().name("dendrite worker " + rank).start(() -> {
                try {
                    outcomes.set(r, task.call(0, 1, group.member(r), cancellation)); // the workers share this machine's cores
                } catch (Throwable e) {
                    outcomes.set(r, e);
                    group.barrier.reset(); // the others stop waiting for this worker
                }
            }));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                cancellation.cancel("interrupted");
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the workers ran");
            }
        }
        List<R> results = new ArrayList<>();
        for (int rank = 0; rank < outcomes.size(); rank++) {
            if (outcomes.get(rank) instanceof Throwable failure) {
                // The first worker that failed, not the others that lost it at the barrier.
                Throwable first = outcomes.stream().filter(o -> o instanceof Throwable t && !broken(t)).map(Throwable.class::cast).findFirst()
                        .orElse(failure);
                throw new IOException(tasks.get(rank).name() + " failed: " + first.getMessage(), first);
            }
            @SuppressWarnings("unchecked")
            R result = (R) outcomes.get(rank);
            results.add(result);
        }
        return results;
    }

    private static boolean broken(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BrokenBarrierException) {
                return true;
            }
        }
        return false;
    }

    /** The workers' arrays meet in one slot each; the last to arrive computes the mean every worker then reads. */
    private static final class SharedMemory {

        private final float[][] slots;
        private final CyclicBarrier barrier;
        private volatile float[] mean;
        private volatile IOException mismatch;

        SharedMemory(int size) {
            slots = new float[size][];
            barrier = new CyclicBarrier(size, () -> {
                try {
                    mean = Collective.mean(slots);
                    mismatch = null;
                } catch (IOException e) {
                    mismatch = e;
                }
            });
        }

        Collective member(int rank) {
            return new Collective() {
                @Override
                public int rank() {
                    return rank;
                }

                @Override
                public int size() {
                    return slots.length;
                }

                @Override
                public float[] mean(float[] values) throws IOException {
                    slots[rank] = values;
                    try {
                        barrier.await();
                    } catch (BrokenBarrierException e) {
                        throw new IOException("another worker failed", e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted while waiting for the other workers", e);
                    }
                    if (mismatch != null) {
                        throw mismatch;
                    }
                    return mean;
                }
            };
        }
    }
}
