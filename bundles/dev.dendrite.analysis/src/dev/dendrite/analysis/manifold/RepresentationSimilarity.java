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
 * With an RBF kernel (Kornblith et al.'s other choice) K_ij = exp(−‖xᵢ − xⱼ‖² / 2σ²), σ a fraction
 * of the median distance between the samples, the alignment weighs near neighbours: two layers
 * agree where they keep the same samples close, however they place the far ones.
 *
 * @param rows the first model's layers
 * @param columns the second's (the first's again within one network)
 * @param cka rows × columns
 */
public record RepresentationSimilarity(List<String> rows, List<String> columns, double[][] cka, Kernel kernel) {

    /**
     * The kernel the samples' similarities are taken with: linear (their dot products) or RBF of width {@code width} times the
     * median distance between them.
     */
    public record Kernel(boolean rbf, double width) implements java.io.Serializable {

        public static final Kernel LINEAR = new Kernel(false, 0);

        public Kernel {
            if (rbf && !(width > 0 && Double.isFinite(width))) {
                throw new IllegalArgumentException("an RBF kernel's width is a positive fraction of the median distance, not " + width);
            }
        }

        /**
         * "linear", "rbf" (width 0.8) or "rbf:W"; an {@link IllegalArgumentException} naming the forms otherwise.
         */
        public static Kernel parse(String text) {
            String t = text.strip().toLowerCase(java.util.Locale.ROOT);
            if (t.equals("linear")) {
                return LINEAR;
            }
            if (t.equals("rbf")) {
                return new Kernel(true, 0.8);
            }
            if (t.startsWith("rbf:")) {
                try {
                    return new Kernel(true, Double.parseDouble(t.substring(4)));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "': an RBF kernel's width is a number, as in rbf:0.5");
                }
            }
            throw new IllegalArgumentException("unknown kernel '" + text + "': use linear, rbf or rbf:WIDTH (a fraction of the median "
                    + "distance between samples)");
        }

        /** As {@link #parse} reads it: "linear" or "rbf:0.8". */
        public String id() {
            return rbf ? "rbf:" + java.math.BigDecimal.valueOf(width).stripTrailingZeros().toPlainString() : "linear";
        }

        /** "linear CKA" or "RBF CKA (σ = 0.8 × the median distance)". */
        public String describe() {
            return rbf ? "RBF CKA (σ = " + java.math.BigDecimal.valueOf(width).stripTrailingZeros().toPlainString() + " × the median distance)" : "linear CKA";
        }
    }

    /** A comparison by linear CKA. */
    public RepresentationSimilarity(List<String> rows, List<String> columns, double[][] cka) {
        this(rows, columns, cka, Kernel.LINEAR);
    }

    /** Each layer of {@code a} against each of {@code b} by linear CKA; {@code cancelled} is asked between layers. */
    public static RepresentationSimilarity compare(LayerActivations a, LayerActivations b, BooleanSupplier cancelled) {
        return compare(a, b, Kernel.LINEAR, cancelled);
    }

    /** Each layer of {@code a} against each of {@code b} with {@code kernel}; {@code cancelled} is asked between layers. */
    public static RepresentationSimilarity compare(LayerActivations a, LayerActivations b, Kernel kernel, BooleanSupplier cancelled) {
        if (a.samples() != b.samples()) {
            throw new IllegalArgumentException("the two models read " + a.samples() + " and " + b.samples() + " samples: compare the same ones");
        }
        List<double[]> left = grams(a, kernel, cancelled);
        List<double[]> right = a == b ? left : grams(b, kernel, cancelled);
        double[][] cka = new double[left.size()][right.size()];
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                cka[i][j] = a == b && j < i ? cka[j][i] : alignment(left.get(i), right.get(j));
            }
        }
        return new RepresentationSimilarity(a.layers(), b.layers(), cka, kernel);
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

    private static List<double[]> grams(LayerActivations activations, Kernel kernel, BooleanSupplier cancelled) {
        List<double[]> grams = new ArrayList<>();
        for (String layer : activations.layers()) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException();
            }
            double[] gram = centredGram(activations.values().get(layer), activations.samples(), activations.width(layer));
            grams.add(kernel.rbf() ? centredRbf(gram, activations.samples(), kernel.width()) : gram);
        }
        return grams;
    }

    /**
     * The centred RBF kernel matrix from a centred Gram matrix G (centring keeps distances): ‖xᵢ − xⱼ‖² = Gᵢᵢ + Gⱼⱼ − 2Gᵢⱼ, σ =
     * {@code width} × the median distance over the pairs, K centred on both sides (HKH). A layer constant over the samples (every
     * distance 0) gives 0, as its linear Gram matrix does.
     */
    static double[] centredRbf(double[] gram, int n, double width) {
        double[] squared = new double[n * n];
        double[] distances = new double[n * (n - 1) / 2];
        int pair = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d = Math.max(0, gram[i * n + i] + gram[j * n + j] - 2 * gram[i * n + j]);
                squared[i * n + j] = d;
                if (j > i) {
                    distances[pair++] = Math.sqrt(d);
                }
            }
        }
        java.util.Arrays.sort(distances);
        double median = distances.length == 0 ? 0 : distances.length % 2 == 1 ? distances[distances.length / 2]
                : (distances[distances.length / 2 - 1] + distances[distances.length / 2]) / 2;
        double[] k = new double[n * n];
        if (median == 0) {
            return k;
        }
        double sigma = width * median;
        for (int i = 0; i < k.length; i++) {
            k[i] = Math.exp(-squared[i] / (2 * sigma * sigma));
        }
        double[] rowMeans = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rowMeans[i] += k[i * n + j] / n;
            }
            total += rowMeans[i] / n;
        }
        // K symmetric: its column means are its row means.
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k[i * n + j] += total - rowMeans[i] - rowMeans[j];
            }
        }
        return k;
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
