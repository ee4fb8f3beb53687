package dev.dendrite.onnx.importer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.onnx.importer.NodeInterpreter.Refused;
import dev.dendrite.onnx.importer.NodeInterpreter.Value;

/**
 * {@link AttentionRegion}'s check: the region's nodes run by {@link NodeInterpreter} on random
 * inputs of a few lengths, against an Attention layer ({@link AttentionMath}) of every head count,
 * causal or not, and role order; the first setting that computes the same is taken.
 */
final class AttentionRegionCheck {

    private static final int[][] ORDERS = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    /** Cross-attention's query is block 0, read from x; key and value are the memory's blocks 1 and 2, in either order. */
    private static final int[][] CROSS_ORDERS = {{0, 1, 2}, {0, 2, 1}};

    private AttentionRegionCheck() {
    }

    /** What the in-projections read: x alone (self-attention), or x and a memory (cross-attention). */
    record Inputs(String x, String memory, int memoryWidth) {
    }

    /** The Attention settings that compute what the region computes. */
    record Checked(int heads, boolean causal, int[] order) {
    }

    /**
     * Runs the region on random x of a few lengths (and a random memory of two steps more, or as
     * many, in cross-attention) and finds the Attention settings that compute the same; null when none does.
     */
    static Checked check(ImportState s, List<NodeProto> region, Inputs inputs, String end, int width, List<double[][]> blocks,
            List<double[]> biases, List<Boolean> fromMemory, double[][] outWeight, double[] outBias) {
        boolean[] memoryBlocks = new boolean[fromMemory.size()];
        for (int b = 0; b < memoryBlocks.length; b++) {
            memoryBlocks[b] = fromMemory.get(b);
        }
        for (int steps : lengths(s, region)) {
            for (int keySteps : inputs.memory() == null ? new int[] {steps} : new int[] {steps + 2, steps}) {
                Value input = random(2, steps, width);
                Value memory = inputs.memory() == null ? input : random(2, keySteps, inputs.memoryWidth());
                Value expected = run(s, region, inputs, end, input, memory, steps);
                if (expected == null) {
                    continue;
                }
                if (!java.util.Arrays.equals(expected.dims(), new int[] {2, steps, width})) {
                    return null;
                }
                AttentionMath.Projected projected = AttentionMath.project(input, memory, blocks, biases, memoryBlocks);
                int last = (steps - 1) * width; // the first sequence's last step: every key counts there, causal or not
                double[] probe = java.util.Arrays.copyOfRange(expected.data(), last, last + width);
                for (int[] order : inputs.memory() == null ? ORDERS : CROSS_ORDERS) {
                    for (int heads = 1; heads <= width; heads++) {
                        for (boolean causal : inputs.memory() == null ? new boolean[] {false, true} : new boolean[] {false}) {
                            if (width % heads == 0 && close(probe, AttentionMath.row(projected, order, outWeight, outBias, heads, causal, 0,
                                    steps - 1)) && close(expected.data(), AttentionMath.forward(projected, order, outWeight, outBias, heads,
                                            causal))) {
                                return new Checked(heads, causal, order);
                            }
                        }
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The region's output for the inputs given; null when its nodes cannot run on them (a length a traced export fixed). */
    private static Value run(ImportState s, List<NodeProto> region, Inputs inputs, String end, Value x, Value memory, int steps) {
        try {
            NodeInterpreter interpreter = new NodeInterpreter(s);
            interpreter.set(inputs.x(), x);
            if (inputs.memory() != null) {
                interpreter.set(inputs.memory(), memory);
            }
            for (NodeProto node : region) {
                String read = node.getInputCount() == 0 ? "" : node.getInput(0);
                if (node.getOpType().equals("Shape") && !read.equals(inputs.x()) && !read.equals(inputs.memory())
                        && region.stream().noneMatch(n -> n.getOutputList().contains(read))) {
                    int[] dims = ShapeArithmetic.declared(s, read, 2, steps);
                    if (dims == null) {
                        return null;
                    }
                    interpreter.set(read, new Value(dims, new double[NodeInterpreter.count(dims)], false));
                }
            }
            interpreter.run(region);
            return interpreter.get(end);
        } catch (Refused e) {
            return null;
        }
    }

    /** Sequence lengths to try: 5, then any a traced export may have fixed in its shape constants (a length other than it was traced with fails there). */
    private static List<Integer> lengths(ImportState s, List<NodeProto> region) {
        Set<Integer> lengths = new LinkedHashSet<>(List.of(5));
        for (NodeProto node : region) {
            for (String t : node.getInputList()) {
                TensorProto c = s.constants.get(t);
                if (c != null && c.getDataType() == TensorProto.DataType.INT64_VALUE && lengths.size() < 8) {
                    try {
                        for (long v : s.longs(c)) {
                            if (v >= 2 && v <= 256) {
                                lengths.add((int) v);
                            }
                        }
                    } catch (OnnxFormatException e) {
                        // not a readable constant: no length from it
                    }
                }
            }
        }
        return List.copyOf(lengths);
    }

    private static Value random(int n, int steps, int width) {
        Random random = new Random(31L * steps + width);
        double[] d = new double[n * steps * width];
        for (int i = 0; i < d.length; i++) {
            d[i] = random.nextGaussian();
        }
        return new Value(new int[] {n, steps, width}, d, false);
    }

    private static boolean close(double[] expected, double[] got) {
        double scale = 1e-6;
        for (double v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < expected.length; i++) {
            if (!(Math.abs(expected[i] - got[i]) <= 1e-5 * scale)) {
                return false;
            }
        }
        return true;
    }
}
