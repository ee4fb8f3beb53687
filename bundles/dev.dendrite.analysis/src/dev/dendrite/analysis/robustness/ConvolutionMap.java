package dev.dendrite.analysis.robustness;

/**
 * A 2-D convolution as a linear map of one sample's [channels, height, width] values, computed directly (never as a dense matrix,
 * which for a 28 × 28 picture's first layer would hold 3.7 million entries).
 *
 * @param weights [outputChannels][inputChannels / groups][kernelHeight][kernelWidth] flattened
 * @param in input channels, height, width
 * @param out output channels, height, width
 * @param kernel kernel height and width
 * @param stride, padding (top, left), dilation per spatial dim
 */
record ConvolutionMap(double[] weights, int[] in, int[] out, int[] kernel, int[] stride, int[] padding, int[] dilation, int groups,
        double[] bias) implements AffineMap {

    @Override
    public int inputSize() {
        return in[0] * in[1] * in[2];
    }

    @Override
    public int outputSize() {
        return out[0] * out[1] * out[2];
    }

    @Override
    public void apply(double[] x, double[] y, boolean magnitude) {
        int perGroupIn = in[0] / groups;
        int perGroupOut = out[0] / groups;
        for (int co = 0; co < out[0]; co++) {
            int firstIn = (co / perGroupOut) * perGroupIn;
            for (int oh = 0; oh < out[1]; oh++) {
                for (int ow = 0; ow < out[2]; ow++) {
                    double sum = 0;
                    for (int ci = 0; ci < perGroupIn; ci++) {
                        for (int i = 0; i < kernel[0]; i++) {
                            int ih = oh * stride[0] - padding[0] + i * dilation[0];
                            if (ih < 0 || ih >= in[1]) {
                                continue;
                            }
                            int wBase = ((co * perGroupIn + ci) * kernel[0] + i) * kernel[1];
                            int xBase = ((firstIn + ci) * in[1] + ih) * in[2];
                            for (int j = 0; j < kernel[1]; j++) {
                                int iw = ow * stride[1] - padding[1] + j * dilation[1];
                                if (iw >= 0 && iw < in[2]) {
                                    double w = weights[wBase + j];
                                    sum += (magnitude ? Math.abs(w) : w) * x[xBase + iw];
                                }
                            }
                        }
                    }
                    y[(co * out[1] + oh) * out[2] + ow] = sum;
                }
            }
        }
    }

    /**
     * Each (output, input, weight) triple once, its rows along the inner loop; outputs whose rows are all zero skipped. The loops
     * repeat {@link #apply}'s rather than share a visitor: a call per weight would cost more than the rows' work.
     */
    @Override
    public void addTransposed(double[] a, double[] result, int rows) {
        int perGroupIn = in[0] / groups;
        int perGroupOut = out[0] / groups;
        for (int co = 0; co < out[0]; co++) {
            int firstIn = (co / perGroupOut) * perGroupIn;
            for (int oh = 0; oh < out[1]; oh++) {
                for (int ow = 0; ow < out[2]; ow++) {
                    int o = (co * out[1] + oh) * out[2] + ow;
                    if (AffineMap.zero(a, o, rows)) {
                        continue;
                    }
                    int from = o * rows;
                    for (int ci = 0; ci < perGroupIn; ci++) {
                        for (int i = 0; i < kernel[0]; i++) {
                            int ih = oh * stride[0] - padding[0] + i * dilation[0];
                            if (ih < 0 || ih >= in[1]) {
                                continue;
                            }
                            int wBase = ((co * perGroupIn + ci) * kernel[0] + i) * kernel[1];
                            int xBase = ((firstIn + ci) * in[1] + ih) * in[2];
                            for (int j = 0; j < kernel[1]; j++) {
                                int iw = ow * stride[1] - padding[1] + j * dilation[1];
                                if (iw < 0 || iw >= in[2]) {
                                    continue;
                                }
                                double w = weights[wBase + j];
                                int to = (xBase + iw) * rows;
                                for (int r = 0; r < rows; r++) {
                                    result[to + r] += a[from + r] * w;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
