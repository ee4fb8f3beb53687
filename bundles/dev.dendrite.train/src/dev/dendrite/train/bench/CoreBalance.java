package dev.dendrite.train.bench;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.runtime.Device;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * How evenly the cores run side by side: one single-threaded session per core runs a small MatMul
 * over and over, all at once, and the balance is the slowest session's runs per second over the
 * fastest one's. On this VM one virtual core ran at about 0.6 of the other for minutes at a time
 * (docs/benchmarks/replicas.md), and replicated train steps, which wait for their slowest replica,
 * lost a third then; the peak, one MatMul over both cores, did not show it.
 */
final class CoreBalance {

    /** The MatMul's size: 34 MFLOP, about a third of a millisecond on one core here, so a window holds hundreds of runs. */
    static final int SIZE = 256;
    /** Length of one window in which all sessions run at once. */
    static final long WINDOW_NANOS = 100_000_000L;
    /** Windows per measurement; the balance is their median. */
    static final int WINDOWS = 3;

    private CoreBalance() {
    }

    /**
     * The slowest core's speed over the fastest one's, median of {@link #WINDOWS} windows: 1 when
     * they are even, 1 for fewer than two cores.
     */
    static double measure(int cores) throws OrtException, ModelLoadException {
        if (cores < 2) {
            return 1.0;
        }
        List<ModelSession> sessions = new ArrayList<>();
        try (OnnxTensor a = square(SIZE)) {
            for (int i = 0; i < cores; i++) {
                sessions.add(squareSession(SIZE));
            }
            double[] balances = new double[WINDOWS];
            for (int w = 0; w < WINDOWS; w++) {
                balances[w] = balance(sideBySide(sessions, java.util.Collections.nCopies(cores, Map.of("a", a))));
            }
            return BenchComparison.median(balances);
        } finally {
            for (ModelSession s : sessions) {
                s.close();
            }
        }
    }

    /** A session on one thread, without spinning (it stands for one replica on one core), of a·a for a size×size input "a". */
    static ModelSession squareSession(int size) throws ModelLoadException {
        GraphBuilder g = new GraphBuilder("balance");
        g.reserve("a");
        g.input("a", GraphBuilder.ElementType.FLOAT, List.of((long) size, (long) size));
        g.nodeWithOutputs("MatMul", List.of("a", "a"), List.of("c"));
        g.output("c", GraphBuilder.ElementType.FLOAT);
        return OnnxRuntime.open(g.model("bench", "").toByteArray(), "core balance", new RuntimeSettings(Device.CPU, 0, 1, 1, false));
    }

    /** A size×size tensor of halves. */
    static OnnxTensor square(int size) throws OrtException {
        float[] values = new float[size * size];
        Arrays.fill(values, 0.5f);
        return OnnxTensor.createTensor(OrtEnvironment.getEnvironment(), FloatBuffer.wrap(values), new long[] {size, size});
    }

    /** Slowest over fastest of per-core rates. */
    static double balance(double[] rates) {
        double slowest = Arrays.stream(rates).min().orElseThrow();
        double fastest = Arrays.stream(rates).max().orElseThrow();
        return fastest > 0 ? slowest / fastest : 1.0;
    }

    /** Runs every session (with its feeds) on its own thread, started together, for one window; their runs per second. */
    static double[] sideBySide(List<ModelSession> sessions, List<Map<String, OnnxTensor>> feeds) throws OrtException {
        int n = sessions.size();
        double[] rates = new double[n];
        OrtException[] failures = new OrtException[n];
        CyclicBarrier start = new CyclicBarrier(n);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            threads.add(Thread.ofPlatform().name("dendrite-core-balance-" + i).start(() -> {
                try {
                    ModelSession session = sessions.get(index);
                    Map<String, OnnxTensor> inputs = feeds.get(index);
                    session.session().run(inputs).close();
                    start.await();
                    long begin = System.nanoTime();
                    long end = begin + WINDOW_NANOS;
                    int runs = 0;
                    long now;
                    do {
                        session.session().run(inputs).close();
                        runs++;
                        now = System.nanoTime();
                    } while (now < end);
                    rates[index] = runs / ((now - begin) / 1e9);
                } catch (OrtException e) {
                    failures[index] = e;
                    start.reset(); // releases the others if they still wait for this one
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.BrokenBarrierException e) {
                    // Another session failed before the start: its failure is reported.
                }
            }));
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring the core balance", e);
            }
        }
        for (OrtException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
        return rates;
    }
}
