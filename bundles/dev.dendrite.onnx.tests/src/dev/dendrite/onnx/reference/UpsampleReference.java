package dev.dendrite.onnx.reference;

/** Upsampling by a whole scale per spatial dim, nearest (blocks) or bilinear with half-pixel centres (PyTorch, align_corners=False). */
final class UpsampleReference {

    private UpsampleReference() {
    }

    static Nd upsample(Nd x, int scale, boolean bilinear) {
        boolean sequence = x.rank() == 3;
        int n = x.dim(0);
        int c = x.dim(1);
        int h = sequence ? 1 : x.dim(2);
        int w = x.dim(-1);
        int sh = sequence ? 1 : scale;
        Nd out = sequence ? Nd.zeros(n, c, (long) w * scale) : Nd.zeros(n, c, (long) h * scale, (long) w * scale);
        for (int b = 0; b < n * c; b++) {
            for (int i = 0; i < h * sh; i++) {
                for (int j = 0; j < w * scale; j++) {
                    double value;
                    if (!bilinear) {
                        value = x.v[(b * h + i / sh) * w + j / scale];
                    } else {
                        double[] ys = taps(i, sh, h);
                        double[] xs = taps(j, scale, w);
                        value = 0;
                        for (int a = 0; a < 2; a++) {
                            for (int e = 0; e < 2; e++) {
                                value += ys[2 + a] * xs[2 + e] * x.v[(b * h + (int) ys[a]) * w + (int) xs[e]];
                            }
                        }
                    }
                    out.v[(b * h * sh + i) * w * scale + j] = value;
                }
            }
        }
        return out;
    }

    /** The two source indices of output index {@code i} and their weights: {i0, i1, w0, w1}. */
    private static double[] taps(int i, int scale, int size) {
        double source = Math.max(0, Math.min(size - 1, (i + 0.5) / scale - 0.5));
        int i0 = (int) Math.floor(source);
        int i1 = Math.min(i0 + 1, size - 1);
        double t = source - i0;
        return new double[] {i0, i1, 1 - t, t};
    }
}
