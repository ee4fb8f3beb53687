package dev.dendrite.onnx.reference;

import dev.dendrite.model.network.ActivationFunction;

/** Reference dense algebra and activations, written out with loops. */
public final class DenseReference {

    private DenseReference() {
    }

    /** x [..., F] · w [F, U] (+ b [U]) over the last dim. */
    public static Nd dense(Nd x, Nd w, Nd b) {
        int f = w.dim(0);
        int u = w.dim(1);
        int rows = x.size() / f;
        long[] shape = x.shape.clone();
        shape[shape.length - 1] = u;
        Nd y = Nd.zeros(shape);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < u; j++) {
                double sum = b == null ? 0 : b.v[j];
                for (int k = 0; k < f; k++) {
                    sum += x.v[r * f + k] * w.v[k * u + j];
                }
                y.v[r * u + j] = sum;
            }
        }
        return y;
    }

    public static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    public static Nd activation(Nd x, ActivationFunction function, double alpha, int axis) {
        Nd y = x.copy();
        switch (function) {
            case SOFTMAX, LOG_SOFTMAX -> softmax(y, function == ActivationFunction.LOG_SOFTMAX, axis);
            default -> {
                for (int i = 0; i < y.v.length; i++) {
                    y.v[i] = scalar(function, y.v[i], alpha);
                }
            }
        }
        return y;
    }

    public static double scalar(ActivationFunction function, double x, double alpha) {
        return switch (function) {
            case SIGMOID -> sigmoid(x);
            case TANH -> Math.tanh(x);
            case RELU -> Math.max(0, x);
            case LEAKY_RELU -> x >= 0 ? x : alpha * x;
            case ELU -> x >= 0 ? x : alpha * (Math.exp(x) - 1);
            case GELU -> 0.5 * x * (1 + erf(x / Math.sqrt(2)));
            default -> throw new IllegalArgumentException(function.toString());
        };
    }

    private static void softmax(Nd y, boolean log, int axis) {
        int a = axis < 0 ? y.rank() + axis : axis;
        int inner = 1;
        for (int i = a + 1; i < y.rank(); i++) {
            inner *= y.dim(i);
        }
        int n = y.dim(a);
        int outer = y.size() / (n * inner);
        for (int o = 0; o < outer; o++) {
            for (int in = 0; in < inner; in++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < n; k++) {
                    max = Math.max(max, y.v[(o * n + k) * inner + in]);
                }
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += Math.exp(y.v[(o * n + k) * inner + in] - max);
                }
                for (int k = 0; k < n; k++) {
                    int i = (o * n + k) * inner + in;
                    y.v[i] = log ? y.v[i] - max - Math.log(sum) : Math.exp(y.v[i] - max) / sum;
                }
            }
        }
    }

    /** erf by Abramowitz-Stegun 7.1.26 is too coarse; this series/continued fraction is accurate to ~1e-15. */
    public static double erf(double x) {
        double t = Math.abs(x);
        double result;
        if (t < 2.5) {
            double sum = t;
            double term = t;
            for (int n = 1; n < 200; n++) {
                term *= -t * t / n;
                double add = term / (2 * n + 1);
                sum += add;
                if (Math.abs(add) < 1e-17) {
                    break;
                }
            }
            result = 2 / Math.sqrt(Math.PI) * sum;
        } else {
            // continued fraction for erfc
            double f = 0;
            for (int n = 60; n >= 1; n--) {
                f = n / 2.0 / (t + f);
            }
            result = 1 - Math.exp(-t * t) / Math.sqrt(Math.PI) / (t + f);
        }
        return x < 0 ? -result : result;
    }

    public static Nd add(Nd a, Nd b) {
        Nd y = a.copy();
        for (int i = 0; i < y.v.length; i++) {
            y.v[i] += b.v[i];
        }
        return y;
    }
}
