package dev.dendrite.onnx.importer;

import static dev.dendrite.onnx.importer.ImportState.intsAttribute;


import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.onnx.importer.ImportState.Source;

/**
 * Causal convolutions over a sequence with its features first [N, F, T] as PyTorch users write
 * them (temporal convolutional networks, WaveNet): a Conv1d padded (k − 1)·d on both sides whose
 * last (k − 1)·d steps a Slice chops off (Bai et al.'s Chomp1d), or F.pad(x, (p, 0)) before an
 * unpadded Conv1d. {@link FeaturesFirstSteps} hands the padded convolution or the padded sequence
 * here, to wait for the Slice or the Conv1d that completes it; anything else reading it is named.
 */
final class CausalSteps {

    /** A causal convolution over the steps, standing for a Conv1d padded on both sides until {@code span} last steps are chopped off. */
    record Chomped(Source conv, long span) {
    }

    /** The sequence {@code x} padded with {@code steps} zeros before its steps. */
    record LeftPadded(Source x, long steps) {
    }

    private CausalSteps() {
    }

    /** A Slice that chops a both-sides-padded Conv1d's last steps off: the causal convolution; anything else reading it is named. */
    static boolean chomped(NodeProto node, ImportState s, Chomped chomped) throws OnnxFormatException {
        if (node.getOpType().equals("Slice") && slicesOffLast(node, s, chomped.span())) {
            s.featuresFirst.put(node.getOutput(0), chomped.conv());
        } else {
            s.unsupported(node, node.getOpType() + " of a Conv1d padded " + chomped.span() + " on both sides of a sequence of varying length: "
                    + "Dendrite imports it as a causal convolution where its last " + chomped.span() + " steps are sliced off (x[:, :, :-"
                    + chomped.span() + "])");
        }
        return true;
    }

    /** A Conv1d reading a sequence padded before its steps: a causal convolution of the sequence; anything else reading it is named. */
    static boolean leftPadded(NodeProto node, ImportState s, LeftPadded padded) throws OnnxFormatException {
        if (node.getOpType().equals("Conv")) {
            FeaturesFirstSteps.convolution(node, s, padded.x(), padded.steps());
        } else {
            s.unsupported(node, node.getOpType() + " of a sequence padded before its steps: Dendrite imports such padding as a causal "
                    + "convolution's, read by a Conv1d");
        }
        return true;
    }

    /** Whether a Slice keeps steps 0 to T − {@code span} of [N, F, T] (x[:, :, :-span]), its starts, ends, axes and steps constant. */
    private static boolean slicesOffLast(NodeProto node, ImportState s, long span) throws OnnxFormatException {
        long[][] inputs = new long[4][];
        for (int i = 1; i <= 4; i++) {
            boolean absent = i >= node.getInputCount() || node.getInput(i).isEmpty();
            if (!absent && s.constant(node, i) == null) {
                return false;
            }
            inputs[i - 1] = absent ? null : s.longs(s.constant(node, i));
        }
        long[] starts = inputs[0];
        long[] ends = inputs[1];
        long[] axes = inputs[2] == null ? new long[] {0} : inputs[2];
        long[] steps = inputs[3] == null ? new long[] {1} : inputs[3];
        return starts != null && ends != null && starts.length == 1 && ends.length == 1 && axes.length == 1 && steps.length == 1
                && starts[0] == 0 && ends[0] == -span && (axes[0] == 2 || axes[0] == -1) && steps[0] == 1;
    }

    /** The zeros a constant Pad puts before the steps of [N, F, T] and nowhere else (F.pad(x, (p, 0))); 0 when it pads otherwise. */
    static long leftPadding(NodeProto node, ImportState s) throws OnnxFormatException {
        String mode = ImportState.stringAttribute(node, "mode", "constant");
        TensorProto padsInput = s.constant(node, 1);
        long[] pads = node.getInputCount() > 1 ? (padsInput == null ? null : s.longs(padsInput)) : intsAttribute(node, "pads");
        boolean zero = node.getInputCount() < 3 || node.getInput(2).isEmpty() || s.constant(node, 2) != null && allZero(s.floats(s.constant(node, 2)).values());
        boolean allAxes = node.getInputCount() < 4 || node.getInput(3).isEmpty();
        if (!mode.equals("constant") || pads == null || pads.length != 6 || !zero || !allAxes) {
            return 0;
        }
        return pads[0] == 0 && pads[1] == 0 && pads[3] == 0 && pads[4] == 0 && pads[5] == 0 ? pads[2] : 0;
    }

    private static boolean allZero(float[] values) {
        for (float v : values) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }
}
