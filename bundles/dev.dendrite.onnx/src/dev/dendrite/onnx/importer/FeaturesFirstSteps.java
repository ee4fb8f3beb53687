package dev.dendrite.onnx.importer;

import static dev.dendrite.onnx.importer.ImportState.intAttribute;
import static dev.dendrite.onnx.importer.ImportState.intsAttribute;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.PoolType;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.convolution.StepPadding;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.importer.ImportState.Source;

/**
 * Sequences with their features first. PyTorch's Conv1d reads [N, C, L], so a text CNN transposes
 * its embedded tokens [N, T, F] to [N, F, T] before its convolutions and takes each feature's max
 * or mean over dim 2. Where T varies (a symbolic dim) Dendrite has no such tensor: the transposed
 * one is followed as the sequence it came from ({@link ImportState#featuresFirst}). Its Conv1d
 * becomes a convolution over the steps (same, causal or valid by its pads), a MaxPool1d or
 * AvgPool1d a pooling over the steps, element-wise
 * activations and dropout apply to the sequence, a max or mean over the steps pools it (ReduceMax,
 * ReduceMean, or a global pool squeezed), sums and products of two such tensors are an Add and a
 * Multiply of the sequences (a TCN's residual, WaveNet's gate), and a transpose back is the sequence
 * itself; anything else reading it is named unsupported. A causal convolution comes as PyTorch
 * users write it: a Conv1d padded (k − 1)·d on both sides whose last (k − 1)·d steps a Slice chops
 * off (Chomp1d), or F.pad on the left before an unpadded Conv1d.
 */
final class FeaturesFirstSteps {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;
    private static final Map<String, ActivationFunction> ELEMENTWISE = Map.of("Relu", ActivationFunction.RELU, "Tanh",
            ActivationFunction.TANH, "Sigmoid", ActivationFunction.SIGMOID, "LeakyRelu", ActivationFunction.LEAKY_RELU, "Elu",
            ActivationFunction.ELU, "Gelu", ActivationFunction.GELU);

    /** A pooling over the steps whose output [N, F] still has {@code units} dims of 1 after it. */
    record Pooled(Source pool, int units) {
    }

    private FeaturesFirstSteps() {
    }

