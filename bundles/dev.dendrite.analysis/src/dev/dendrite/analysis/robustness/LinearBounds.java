package dev.dendrite.analysis.robustness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Linear bounds of a network's outputs over an L∞ ball (CROWN, Zhang et al., 2018): a bound on c·z is carried backward from the
 * logits to the input, each affine layer through its transpose and each nonlinear layer through two lines around it (its positive
 * coefficients through the lower line, its negative through the upper), and the linear function of the input that results is
 * minimised over the ball exactly. The lines need each nonlinear layer's input interval: interval bounds give them (CROWN-IBP), or
 * backward passes of their own from every loose unit, which tighten them, layer by layer (CROWN, several times the cost).
 *
 * One instance bounds one sample at a time and may be used by one thread; {@link BoundNetwork} is shared.
 */
final class LinearBounds {

    /** Units tightened per backward pass: rows × a layer's size doubles per tensor on the way. */
    private static final int CHUNK = 64;

    private final BoundNetwork network;
    private final boolean tighten;
    private final double[][] lo;
    private final double[][] hi;
    /** Per tensor, whether its interval is exact: the input through diagonal maps and at most one other affine map. */
    private final int[] depth;
    /** Per tensor, whether a nonlinear layer made it from an exact interval: its own is then as tight as backward passes make it. */
    private final boolean[] activated;
    private final Map<Integer, Relaxation> relaxations = new HashMap<>();
    /** Backward passes run for this sample, for the cost the command reports. */
    int passes;

    /** @param tighten CROWN's own intermediate bounds, else CROWN-IBP's interval ones */
    LinearBounds(BoundNetwork network, boolean tighten) {
        this.network = network;
        this.tighten = tighten;
        int tensors = network.sizes.size();
        lo = new double[tensors][];
        hi = new double[tensors][];
        depth = new int[tensors];
        activated = new boolean[tensors];
    }

    /**
     * Sets the input's ball, [x − ε, x + ε] within [low, high] (NaN: none), and bounds every tensor forward: intervals, tightened
     * before each nonlinear layer where asked.
     */
    void start(float[] x, int offset, double epsilon, double low, double high) {
        relaxations.clear();
        int n = network.sizes.get(0);
        lo[0] = new double[n];
        hi[0] = new double[n];
        for (int i = 0; i < n; i++) {
            double v = x[offset + i];
            lo[0][i] = Double.isNaN(low) ? v - epsilon : Math.max(low, v - epsilon);
            hi[0][i] = Double.isNaN(high) ? v + epsilon : Math.min(high, v + epsilon);
        }
        for (BoundNetwork.Step step : network.steps) {
            int in = step.inputs()[0];
            int out = step.output();
            int size = network.sizes.get(out);
            lo[out] = new double[size];
            hi[out] = new double[size];
            if (step.affine() != null) {
                affineInterval(step.affine(), in, out);
                depth[out] = step.affine().diagonal() ? depth[in] : depth[in] + 1;
            } else if (step.nonlinear() != null) {
                // A max pool right after the first ReLU reads that ReLU's image of exact bounds, which no pass tightens.
                if (tighten && depth[in] > 1 && !activated[in]) {
                    tighten(in, step.nonlinear().loose(lo[in], hi[in]));
                }
                step.nonlinear().interval(lo[in], hi[in], lo[out], hi[out]);
                activated[out] = depth[in] <= 1;
                depth[out] = 2;
            } else {
                for (int k = 0; k < step.inputs().length; k++) {
                    int term = step.inputs()[k];
                    boolean plus = step.signs()[k] > 0;
                    for (int v = 0; v < size; v++) {
                        lo[out][v] += plus ? lo[term][v] : -hi[term][v];
                        hi[out][v] += plus ? hi[term][v] : -lo[term][v];
                    }
                }
                depth[out] = 2;
            }
        }
    }

    /** The logits' interval after {@link #start}: what CROWN-IBP and CROWN read before the last backward pass. */
    double[][] logitInterval() {
        return new double[][] {lo[network.logits].clone(), hi[network.logits].clone()};
    }

    /** Lower bounds of the margins z_label − z_j for every class j (the label's own row is 0), over the ball {@link #start} set. */
    double[] marginLowerBounds(int label) {
        int classes = network.sizes.get(network.logits);
        double[][] rows = new double[classes][classes];
        for (int j = 0; j < classes; j++) {
            if (j != label) {
                rows[j][label] = 1;
                rows[j][j] = -1;
            }
        }
        return lowerBounds(network.logits, rows);
    }

    /** Lower and upper bounds of every logit, by the backward pass: [lower, upper], each [classes]. */
    double[][] logitBounds() {
        int classes = network.sizes.get(network.logits);
        double[][] rows = new double[2 * classes][classes];
        for (int c = 0; c < classes; c++) {
            rows[c][c] = 1;
            rows[classes + c][c] = -1;
        }
        double[] bounds = lowerBounds(network.logits, rows);
        double[][] out = new double[2][classes];
        for (int c = 0; c < classes; c++) {
            out[0][c] = bounds[c];
            out[1][c] = -bounds[classes + c];
        }
        return out;
    }

