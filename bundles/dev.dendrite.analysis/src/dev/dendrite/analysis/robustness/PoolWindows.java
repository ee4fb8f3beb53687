package dev.dendrite.analysis.robustness;

import java.util.ArrayList;
import java.util.List;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.NodeAttributes;

/** The inputs each output of a 2-D pooling reads, padding left out: {@code windows[o]} as flat indices of one sample's values. */
record PoolWindows(int[][] windows) {

    /**
     * @param x the input's shape [1, channels, height, width]
     * @param y the output's, from the probe run (ceil_mode's extra row is there)
     * @throws IllegalArgumentException for a pooling that is not 2-D or dilated
     */
    static PoolWindows of(NodeProto node, long[] x, long[] y) {
        if (x.length != 4) {
            throw new IllegalArgumentException("certification by linear bounds pools over pictures (2-D) only, not " + node.getName());
        }
        boolean global = node.getOpType().startsWith("Global");
        long[] kernel = global ? new long[] {x[2], x[3]} : NodeAttributes.ints(node, "kernel_shape");
        long[] strides = global ? new long[] {1, 1} : NodeAttributes.ints(node, "strides", 1, 1);
        long[] pads = global ? new long[] {0, 0, 0, 0} : NodeAttributes.ints(node, "pads", 0, 0, 0, 0);
        long[] dilations = global ? new long[] {1, 1} : NodeAttributes.ints(node, "dilations", 1, 1);
        String autoPad = NodeAttributes.s(node, "auto_pad", "NOTSET");
        if (dilations[0] != 1 || dilations[1] != 1 || !autoPad.equals("NOTSET") && !autoPad.equals("VALID")) {
            throw new IllegalArgumentException("certification by linear bounds takes poolings without dilation or auto_pad, not "
                    + node.getName());
        }
        int channels = (int) x[1];
        int h = (int) x[2];
        int w = (int) x[3];
        int oh = (int) y[2];
        int ow = (int) y[3];
        int[][] windows = new int[channels * oh * ow][];
        for (int c = 0; c < channels; c++) {
            for (int r = 0; r < oh; r++) {
                for (int s = 0; s < ow; s++) {
                    List<Integer> window = new ArrayList<>();
                    for (int i = 0; i < kernel[0]; i++) {
                        int ih = (int) (r * strides[0] - pads[0] + i);
                        for (int j = 0; j < kernel[1]; j++) {
                            int iw = (int) (s * strides[1] - pads[1] + j);
                            if (ih >= 0 && ih < h && iw >= 0 && iw < w) {
                                window.add((c * h + ih) * w + iw);
                            }
                        }
                    }
                    windows[(c * oh + r) * ow + s] = window.stream().mapToInt(Integer::intValue).toArray();
                }
            }
        }
        return new PoolWindows(windows);
    }
}
