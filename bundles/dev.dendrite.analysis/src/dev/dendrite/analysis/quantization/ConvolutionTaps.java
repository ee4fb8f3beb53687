package dev.dendrite.analysis.quantization;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.NodeAttributes;

/** What each tap of a 2-D convolution reads on average: the input's mean per element, over the positions the tap visits. */
final class ConvolutionTaps {

    private ConvolutionTaps() {
    }

    /**
     * @param mean the input's mean per element of a sample, [C, H, W]
     * @return the mean each tap reads, [C, kh, kw]: a padded position counts as 0
     */
    static double[] means(NodeProto conv, double[] mean, long[] shape, int kh, int kw) {
        int channels = (int) shape[0];
        int height = (int) shape[1];
        int width = (int) shape[2];
        long[] strides = NodeAttributes.ints(conv, "strides", 1, 1);
        long[] dilations = NodeAttributes.ints(conv, "dilations", 1, 1);
        long[] pads = NodeAttributes.ints(conv, "pads", 0, 0, 0, 0);
        String autoPad = NodeAttributes.s(conv, "auto_pad", "NOTSET");
        if (autoPad.startsWith("SAME")) {
            // ONNX: the output keeps ⌈size / stride⌉ positions, the padding split with its extra at the end (SAME_UPPER) or start.
            long[] padded = new long[4];
            int[] sizes = {height, width};
            int[] kernel = {kh, kw};
            for (int d = 0; d < 2; d++) {
                long outSize = (sizes[d] + strides[d] - 1) / strides[d];
                long total = Math.max(0, (outSize - 1) * strides[d] + (kernel[d] - 1) * dilations[d] + 1 - sizes[d]);
                padded[d] = autoPad.equals("SAME_UPPER") ? total / 2 : total - total / 2;
                padded[d + 2] = total - padded[d];
            }
            pads = padded;
        }
        int outH = (int) ((height + pads[0] + pads[2] - dilations[0] * (kh - 1) - 1) / strides[0] + 1);
        int outW = (int) ((width + pads[1] + pads[3] - dilations[1] * (kw - 1) - 1) / strides[1] + 1);
        double[] taps = new double[channels * kh * kw];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++) {
                    double sum = 0;
                    for (int oh = 0; oh < outH; oh++) {
                        long h = oh * strides[0] - pads[0] + i * dilations[0];
                        if (h < 0 || h >= height) {
                            continue;
                        }
                        for (int ow = 0; ow < outW; ow++) {
                            long w = ow * strides[1] - pads[1] + j * dilations[1];
                            if (w >= 0 && w < width) {
                                sum += mean[(int) ((c * height + h) * width + w)];
                            }
                        }
                    }
                    taps[(c * kh + i) * kw + j] = sum / Math.max(1, outH * outW);
                }
            }
        }
        return taps;
    }
}