    private void affineInterval(AffineMap map, int in, int out) {
        int n = map.inputSize();
        double[] centre = new double[n];
        double[] radius = new double[n];
        for (int i = 0; i < n; i++) {
            centre[i] = (lo[in][i] + hi[in][i]) / 2;
            radius[i] = (hi[in][i] - lo[in][i]) / 2;
        }
        double[] c = new double[map.outputSize()];
        double[] r = new double[map.outputSize()];
        map.apply(centre, c, false);
        map.apply(radius, r, true);
        double[] bias = map.bias();
        for (int o = 0; o < c.length; o++) {
            double b = bias == null ? 0 : bias[o];
            lo[out][o] = c[o] + b - r[o];
            hi[out][o] = c[o] + b + r[o];
        }
    }

    /** Tightens the loose units of tensor t by backward passes from each, both ways, in chunks; an interval never widens. */
    private void tighten(int t, boolean[] loose) {
        List<Integer> units = new ArrayList<>();
        for (int i = 0; i < loose.length; i++) {
            if (loose[i]) {
                units.add(i);
            }
        }
        int size = network.sizes.get(t);
        for (int from = 0; from < units.size(); from += CHUNK) {
            int count = Math.min(CHUNK, units.size() - from);
            double[][] rows = new double[2 * count][size];
            for (int k = 0; k < count; k++) {
                rows[k][units.get(from + k)] = 1;
                rows[count + k][units.get(from + k)] = -1;
            }
            double[] bounds = lowerBounds(t, rows);
            for (int k = 0; k < count; k++) {
                int u = units.get(from + k);
                lo[t][u] = Math.max(lo[t][u], bounds[k]);
                hi[t][u] = Math.min(hi[t][u], -bounds[count + k]);
            }
        }
    }

    /**
     * For each row a, a lower bound of a·(tensor t) over the ball: a carried backward through every step before t, then minimised
     * over the input's box. Coefficients are held [values][rows], rows adjacent.
     */
    private double[] lowerBounds(int t, double[][] rows) {
        passes++;
        int count = rows.length;
        int size = network.sizes.get(t);
        double[] start = new double[size * count];
        for (int r = 0; r < count; r++) {
            for (int v = 0; v < size; v++) {
                start[v * count + r] = rows[r][v];
            }
        }
        Map<Integer, double[]> coefficients = new HashMap<>();
        coefficients.put(t, start);
        double[] constant = new double[count];
        List<BoundNetwork.Step> steps = network.steps;
        for (int s = steps.size() - 1; s >= 0; s--) {
            BoundNetwork.Step step = steps.get(s);
            double[] a = coefficients.remove(step.output());
            if (a == null) {
                continue;
            }
            int in = step.inputs()[0];
            if (step.affine() != null) {
                step.affine().addTransposed(a, into(coefficients, in, count), count);
                double[] bias = step.affine().bias();
                if (bias != null) {
                    for (int o = 0; o < bias.length; o++) {
                        for (int r = 0; r < count; r++) {
                            constant[r] += a[o * count + r] * bias[o];
                        }
                    }
                }
            } else if (step.nonlinear() != null) {
                Relaxation lines = relaxations.computeIfAbsent(s, k -> step.nonlinear().relax(lo[in], hi[in]));
                relax(lines, a, into(coefficients, in, count), constant, count);
            } else {
                for (int k = 0; k < step.inputs().length; k++) {
                    double[] into = into(coefficients, step.inputs()[k], count);
                    double sign = step.signs()[k];
                    for (int v = 0; v < a.length; v++) {
                        into[v] += sign * a[v];
                    }
                }
            }
        }
        double[] input = coefficients.get(0);
        double[] bounds = constant.clone();
        if (input != null) {
            for (int i = 0; i < lo[0].length; i++) {
                for (int r = 0; r < count; r++) {
                    double c = input[i * count + r];
                    bounds[r] += c * (c > 0 ? lo[0][i] : hi[0][i]);
                }
            }
        }
        return bounds;
    }

    /** Coefficients on a nonlinear layer's outputs onto its input: positive ones through the lower line, negative through the upper. */
    private static void relax(Relaxation lines, double[] a, double[] into, double[] constant, int count) {
        for (int o = 0; o < lines.lowerIndex().length; o++) {
            int lowerAt = lines.lowerIndex()[o] * count;
            int upperAt = lines.upperIndex()[o] * count;
            for (int r = 0; r < count; r++) {
                double v = a[o * count + r];
                if (v > 0) {
                    constant[r] += v * lines.lowerIntercept()[o];
                    if (lowerAt >= 0) {
                        into[lowerAt + r] += v * lines.lowerSlope()[o];
                    }
                } else if (v < 0) {
                    constant[r] += v * lines.upperIntercept()[o];
                    if (upperAt >= 0) {
                        into[upperAt + r] += v * lines.upperSlope()[o];
                    }
                }
            }
        }
    }

    private double[] into(Map<Integer, double[]> coefficients, int tensor, int count) {
        return coefficients.computeIfAbsent(tensor, k -> new double[network.sizes.get(k) * count]);
    }
}