    /** Maps {@code node} when it makes or reads a sequence with its features first; false when it does neither. */
    static boolean map(NodeProto node, ImportState s) throws OnnxFormatException {
        if (swapsLastTwo(node) && s.data(node, 0) != null && varyingSequence(s, s.data(node, 0))) {
            s.featuresFirst.put(node.getOutput(0), s.data(node, 0));
            return true;
        }
        if (node.getInputCount() > 0 && s.pooledSteps.containsKey(node.getInput(0))) {
            return pooled(node, s, s.pooledSteps.get(node.getInput(0)));
        }
        if (node.getInputCount() > 0 && s.unsqueezedSteps.containsKey(node.getInput(0))) {
            return unsqueezed(node, s, s.unsqueezedSteps.get(node.getInput(0)));
        }
        if (node.getInputCount() > 0 && s.chompedSteps.containsKey(node.getInput(0))) {
            return CausalSteps.chomped(node, s, s.chompedSteps.get(node.getInput(0)));
        }
        if (node.getInputCount() > 0 && s.leftPaddedSteps.containsKey(node.getInput(0))) {
            return CausalSteps.leftPadded(node, s, s.leftPaddedSteps.get(node.getInput(0)));
        }
        if (node.getInputCount() == 2 && (node.getOpType().equals("Add") || node.getOpType().equals("Mul"))
                && s.featuresFirst.containsKey(node.getInput(0)) && s.featuresFirst.containsKey(node.getInput(1))) {
            s.featuresFirst.put(node.getOutput(0), combined(node, s, s.featuresFirst.get(node.getInput(0)), s.featuresFirst.get(node.getInput(1))));
            return true;
        }
        Source x = node.getInputCount() == 0 ? null : s.featuresFirst.get(node.getInput(0));
        if (x == null) {
            if (node.getInputList().stream().anyMatch(t -> s.featuresFirst.containsKey(t) || s.pooledSteps.containsKey(t)
                    || s.unsqueezedSteps.containsKey(t) || s.chompedSteps.containsKey(t) || s.leftPaddedSteps.containsKey(t))) {
                s.unsupported(node, unsupported(node));
                return true;
            }
            return false;
        }
        String out = node.getOutput(0);
        String op = node.getOpType();
        if (swapsLastTwo(node)) {
            s.tensors.put(out, x);
        } else if (op.equals("Conv")) {
            convolution(node, s, x, 0);
        } else if (op.equals("Pad")) {
            long steps = CausalSteps.leftPadding(node, s);
            if (steps > 0) {
                s.leftPaddedSteps.put(out, new CausalSteps.LeftPadded(x, steps));
            } else {
                s.unsupported(node, "Pad of a sequence of varying length with its features first [N, F, T]: Dendrite imports zeros before "
                        + "the steps only (F.pad(x, (p, 0)), a causal convolution's), read by a Conv1d");
            }
        } else if (ELEMENTWISE.containsKey(op)) {
            Source activation = CoreOps.activation(node, s, ELEMENTWISE.get(op), x);
            if (activation != null) {
                s.featuresFirst.put(out, activation);
            }
        } else if (op.equals("Identity") || op.equals("Dropout") && (node.getOutputCount() == 1 || !s.consumers.containsKey(node.getOutput(1)))) {
            // Dropout is the identity in an exported (inference) graph.
            s.featuresFirst.put(out, x);
        } else if ((op.equals("ReduceMax") || op.equals("ReduceMean")) && CoreOps.reducesOnly(node, s, 2)) {
            s.tensors.put(out, new Source(CoreOps.stepPooling(node, s, op.equals("ReduceMax") ? PoolType.MAX : PoolType.AVERAGE, x), Ports.OUT));
        } else if (op.equals("MaxPool") || op.equals("AveragePool")) {
            Source pool = pooling(node, s, x);
            if (pool != null) {
                s.featuresFirst.put(out, pool);
            }
        } else if (op.equals("GlobalMaxPool") || op.equals("GlobalAveragePool")) {
            // adaptive_max_pool1d(x, 1) as TorchScript exports it: [N, F, 1], squeezed or flattened next.
            s.pooledSteps.put(out, new Pooled(new Source(CoreOps.stepPooling(node, s, op.equals("GlobalMaxPool") ? PoolType.MAX
                    : PoolType.AVERAGE, x), Ports.OUT), 1));
        } else if (op.equals("Unsqueeze") && List.of(2L, -2L).contains(onlyAxis(s.axes(node)))) {
            s.unsqueezedSteps.put(out, x);
        } else {
            s.unsupported(node, unsupported(node));
        }
        return true;
    }

    /**
     * [N, F, 1, T] pooled over its last dim (and its dim of 1), those dims kept or not: torch.export
     * writes adaptive_max_pool1d(x, 1) as the max over the last two dims of x unsqueezed.
     */
    private static boolean unsqueezed(NodeProto node, ImportState s, Source x) throws OnnxFormatException {
        java.util.Set<Long> axes = new java.util.HashSet<>();
        long[] given = s.axes(node);
        for (long axis : given == null ? new long[] {0} : given) {
            axes.add(axis < 0 ? axis + 4 : axis);
        }
        boolean steps = axes.equals(java.util.Set.of(3L)) || axes.equals(java.util.Set.of(2L, 3L));
        String op = node.getOpType();
        if ((op.equals("ReduceMax") || op.equals("ReduceMean")) && steps) {
            Source pool = new Source(CoreOps.stepPooling(node, s, op.equals("ReduceMax") ? PoolType.MAX : PoolType.AVERAGE, x), Ports.OUT);
            int units = intAttribute(node, "keepdims", 1) == 1 ? 2 : 2 - axes.size();
            if (units == 0) {
                s.tensors.put(node.getOutput(0), pool);
            } else {
                s.pooledSteps.put(node.getOutput(0), new Pooled(pool, units));
            }
        } else {
            s.unsupported(node, op + " of a sequence's features [N, F, 1, T]; Dendrite imports their max or mean over the last dim");
        }
        return true;
    }

