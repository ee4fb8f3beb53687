package dev.dendrite.onnx.importer;

import java.util.List;

import dev.dendrite.onnx.importer.NodeInterpreter.Value;

/** What an Attention layer computes, in double precision, for checking a pattern against the nodes it would replace. */
final class AttentionMath {

    private AttentionMath() {
    }

    /**
     * y = softmax(QKᵀ/√d [causal]) V · Wo + bo per head, x [N, T, D]; {@code order} names the
     * blocks serving as query, key and value.
     */
    static double[] forward(Value x, int[] order, List<double[][]> blocks, List<double[]> biases, double[][] wo, double[] bo, int heads,
            boolean causal) {
        int n = x.dims()[0];
        int steps = x.dims()[1];
        int width = x.dims()[2];
        int d = width / heads;
        double scale = 1 / Math.sqrt(d);
        double[] y = new double[n * steps * width];
        for (int b = 0; b < n; b++) {
            double[][] q = project(x, b, blocks.get(order[0]), biases.get(order[0]));
            double[][] k = project(x, b, blocks.get(order[1]), biases.get(order[1]));
            double[][] v = project(x, b, blocks.get(order[2]), biases.get(order[2]));
            double[][] mixed = new double[steps][width];
            double[] p = new double[steps];
            for (int h = 0; h < heads; h++) {
                for (int i = 0; i < steps; i++) {
                    double max = Double.NEGATIVE_INFINITY;
                    int last = causal ? i : steps - 1;
                    for (int j = 0; j <= last; j++) {
                        double dot = 0;
                        for (int c = h * d; c < (h + 1) * d; c++) {
                            dot += q[i][c] * k[j][c];
                        }
                        p[j] = dot * scale;
                        max = Math.max(max, p[j]);
                    }
                    double sum = 0;
                    for (int j = 0; j <= last; j++) {
                        p[j] = Math.exp(p[j] - max);
                        sum += p[j];
                    }
                    for (int j = 0; j <= last; j++) {
                        for (int c = h * d; c < (h + 1) * d; c++) {
                            mixed[i][c] += p[j] / sum * v[j][c];
                        }
                    }
                }
            }
            for (int i = 0; i < steps; i++) {
                for (int o = 0; o < width; o++) {
                    double sum = bo == null ? 0 : bo[o];
                    for (int c = 0; c < width; c++) {
                        sum += mixed[i][c] * wo[c][o];
                    }
                    y[(b * steps + i) * width + o] = sum;
                }
            }
        }
        return y;
    }

    private static double[][] project(Value x, int b, double[][] w, double[] bias) {
        int steps = x.dims()[1];
        int width = x.dims()[2];
        double[][] out = new double[steps][w[0].length];
        for (int i = 0; i < steps; i++) {
            for (int o = 0; o < w[0].length; o++) {
                double sum = bias[o];
                for (int c = 0; c < width; c++) {
                    sum += x.data()[(b * steps + i) * width + c] * w[c][o];
                }
                out[i][o] = sum;
            }
        }
        return out;
    }
}
