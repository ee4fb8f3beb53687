package dev.dendrite.onnx.reference;

/**
 * Reference self-attention and positional encodings, written from the definitions step by step
 * (loops, no matrix library): an independent check of the ONNX lowering.
 */
public final class AttentionReference {

    private AttentionReference() {
    }

    /**
     * Multi-head self-attention of x [N, T, D]: per head h (dims h·d to (h+1)·d, d = D/heads) and
     * query step i, softmax over keys j (j ≤ i when causal) of q_i·k_j/√d, mixing v_j; then the
     * output projection. Weights are [D, D] applied as x·W, biases [D].
     */
    public static Nd attention(Nd x, int heads, boolean causal, Nd wq, Nd bq, Nd wk, Nd bk, Nd wv, Nd bv, Nd wo, Nd bo) {
        return attention(x, x, heads, causal, wq, bq, wk, bk, wv, bv, wo, bo);
    }

    /** As above with keys and values from {@code memory} [N, S, M] (x itself for self-attention); key and value weights [M, D]. */
    public static Nd attention(Nd x, Nd memory, int heads, boolean causal, Nd wq, Nd bq, Nd wk, Nd bk, Nd wv, Nd bv, Nd wo, Nd bo) {
        int n = x.dim(0), steps = x.dim(1), width = x.dim(2);
        int d = width / heads;
        Nd q = DenseReference.dense(x, wq, bq);
        Nd k = DenseReference.dense(memory, wk, bk);
        Nd v = DenseReference.dense(memory, wv, bv);
        Nd mixed = Nd.zeros(n, steps, width);
        for (int b = 0; b < n; b++) {
            for (int h = 0; h < heads; h++) {
                for (int i = 0; i < steps; i++) {
                    int visible = causal ? i + 1 : memory.dim(1);
                    double[] scores = new double[visible];
                    double max = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j < visible; j++) {
                        double dot = 0;
                        for (int c = 0; c < d; c++) {
                            dot += q.get(b, i, h * d + c) * k.get(b, j, h * d + c);
                        }
                        scores[j] = dot / Math.sqrt(d);
                        max = Math.max(max, scores[j]);
                    }
                    double total = 0;
                    for (int j = 0; j < visible; j++) {
                        scores[j] = Math.exp(scores[j] - max);
                        total += scores[j];
                    }
                    for (int c = 0; c < d; c++) {
                        double sum = 0;
                        for (int j = 0; j < visible; j++) {
                            sum += scores[j] / total * v.get(b, j, h * d + c);
                        }
                        mixed.set(sum, b, i, h * d + c);
                    }
                }
            }
        }
        return DenseReference.dense(mixed, wo, bo);
    }

    /** x [N, T, F] plus row t of the table for step t. */
    public static Nd addPositions(Nd x, Nd table) {
        Nd y = x.copy();
        int steps = x.dim(1), features = x.dim(2);
        for (int b = 0; b < x.dim(0); b++) {
            for (int t = 0; t < steps; t++) {
                for (int f = 0; f < features; f++) {
                    y.set(x.get(b, t, f) + table.get(t, f), b, t, f);
                }
            }
        }
        return y;
    }

    /** The table's rows [k, F] before every sequence's steps: [N, k + T, F]. */
    public static Nd prependTokens(Nd x, Nd tokens) {
        int n = x.dim(0), steps = x.dim(1), features = x.dim(2), count = tokens.dim(0);
        Nd y = Nd.zeros(n, count + steps, features);
        for (int b = 0; b < n; b++) {
            for (int t = 0; t < count + steps; t++) {
                for (int f = 0; f < features; f++) {
                    y.set(t < count ? tokens.get(t, f) : x.get(b, t - count, f), b, t, f);
                }
            }
        }
        return y;
    }

    /** The average or the max over the steps of x [N, T, F]: [N, F]. */
    public static Nd poolSteps(Nd x, boolean max) {
        int n = x.dim(0), steps = x.dim(1), features = x.dim(2);
        Nd y = Nd.zeros(n, features);
        for (int b = 0; b < n; b++) {
            for (int f = 0; f < features; f++) {
                double pooled = max ? Double.NEGATIVE_INFINITY : 0;
                for (int t = 0; t < steps; t++) {
                    pooled = max ? Math.max(pooled, x.get(b, t, f)) : pooled + x.get(b, t, f) / steps;
                }
                y.set(pooled, b, f);
            }
        }
        return y;
    }

    /** sin(t / 10000^(2i/F)) at feature 2i, cos of the same at 2i+1. */
    public static Nd sinusoids(int length, int features) {
        Nd table = Nd.zeros(length, features);
        for (int t = 0; t < length; t++) {
            for (int f = 0; f < features; f++) {
                int pair = f / 2;
                double angle = t / Math.pow(10000, 2.0 * pair / features);
                table.set(f % 2 == 0 ? Math.sin(angle) : Math.cos(angle), t, f);
            }
        }
        return table;
    }
}
