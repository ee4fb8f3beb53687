package dev.dendrite.onnx.importer;

import java.util.List;

import dev.dendrite.onnx.importer.NodeInterpreter.Value;

/**
 * What an Attention layer computes, in double precision, for checking a pattern against the nodes
 * it would replace. The projections are computed once; each candidate setting (heads, causal, role
 * order) then costs one output row to refuse and the whole output only to accept.
 */
final class AttentionMath {

    /**
     * x (or the memory, for blocks read from it) projected by every block: {@code rows[block][n·T + t][c]}
     * ({@code n·S + j} for a memory of S steps); D wide.
     */
    record Projected(int n, int steps, int keySteps, int width, double[][][] rows) {
    }

    private AttentionMath() {
    }

    static Projected project(Value x, List<double[][]> blocks, List<double[]> biases) {
        return project(x, x, blocks, biases, new boolean[blocks.size()]);
    }

    /** As above, the blocks marked in {@code fromMemory} applied to {@code memory} [N, S, M] (cross-attention's keys and values). */
    static Projected project(Value x, Value memory, List<double[][]> blocks, List<double[]> biases, boolean[] fromMemory) {
        int n = x.dims()[0];
        int width = blocks.get(0)[0].length;
        double[][][] rows = new double[blocks.size()][][];
        for (int b = 0; b < blocks.size(); b++) {
            Value in = fromMemory[b] ? memory : x;
            int count = n * in.dims()[1];
            int inWidth = in.dims()[2];
            double[][] w = blocks.get(b);
            rows[b] = new double[count][width];
            for (int r = 0; r < count; r++) {
                double[] out = rows[b][r];
                System.arraycopy(biases.get(b), 0, out, 0, width);
                for (int c = 0; c < inWidth; c++) {
                    double v = in.data()[r * inWidth + c];
                    for (int o = 0; o < width; o++) {
                        out[o] += v * w[c][o];
                    }
                }
            }
        }
        return new Projected(n, x.dims()[1], memory.dims()[1], width, rows);
    }

    /**
     * Output row t of sequence b: softmax(q_t·Kᵀ/√d [causal]) V per head, merged, · Wo + bo;
     * {@code order} names the blocks serving as query, key and value.
     */
    static double[] row(Projected p, int[] order, double[][] wo, double[] bo, int heads, boolean causal, int b, int t) {
        int width = p.width();
        int d = width / heads;
        double scale = 1 / Math.sqrt(d);
        double[] q = p.rows()[order[0]][b * p.steps() + t];
        double[][] k = p.rows()[order[1]];
        double[][] v = p.rows()[order[2]];
        double[] mixed = new double[width];
        double[] weights = new double[p.keySteps()];
        int last = causal ? t : p.keySteps() - 1;
        for (int h = 0; h < heads; h++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j <= last; j++) {
                double dot = 0;
                double[] key = k[b * p.keySteps() + j];
                for (int c = h * d; c < (h + 1) * d; c++) {
                    dot += q[c] * key[c];
                }
                weights[j] = dot * scale;
                max = Math.max(max, weights[j]);
            }
            double sum = 0;
            for (int j = 0; j <= last; j++) {
                weights[j] = Math.exp(weights[j] - max);
                sum += weights[j];
            }
            for (int j = 0; j <= last; j++) {
                double[] value = v[b * p.keySteps() + j];
                for (int c = h * d; c < (h + 1) * d; c++) {
                    mixed[c] += weights[j] / sum * value[c];
                }
            }
        }
        double[] y = new double[width];
        for (int o = 0; o < width; o++) {
            y[o] = bo == null ? 0 : bo[o];
        }
        for (int c = 0; c < width; c++) {
            for (int o = 0; o < width; o++) {
                y[o] += mixed[c] * wo[c][o];
            }
        }
        return y;
    }

    /** Every output row, [N, T, D] row-major. */
    static double[] forward(Projected p, int[] order, double[][] wo, double[] bo, int heads, boolean causal) {
        double[] y = new double[p.n() * p.steps() * p.width()];
        for (int b = 0; b < p.n(); b++) {
            for (int t = 0; t < p.steps(); t++) {
                System.arraycopy(row(p, order, wo, bo, heads, causal, b, t), 0, y, (b * p.steps() + t) * p.width(), p.width());
            }
        }
        return y;
    }
}
