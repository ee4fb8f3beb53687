package dev.dendrite.train.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * What the machine delivers just before a bench, in four figures that move independently on a
 * shared VM: the dense-kernel peak (a 1024³ MatMul), the memory bandwidth (a scale of a tensor
 * far larger than the cache), the cost of a small operator (a chain of additions on 512 floats,
 * where scheduling and the hand-off between threads dominate) and how evenly the cores run side by
 * side ({@link CoreBalance}: what replicated steps wait for). On 2026-12-01 the peak read
 * 194–202 GFLOP/s in two sets of runs two hours apart while LeNet-5 and the MLP trained 20–50%
 * faster in the second set: the peak alone does not say whether the machine changed.
 *
 * @param peakGflops              GFLOP/s of the MatMul, the fastest of its runs
 * @param bandwidthGBps           GB/s read and written by the scale, the fastest of its runs
 * @param microsecondsPerOperator the chain's time per node, median of its runs
 * @param coreBalance             the slowest core's speed over the fastest one's, side by side (1: even)
 */
public record MachineSpeed(double peakGflops, double bandwidthGBps, double microsecondsPerOperator, double coreBalance) {

    /** Floats in the scaled tensor: 64 MB, twice the 32 MB L3 cache of these machines. */
    static final int STREAM_FLOATS = 16 << 20;
    /** Nodes in the chain of small additions. */
    static final int CHAIN_NODES = 400;
    private static final int SMALL_FLOATS = 512;

    /** Measures all four, the first three with the bench's session settings (threads, device). */
    public static MachineSpeed measure(RuntimeSettings settings) throws OrtException, ModelLoadException {
        return new MachineSpeed(peak(settings), bandwidth(settings), operatorMicroseconds(settings), measureCoreBalance());
    }

    /** How evenly the cores a trainer's replicas use run side by side, one per physical core ({@link CoreBalance}). */
    public static double measureCoreBalance() throws OrtException, ModelLoadException {
        return CoreBalance.measure(dev.dendrite.runtime.CpuCores.available());
    }

    /** GFLOP/s of a 1024×1024 by 1024×1024 float MatMul: the practical peak of this machine for dense kernels. */
    public static double peak(RuntimeSettings settings) throws OrtException, ModelLoadException {
        GraphBuilder g = new GraphBuilder("peak");
        g.reserve("a");
        g.input("a", GraphBuilder.ElementType.FLOAT, List.of(1024L, 1024L));
        g.reserve("b");
        g.input("b", GraphBuilder.ElementType.FLOAT, List.of(1024L, 1024L));
        g.nodeWithOutputs("MatMul", List.of("a", "b"), List.of("c"));
        g.output("c", GraphBuilder.ElementType.FLOAT);
        try (ModelSession session = OnnxRuntime.open(g.model("bench", "").toByteArray(), "peak", settings);
             OnnxTensor a = filled(1024 * 1024, 0.5f, 1024, 1024);
             OnnxTensor b = filled(1024 * 1024, 0.25f, 1024, 1024)) {
            double[] seconds = runSeconds(session, Map.of("a", a, "b", b), 12);
            return 2.0 * 1024 * 1024 * 1024 / Arrays.stream(seconds).min().orElseThrow() / 1e9;
        }
    }

    /** GB/s of {@code y = 2x} over {@link #STREAM_FLOATS} floats, counting the bytes read and written. */
    static double bandwidth(RuntimeSettings settings) throws OrtException, ModelLoadException {
        GraphBuilder g = new GraphBuilder("bandwidth");
        g.reserve("x");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of((long) STREAM_FLOATS));
        g.nodeWithOutputs("Mul", List.of("x", g.scalar("two", 2f)), List.of("y"));
        g.output("y", GraphBuilder.ElementType.FLOAT);
        try (ModelSession session = OnnxRuntime.open(g.model("bench", "").toByteArray(), "bandwidth", settings);
             OnnxTensor x = filled(STREAM_FLOATS, 0f, STREAM_FLOATS)) {
            double[] seconds = runSeconds(session, Map.of("x", x), 12);
            return 2.0 * STREAM_FLOATS * Float.BYTES / Arrays.stream(seconds).min().orElseThrow() / 1e9;
        }
    }

    /** Microseconds per node of a chain of {@link #CHAIN_NODES} additions on 512 floats, the median run. */
    static double operatorMicroseconds(RuntimeSettings settings) throws OrtException, ModelLoadException {
        GraphBuilder g = new GraphBuilder("operators");
        g.reserve("x");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of((long) SMALL_FLOATS));
        String last = "x";
        for (int i = 0; i < CHAIN_NODES - 1; i++) {
            last = g.node("Add", List.of(last, "x"), "sum");
        }
        g.nodeWithOutputs("Add", List.of(last, "x"), List.of("y"));
        g.output("y", GraphBuilder.ElementType.FLOAT);
        try (ModelSession session = OnnxRuntime.open(g.model("bench", "").toByteArray(), "operators", settings);
             OnnxTensor x = filled(SMALL_FLOATS, 1f, SMALL_FLOATS)) {
            double[] seconds = runSeconds(session, Map.of("x", x), 31);
            Arrays.sort(seconds);
            return seconds[seconds.length / 2] * 1e6 / CHAIN_NODES;
        }
    }

    /** Seconds of each of {@code runs} runs, after three warm-up runs (the first allocates the arena's blocks). */
    private static double[] runSeconds(ModelSession session, Map<String, OnnxTensor> feeds, int runs) throws OrtException {
        for (int i = 0; i < 3; i++) {
            session.session().run(feeds).close();
        }
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            session.session().run(feeds).close();
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        return seconds.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A tensor of {@code count} copies of {@code value} in native memory (no Java array of that size; zeros need no filling). */
    private static OnnxTensor filled(int count, float value, long... shape) throws OrtException {
        ByteBuffer bytes = ByteBuffer.allocateDirect(count * Float.BYTES).order(ByteOrder.nativeOrder());
        for (int i = 0; value != 0 && i < count; i++) {
            bytes.putFloat(i * Float.BYTES, value);
        }
        OrtEnvironment env = OnnxRuntime.environment();
        return OnnxTensor.createTensor(env, bytes.asFloatBuffer(), shape);
    }
}
