package dev.dendrite.analysis.manifold;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Linear centered kernel alignment (CKA; Kornblith et al., 2019) between layers' representations of
 * the same samples: for activations X (n × p) and Y (n × q), each column centred,
 * CKA = ‖YᵀX‖²_F / (‖XᵀX‖_F · ‖YᵀY‖_F), computed from the samples' Gram matrices K = XXᵀ and L = YYᵀ
 * as ⟨K, L⟩ / (‖K‖ · ‖L‖). 1 for representations equal up to a rotation and a scale, near 0 for
 * unrelated ones; unlike a correlation of units it compares layers of different widths and
 * networks whose units are permuted. Within one network, layer against layer; across two (seeds,
 * a pruned ticket and its dense network, a student and its teacher), which layers learnt alike.
 *
 * @param rows the first model's layers
 * @param columns the second's (the first's again within one network)
 * @param cka rows × columns
 */
public record RepresentationSimilarity(List<String> rows, List<String> columns, double[][] cka) {

    /** Each layer of {@code a} against each of {@code b}; {@code cancelled} is asked between layers. */
    public static RepresentationSimilarity compare(LayerActivations a, LayerActivations b, BooleanSupplier cancelled) {
        if (a.samples() != b.samples()) {
            throw new IllegalArgumentException("the two models read " + a.samples() + " and " + b.samples() + " samples: compare the same ones");
        }
        List<double[]> left = grams(a, cancelled);
        List<double[]> right = a == b ? left : grams(b, cancelled);
        double[][] cka = new double[left.size()][right.size()];
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                cka[i][j] = a == b && j < i ? cka[j][i] : alignment(left.get(i), right.get(j));
            }
        }
        return new RepresentationSimilarity(a.layers(), b.layers(), cka);
    }

    /** For each row layer, the column layer most like it. */
    public int[] bestMatches() {
        int[] best = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 1; j < columns.size(); j++) {
                best[i] = cka[i][j] > cka[i][best[i]] ? j : best[i];
            }
        }
        return best;
    }

    private static List<double[]> grams(LayerActivations activations, BooleanSupplier cancelled) {
        List<double[]> grams = new ArrayList<>();
        for (String layer : activations.layers()) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException();
            }
            grams.add(centredGram(activations.values().get(layer), activations.samples(), activations.width(layer)));
        }
        return grams;
    }

    /** The n × n Gram matrix of the rows of {@code x} (n × p) after each column is centred: HXXᵀH. */
    static double[] centredGram(float[] x, int n, int p) {
        double[] centred = new double[n * p];
        for (int j = 0; j < p; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i * p + j];
            }
            mean /= n;
            for (int i = 0; i < n; i++) {
                centred[i * p + j] = x[i * p + j] - mean;
            }
        }
        double[] gram = new double[n * n];
        // Each pair (i, k ≥ i) is written by row i's task alone.
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            for (int k = i; k < n; k++) {
                double sum = 0;
                int a = i * p;
                int b = k * p;
                for (int j = 0; j < p; j++) {
                    sum += centred[a + j] * centred[b + j];
                }
                gram[i * n + k] = sum;
                gram[k * n + i] = sum;
            }
        });
        return gram;
    }

    /** ⟨K, L⟩ / (‖K‖ ‖L‖) of two centred Gram matrices; 0 where either is 0 (a layer constant over the samples). */
    static double alignment(double[] k, double[] l) {
        double kl = 0;
        double kk = 0;
        double ll = 0;
        for (int i = 0; i < k.length; i++) {
            kl += k[i] * l[i];
            kk += k[i] * k[i];
            ll += l[i] * l[i];
        }
        return kk == 0 || ll == 0 ? 0 : kl / Math.sqrt(kk * ll);
    }
}
