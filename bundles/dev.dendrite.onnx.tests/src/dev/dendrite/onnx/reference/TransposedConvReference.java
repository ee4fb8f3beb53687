package dev.dendrite.onnx.reference;

/**
 * A transposed convolution written as what it is, independently of ONNX's size formula: every input value scatters its
 * kernel, scaled by itself, onto the full output at stride steps; padding then takes positions off both ends of each spatial
 * dim and output padding adds zeros (before the bias) at the far end.
 */
final class TransposedConvReference {

    private TransposedConvReference() {
    }

    /** x [N, C, L] or [N, C, H, W], w [C, O, k(, k)], b [O] or null. */
    static Nd transposedConv(Nd x, Nd w, Nd b, int stride, int padding, int outputPadding) {
        boolean oneD = x.rank() == 3;
        int n = x.dim(0), c = x.dim(1), o = w.dim(1), k = w.dim(-1);
        int h = oneD ? 1 : x.dim(2), wd = x.dim(-1);
        int kh = oneD ? 1 : k, sh = oneD ? 1 : stride;
        // The full scatter, before padding is taken off.
        int fullH = oneD ? 1 : (h - 1) * stride + k + outputPadding;
        int fullW = (wd - 1) * stride + k + outputPadding;
        double[] full = new double[n * o * fullH * fullW];
        for (int s = 0; s < n; s++) {
            for (int ic = 0; ic < c; ic++) {
                for (int i = 0; i < h; i++) {
                    for (int j = 0; j < wd; j++) {
                        double value = x.v[((s * c + ic) * h + i) * wd + j];
                        for (int oc = 0; oc < o; oc++) {
                            for (int a = 0; a < kh; a++) {
                                for (int e = 0; e < k; e++) {
                                    double weight = w.v[((ic * o + oc) * kh + a) * k + e];
                                    full[((s * o + oc) * fullH + i * sh + a) * fullW + j * stride + e] += value * weight;
                                }
                            }
                        }
                    }
                }
            }
        }
        int top = oneD ? 0 : padding;
        int outH = oneD ? 1 : fullH - 2 * padding;
        int outW = fullW - 2 * padding;
        Nd y = oneD ? Nd.zeros(n, o, outW) : Nd.zeros(n, o, outH, outW);
        for (int s = 0; s < n; s++) {
            for (int oc = 0; oc < o; oc++) {
                for (int i = 0; i < outH; i++) {
                    for (int j = 0; j < outW; j++) {
                        y.v[((s * o + oc) * outH + i) * outW + j] = full[((s * o + oc) * fullH + i + top) * fullW + j + padding]
                                + (b == null ? 0 : b.v[oc]);
                    }
                }
            }
        }
        return y;
    }
}