    /** A pooling's [N, F, 1 …] squeezed dim by dim (after dim 1) or flattened from dim 1: the pooling's [N, F]. */
    private static boolean pooled(NodeProto node, ImportState s, Pooled pooled) throws OnnxFormatException {
        long[] axes = s.axes(node);
        boolean squeezed = node.getOpType().equals("Squeeze") && axes != null && axes.length == 1 && (axes[0] >= 2 || axes[0] < 0);
        if (squeezed && pooled.units() > 1) {
            s.pooledSteps.put(node.getOutput(0), new Pooled(pooled.pool(), pooled.units() - 1));
        } else if (squeezed || node.getOpType().equals("Flatten") && intAttribute(node, "axis", 1) == 1) {
            s.tensors.put(node.getOutput(0), pooled.pool());
        } else {
            s.unsupported(node, node.getOpType() + " of a sequence's pooled features [N, F, 1]; Dendrite imports them squeezed at dim 2 or "
                    + "flattened from dim 1");
        }
        return true;
    }

    /** The one axis of {@code axes}, or null when there are none or several. */
    private static Long onlyAxis(long[] axes) {
        return axes != null && axes.length == 1 ? axes[0] : null;
    }

    private static String unsupported(NodeProto node) {
        return node.getOpType() + " of a sequence of varying length with its features first [N, F, T] (transposed for Conv1d); in that "
                + "layout Dendrite imports Conv1d, MaxPool1d, AvgPool1d, element-wise activations, dropout, a max or mean over dim 2 (or a global "
                + "pool) and a transpose "
                + "back";
    }

    /**
     * A Conv1d of stride 1 (of {@code x} padded with {@code leftPad} zeros before its steps) as a convolution over the steps:
     * same, causal or valid by its pads, or causal still to be chopped ({@link ImportState#chompedSteps}) when padded
     * (k − 1)·d on both sides; named unsupported otherwise.
     */
    static void convolution(NodeProto node, ImportState s, Source x, long leftPad) throws OnnxFormatException {
        TensorProto w = s.constant(node, 1);
        long[] strides = intsAttribute(node, "strides");
        long[] dilations = intsAttribute(node, "dilations");
        if (w == null || w.getDimsCount() != 3 || Arrays.stream(strides).anyMatch(v -> v != 1) || dilations.length > 1) {
            s.unsupported(node, "Conv of a sequence of varying length maps to a layer as a Conv1d of stride 1 with a constant kernel");
            return;
        }
        FloatTensor kernel = s.floats(w);
        int size = (int) kernel.shape()[2];
        int dilation = dilations.length == 0 ? 1 : (int) dilations[0];
        int span = dilation * (size - 1);
        long[] pads = intsAttribute(node, "pads");
        boolean bothSides = leftPad == 0 && span > 0 && Arrays.equals(pads, new long[] {span, span});
        StepPadding padding = bothSides ? StepPadding.CAUSAL : leftPad > 0
                ? (leftPad == span && Arrays.stream(pads).allMatch(p -> p == 0) ? StepPadding.CAUSAL : null) : padding(node, span);
        if (padding == null) {
            s.unsupported(node, "Conv1d of a sequence of varying length pads it " + (leftPad > 0 ? leftPad + " before its steps and " : "")
                    + Arrays.toString(pads) + ": Dendrite keeps every step (same: half the window each side, causal: (k − 1)·d before, "
                    + "or on both sides with the last (k − 1)·d steps sliced off) or only whole windows (valid)");
            return;
        }
        Convolution conv = ConvolutionFactory.eINSTANCE.createConvolution();
        conv.setDimensions(1);
        conv.setSequence(true);
        conv.setStepPadding(padding);
        conv.setOutChannels((int) kernel.shape()[0]);
        conv.setKernel(size);
        conv.setDilation(dilation);
        Source added = ConvOps.add(node, s, x, conv, kernel);
        if (bothSides) {
            s.chompedSteps.put(node.getOutput(0), new CausalSteps.Chomped(added, span));
        } else {
            s.featuresFirst.put(node.getOutput(0), added);
        }
    }

