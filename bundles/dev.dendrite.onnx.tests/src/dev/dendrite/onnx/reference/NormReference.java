package dev.dendrite.onnx.reference;

/** Reference normalisations in inference mode. */
public final class NormReference {

    private NormReference() {
    }

    /** (x - mean_c) / sqrt(var_c + eps) * scale_c + bias_c over channel dim 1. */
    public static Nd batchNorm(Nd x, Nd scale, Nd bias, Nd mean, Nd var, double eps) {
        int n = x.dim(0), c = x.dim(1);
        int inner = x.size() / (n * c);
        Nd y = x.copy();
        for (int b = 0; b < n; b++) {
            for (int ch = 0; ch < c; ch++) {
                for (int s = 0; s < inner; s++) {
                    int i = (b * c + ch) * inner + s;
                    y.v[i] = (x.v[i] - mean.v[ch]) / Math.sqrt(var.v[ch] + eps) * scale.v[ch] + bias.v[ch];
                }
            }
        }
        return y;
    }

    /** Normalises each group of the last {@code size} values; scale/bias may be null. */
    public static Nd layerNorm(Nd x, int size, Nd scale, Nd bias, double eps) {
        Nd y = x.copy();
        for (int g = 0; g < x.size() / size; g++) {
            double mean = 0;
            for (int k = 0; k < size; k++) {
                mean += x.v[g * size + k];
            }
            mean /= size;
            double var = 0;
            for (int k = 0; k < size; k++) {
                double d = x.v[g * size + k] - mean;
                var += d * d;
            }
            var /= size;
            for (int k = 0; k < size; k++) {
                double z = (x.v[g * size + k] - mean) / Math.sqrt(var + eps);
                y.v[g * size + k] = z * (scale == null ? 1 : scale.v[k]) + (bias == null ? 0 : bias.v[k]);
            }
        }
        return y;
    }

    public static Nd rmsNorm(Nd x, Nd scale, double eps) {
        int d = x.dim(-1);
        Nd y = x.copy();
        for (int g = 0; g < x.size() / d; g++) {
            double squares = 0;
            for (int k = 0; k < d; k++) {
                squares += x.v[g * d + k] * x.v[g * d + k];
            }
            double rms = Math.sqrt(squares / d + eps);
            for (int k = 0; k < d; k++) {
                y.v[g * d + k] = x.v[g * d + k] / rms * (scale == null ? 1 : scale.v[k]);
            }
        }
        return y;
    }

    /** (x - shift) * scale, both broadcast over the leading batch (and sequence) dims. */
    public static Nd inputNormalization(Nd x, Nd shift, Nd scale) {
        Nd y = x.copy();
        int per = shift.size();
        for (int i = 0; i < y.v.length; i++) {
            y.v[i] = (x.v[i] - shift.v[i % per]) * scale.v[i % per];
        }
        return y;
    }
}
