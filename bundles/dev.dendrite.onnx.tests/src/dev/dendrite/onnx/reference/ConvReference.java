package dev.dendrite.onnx.reference;

/** Reference convolution and pooling over [N, C, L] or [N, C, H, W] (1-D handled as H = 1). */
public final class ConvReference {

    private ConvReference() {
    }

    private static Nd as4d(Nd x) {
        return x.rank() == 4 ? x : x.reshape(x.shape[0], x.shape[1], 1, x.shape[2]);
    }

    /**
     * Conv1d over the steps of x [N, T, F] with w [O, F/groups, k]: output step t reads steps
     * t − before + a·dilation, zeros outside the sequence, where before is d·(k−1) when causal, 0
     * when valid (whose output has only the T − d·(k−1) steps of whole windows) and d·(k−1)/2 (same).
     */
    public static Nd sequenceConv(Nd x, Nd w, Nd b, int dilation, int groups, String padding) {
        int n = x.dim(0), steps = x.dim(1), o = w.dim(0), cg = w.dim(1), k = w.dim(2);
        int span = dilation * (k - 1);
        int before = switch (padding) {
            case "causal" -> span;
            case "valid" -> 0;
            default -> span / 2;
        };
        int outSteps = padding.equals("valid") ? steps - span : steps;
        int perGroupOut = o / groups;
        Nd y = Nd.zeros(n, outSteps, o);
        for (int s = 0; s < n; s++) {
            for (int t = 0; t < outSteps; t++) {
                for (int oc = 0; oc < o; oc++) {
                    int g = oc / perGroupOut;
                    double sum = b == null ? 0 : b.v[oc];
                    for (int a = 0; a < k; a++) {
                        int read = t - before + a * dilation;
                        for (int ic = 0; read >= 0 && read < steps && ic < cg; ic++) {
                            sum += x.get(s, read, g * cg + ic) * w.get(oc, ic, a);
                        }
                    }
                    y.set(sum, s, t, oc);
                }
            }
        }
        return y;
    }

    /** Max or average of whole windows of the steps of x [N, T, F]: (T − k) / s + 1 of them. */
    public static Nd sequencePool(Nd x, boolean max, int kernel, int stride) {
        int n = x.dim(0), steps = x.dim(1), f = x.dim(2);
        int out = (steps - kernel) / stride + 1;
        Nd y = Nd.zeros(n, out, f);
        for (int s = 0; s < n; s++) {
            for (int t = 0; t < out; t++) {
                for (int c = 0; c < f; c++) {
                    double value = max ? Double.NEGATIVE_INFINITY : 0;
                    for (int a = 0; a < kernel; a++) {
                        double v = x.get(s, t * stride + a, c);
                        value = max ? Math.max(value, v) : value + v / kernel;
                    }
                    y.set(value, s, t, c);
                }
            }
        }
        return y;
    }

    public static Nd conv(Nd x0, Nd w0, Nd b, int stride, int pad, int dilation, int groups) {
        boolean oneD = x0.rank() == 3;
        Nd x = as4d(x0);
        Nd w = oneD ? w0.reshape(w0.shape[0], w0.shape[1], 1, w0.shape[2]) : w0;
        int n = x.dim(0), c = x.dim(1), h = x.dim(2), wd = x.dim(3);
        int o = w.dim(0), cg = w.dim(1), kh = w.dim(2), kw = w.dim(3);
        int padH = oneD ? 0 : pad;
        int strideH = oneD ? 1 : stride;
        int dilH = oneD ? 1 : dilation;
        int oh = (h + 2 * padH - dilH * (kh - 1) - 1) / strideH + 1;
        int ow = (wd + 2 * pad - dilation * (kw - 1) - 1) / stride + 1;
        int perGroupOut = o / groups;
        Nd y = Nd.zeros(n, o, oh, ow);
        for (int b0 = 0; b0 < n; b0++) {
            for (int oc = 0; oc < o; oc++) {
                int g = oc / perGroupOut;
                for (int i = 0; i < oh; i++) {
                    for (int j = 0; j < ow; j++) {
                        double sum = b == null ? 0 : b.v[oc];
                        for (int ic = 0; ic < cg; ic++) {
                            for (int a = 0; a < kh; a++) {
                                for (int bb = 0; bb < kw; bb++) {
                                    int yy = i * strideH - padH + a * dilH;
                                    int xx = j * stride - pad + bb * dilation;
                                    if (yy >= 0 && yy < h && xx >= 0 && xx < wd) {
                                        sum += x.get(b0, g * cg + ic, yy, xx) * w.get(oc, ic, a, bb);
                                    }
                                }
                            }
                        }
                        y.set(sum, b0, oc, i, j);
                    }
                }
            }
        }
        return oneD ? y.reshape(n, o, ow) : y;
    }

    /** Max or average pooling; average counts padded positions (count_include_pad = 1). */
    public static Nd pool(Nd x0, boolean max, int kernel, int stride, int pad) {
        boolean oneD = x0.rank() == 3;
        Nd x = as4d(x0);
        int n = x.dim(0), c = x.dim(1), h = x.dim(2), wd = x.dim(3);
        int kh = oneD ? 1 : kernel;
        int sh = oneD ? 1 : stride;
        int ph = oneD ? 0 : pad;
        int oh = (h + 2 * ph - kh) / sh + 1;
        int ow = (wd + 2 * pad - kernel) / stride + 1;
        Nd y = Nd.zeros(n, c, oh, ow);
        for (int b = 0; b < n; b++) {
            for (int ch = 0; ch < c; ch++) {
                for (int i = 0; i < oh; i++) {
                    for (int j = 0; j < ow; j++) {
                        double acc = max ? Double.NEGATIVE_INFINITY : 0;
                        for (int a = 0; a < kh; a++) {
                            for (int bb = 0; bb < kernel; bb++) {
                                int yy = i * sh - ph + a;
                                int xx = j * stride - pad + bb;
                                boolean inside = yy >= 0 && yy < h && xx >= 0 && xx < wd;
                                if (max && inside) {
                                    acc = Math.max(acc, x.get(b, ch, yy, xx));
                                } else if (!max && inside) {
                                    acc += x.get(b, ch, yy, xx);
                                }
                            }
                        }
                        y.set(max ? acc : acc / (kh * kernel), b, ch, i, j);
                    }
                }
            }
        }
        return oneD ? y.reshape(n, c, ow) : y;
    }

    public static Nd globalPool(Nd x, boolean max) {
        int n = x.dim(0), c = x.dim(1);
        int spatial = x.size() / (n * c);
        Nd y = Nd.zeros(n, c);
        for (int i = 0; i < n * c; i++) {
            double acc = max ? Double.NEGATIVE_INFINITY : 0;
            for (int s = 0; s < spatial; s++) {
                acc = max ? Math.max(acc, x.v[i * spatial + s]) : acc + x.v[i * spatial + s];
            }
            y.v[i] = max ? acc : acc / spatial;
        }
        return y;
    }
}