    /** The sum or product of two sequences with their features first: an Add or a Multiply of the sequences. */
    private static Source combined(NodeProto node, ImportState s, Source a, Source b) {
        return node.getOpType().equals("Add") ? CoreOps.sum(node, s, List.of(a, b)) : CoreOps.product(node, s, a, b);
    }

    /** MaxPool1d or AvgPool1d of whole windows as a pooling over the steps, or null (named unsupported) when it pads or rounds up. */
    private static Source pooling(NodeProto node, ImportState s, Source x) {
        long[] kernel = intsAttribute(node, "kernel_shape");
        long[] strides = intsAttribute(node, "strides");
        boolean whole = Arrays.stream(intsAttribute(node, "pads")).allMatch(p -> p == 0) && intAttribute(node, "ceil_mode", 0) == 0
                && Arrays.stream(intsAttribute(node, "dilations")).allMatch(d -> d == 1)
                && List.of("NOTSET", "VALID").contains(ImportState.stringAttribute(node, "auto_pad", "NOTSET"));
        if (kernel.length != 1 || strides.length > 1 || !whole) {
            s.unsupported(node, node.getOpType() + " of a sequence of varying length maps to a layer as a 1-D pool of whole windows (no "
                    + "padding, no ceil_mode, no dilation)");
            return null;
        }
        Pooling pool = ConvolutionFactory.eINSTANCE.createPooling();
        pool.setPoolType(node.getOpType().equals("MaxPool") ? PoolType.MAX : PoolType.AVERAGE);
        pool.setDimensions(1);
        pool.setSequence(true);
        pool.setKernel((int) kernel[0]);
        pool.setStride(strides.length == 0 ? 1 : (int) strides[0]);
        s.add(pool, node, x);
        return new Source(pool, Ports.OUT);
    }

    /** The step padding a Conv1d's pads (or auto_pad) make, for a window spanning {@code span} + 1 steps; null when none. */
    private static StepPadding padding(NodeProto node, int span) {
        String autoPad = ImportState.stringAttribute(node, "auto_pad", "NOTSET");
        long[] pads = intsAttribute(node, "pads");
        long before = pads.length == 2 ? pads[0] : 0;
        long after = pads.length == 2 ? pads[1] : 0;
        if (autoPad.equals("VALID") || autoPad.equals("NOTSET") && before == 0 && after == 0 && span > 0) {
            return StepPadding.VALID;
        }
        if (autoPad.equals("SAME_UPPER") || autoPad.equals("SAME_LOWER") && span % 2 == 0) {
            return StepPadding.SAME;
        }
        if (!autoPad.equals("NOTSET") || pads.length != 0 && pads.length != 2 || before + after != span) {
            return null;
        }
        return before == span / 2 ? StepPadding.SAME : before == span && after == 0 ? StepPadding.CAUSAL : null;
    }

    private static boolean swapsLastTwo(NodeProto node) {
        return node.getOpType().equals("Transpose") && Arrays.equals(intsAttribute(node, "perm"), new long[] {0, 2, 1});
    }

    /** Whether x is a float sequence [N, T, F] whose T varies. */
    private static boolean varyingSequence(ImportState s, Source x) {
        var shape = s.shapeOf(x);
        return shape != null && shape.rank() == 3 && !shape.dim(1).isFixed() && shape.dim(2).isFixed();
    }
}
