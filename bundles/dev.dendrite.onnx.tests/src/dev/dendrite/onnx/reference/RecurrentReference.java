package dev.dendrite.onnx.reference;

import static dev.dendrite.onnx.reference.DenseReference.sigmoid;

import dev.dendrite.model.network.sequence.CellType;

/** Reference RNN/LSTM/GRU following ONNX's equations (gate orders: LSTM i,o,f,c; GRU z,r,h with linear_before_reset). */
public final class RecurrentReference {

    /** sequence [N, T, dirs·H], hidden [N, dirs·H], cell [N, dirs·H] (LSTM). */
    public record Result(Nd sequence, Nd hidden, Nd cell) {
    }

    private RecurrentReference() {
    }

    public static Result run(CellType cell, Nd x, Nd w, Nd r, Nd b, Nd h0, Nd c0, int hidden, int directions) {
        int n = x.dim(0), t = x.dim(1), f = x.dim(2);
        int gates = cell == CellType.LSTM ? 4 : cell == CellType.GRU ? 3 : 1;
        Nd sequence = Nd.zeros(n, t, (long) directions * hidden);
        Nd finalH = Nd.zeros(n, (long) directions * hidden);
        Nd finalC = Nd.zeros(n, (long) directions * hidden);
        for (int d = 0; d < directions; d++) {
            for (int batch = 0; batch < n; batch++) {
                double[] h = new double[hidden];
                double[] c = new double[hidden];
                for (int k = 0; k < hidden; k++) {
                    h[k] = h0 == null ? 0 : h0.get(batch, d * hidden + k);
                    c[k] = c0 == null ? 0 : c0.get(batch, d * hidden + k);
                }
                for (int step = 0; step < t; step++) {
                    int time = d == 0 ? step : t - 1 - step;
                    double[] xw = new double[gates * hidden];
                    double[] hr = new double[gates * hidden];
                    for (int g = 0; g < gates * hidden; g++) {
                        double sx = b.get(d, g);
                        for (int k = 0; k < f; k++) {
                            sx += x.get(batch, time, k) * w.get(d, g, k);
                        }
                        double sh = b.get(d, gates * hidden + g);
                        for (int k = 0; k < hidden; k++) {
                            sh += h[k] * r.get(d, g, k);
                        }
                        xw[g] = sx;
                        hr[g] = sh;
                    }
                    double[] next = new double[hidden];
                    for (int k = 0; k < hidden; k++) {
                        switch (cell) {
                            case RNN -> next[k] = Math.tanh(xw[k] + hr[k]);
                            case LSTM -> {
                                double in = sigmoid(xw[k] + hr[k]);
                                double out = sigmoid(xw[hidden + k] + hr[hidden + k]);
                                double forget = sigmoid(xw[2 * hidden + k] + hr[2 * hidden + k]);
                                double candidate = Math.tanh(xw[3 * hidden + k] + hr[3 * hidden + k]);
                                c[k] = forget * c[k] + in * candidate;
                                next[k] = out * Math.tanh(c[k]);
                            }
                            case GRU -> {
                                double z = sigmoid(xw[k] + hr[k]);
                                double reset = sigmoid(xw[hidden + k] + hr[hidden + k]);
                                double candidate = Math.tanh(xw[2 * hidden + k] + reset * hr[2 * hidden + k]);
                                next[k] = (1 - z) * candidate + z * h[k];
                            }
                        }
                    }
                    h = next;
                    for (int k = 0; k < hidden; k++) {
                        sequence.set(h[k], batch, time, d * hidden + k);
                    }
                }
                for (int k = 0; k < hidden; k++) {
                    finalH.set(h[k], batch, d * hidden + k);
                    finalC.set(c[k], batch, d * hidden + k);
                }
            }
        }
        return new Result(sequence, finalH, cell == CellType.LSTM ? finalC : null);
    }

    /** One-to-many: the vector [N, F] repeated for every step. */
    public static Nd repeat(Nd x, int steps) {
        int n = x.dim(0), f = x.dim(1);
        Nd y = Nd.zeros(n, steps, f);
        for (int b = 0; b < n; b++) {
            for (int s = 0; s < steps; s++) {
                for (int k = 0; k < f; k++) {
                    y.set(x.get(b, k), b, s, k);
                }
            }
        }
        return y;
    }

    /** Embedding lookup: ids [N, T] into rows of w [V, D]. */
    public static Nd embed(long[] ids, long[] idShape, Nd w) {
        int d = w.dim(1);
        long[] shape = java.util.Arrays.copyOf(idShape, idShape.length + 1);
        shape[idShape.length] = d;
        Nd y = Nd.zeros(shape);
        for (int i = 0; i < ids.length; i++) {
            for (int k = 0; k < d; k++) {
                y.v[i * d + k] = w.get((int) ids[i], k);
            }
        }
        return y;
    }
}
