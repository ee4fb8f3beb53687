package dev.dendrite.analysis.manifold;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * How alike layers represent the same samples. By centered kernel alignment (CKA; Kornblith et al., 2019): for activations X
 * (n × p) and Y (n × q), each column centred, linear CKA = ‖YᵀX‖²_F / (‖XᵀX‖_F · ‖YᵀY‖_F), computed from the samples' Gram
 * matrices K = XXᵀ and L = YYᵀ as ⟨K, L⟩ / (‖K‖ · ‖L‖). 1 for representations equal up to a rotation and a scale, near 0 for
 * unrelated ones; unlike a correlation of units it compares layers of different widths and networks whose units are permuted.
 * With an RBF kernel (Kornblith et al.'s other choice) K_ij = exp(−‖xᵢ − xⱼ‖² / 2σ²), σ a fraction of the median distance
 * between the samples, the alignment weighs near neighbours. By canonical correlations (SVCCA, Raghu et al., 2017; PWCCA,
 * Morcos et al., 2018; {@link CanonicalCorrelation}): invariant to any invertible linear map, where CKA is not.
 *
 * @param rows the first model's layers
 * @param columns the second's (the first's again within one network)
 * @param values rows × columns, the measure's value for each pair
 * @param rowDimensions for SVCCA and PWCCA, the directions each row layer kept; empty for CKA
 * @param columnDimensions the same for the columns
 */
public record RepresentationSimilarity(List<String> rows, List<String> columns, double[][] values, Measure measure, List<Integer> rowDimensions,
        List<Integer> columnDimensions) {

    /**
     * How the layers are compared: CKA with a linear kernel (the samples' dot products) or an RBF one of {@code share} times
     * the median distance between them, or the mean canonical correlation (SVCCA) or its projection-weighted mean (PWCCA) of
     * each layer's main directions, those holding {@code share} of its variance.
     */
    public record Measure(Kind kind, double share) implements java.io.Serializable {

        public enum Kind {
            LINEAR_CKA, RBF_CKA, SVCCA, PWCCA
        }

        public static final Measure LINEAR = new Measure(Kind.LINEAR_CKA, 0);
        /** Raghu et al.'s cut: the directions holding 99% of the variance. */
        public static final double KEPT_VARIANCE = 0.99;

        public Measure {
            if (kind == Kind.RBF_CKA && !(share > 0 && Double.isFinite(share))) {
                throw new IllegalArgumentException("an RBF kernel's width is a positive fraction of the median distance, not " + share);
            }
            if (canonical(kind) && !(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("the share of the variance kept is above 0 and at most 1, not " + share);
            }
        }

        private static boolean canonical(Kind kind) {
            return kind == Kind.SVCCA || kind == Kind.PWCCA;
        }

        /**
         * "linear", "rbf" (width 0.8), "rbf:W", "svcca", "pwcca" (99% of the variance) or "svcca:V", "pwcca:V"; an
         * {@link IllegalArgumentException} naming the forms otherwise.
         */
        public static Measure parse(String text) {
            String t = text.strip().toLowerCase(java.util.Locale.ROOT);
            String name = t.contains(":") ? t.substring(0, t.indexOf(':')) : t;
            Kind kind = switch (name) {
                case "linear", "cka" -> Kind.LINEAR_CKA;
                case "rbf" -> Kind.RBF_CKA;
                case "svcca" -> Kind.SVCCA;
                case "pwcca" -> Kind.PWCCA;
                default -> throw new IllegalArgumentException("unknown measure '" + text + "': use linear, rbf or rbf:WIDTH (CKA's kernels, WIDTH a "
                        + "fraction of the median distance between samples), svcca or pwcca (with :SHARE, the variance kept, 0.99 by default)");
            };
            if (!t.contains(":")) {
                return kind == Kind.LINEAR_CKA ? LINEAR : new Measure(kind, kind == Kind.RBF_CKA ? 0.8 : KEPT_VARIANCE);
            }
            if (kind == Kind.LINEAR_CKA) {
                throw new IllegalArgumentException("'" + text + "': a linear kernel takes no number");
            }
            try {
                return new Measure(kind, Double.parseDouble(t.substring(t.indexOf(':') + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "': " + name + " takes a number after the colon, as in " + name + (kind == Kind.RBF_CKA
                        ? ":0.5" : ":0.95"));
            }
        }

        public boolean rbf() {
            return kind == Kind.RBF_CKA;
        }

        /** SVCCA or PWCCA. */
        public boolean canonical() {
            return canonical(kind);
        }

        /** As {@link #parse} reads it: "linear", "rbf:0.8", "svcca:0.99". */
        public String id() {
            return switch (kind) {
                case LINEAR_CKA -> "linear";
                case RBF_CKA -> "rbf:" + number(share);
                case SVCCA -> "svcca:" + number(share);
                case PWCCA -> "pwcca:" + number(share);
            };
        }

        /** "cka", "svcca" or "pwcca": the family, as {@code --measure} names it. */
        public String family() {
            return canonical() ? kind.name().toLowerCase(java.util.Locale.ROOT) : "cka";
        }

        /** "linear CKA", "RBF CKA (σ = 0.8 × the median distance)", "SVCCA (99% of the variance)". */
        public String describe() {
            return switch (kind) {
                case LINEAR_CKA -> "linear CKA";
                case RBF_CKA -> "RBF CKA (σ = " + number(share) + " × the median distance)";
                case SVCCA, PWCCA -> kind.name() + " (" + number(100 * share) + "% of the variance)";
            };
        }

        private static String number(double value) {
            return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** A comparison by CKA, which keeps no directions. */
    public RepresentationSimilarity(List<String> rows, List<String> columns, double[][] values, Measure measure) {
        this(rows, columns, values, measure, List.of(), List.of());
    }

    /** A comparison by linear CKA. */
    public RepresentationSimilarity(List<String> rows, List<String> columns, double[][] values) {
        this(rows, columns, values, Measure.LINEAR);
    }

    /** Each layer of {@code a} against each of {@code b} by linear CKA; {@code cancelled} is asked between layers. */
    public static RepresentationSimilarity compare(LayerActivations a, LayerActivations b, BooleanSupplier cancelled) {
        return compare(a, b, Measure.LINEAR, cancelled);
    }

    /** Each layer of {@code a} against each of {@code b} by {@code measure}; {@code cancelled} is asked between layers. */
    public static RepresentationSimilarity compare(LayerActivations a, LayerActivations b, Measure measure, BooleanSupplier cancelled) {
        if (a.samples() != b.samples()) {
            throw new IllegalArgumentException("the two models read " + a.samples() + " and " + b.samples() + " samples: compare the same ones");
        }
        if (measure.canonical()) {
            return CanonicalCorrelation.compare(a, b, measure, cancelled);
        }
        List<double[]> left = grams(a, measure, cancelled);
        List<double[]> right = a == b ? left : grams(b, measure, cancelled);
        double[][] cka = new double[left.size()][right.size()];
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                cka[i][j] = a == b && j < i ? cka[j][i] : alignment(left.get(i), right.get(j));
            }
        }
        return new RepresentationSimilarity(a.layers(), b.layers(), cka, measure);
    }

    /**
     * The mean squared canonical correlation two random subspaces of {@code k} and {@code m} directions among {@code samples}
     * samples read: SVCCA and PWCCA near its square root tell nothing.
     */
    public static double chanceSquared(int k, int m, int samples) {
        return CanonicalCorrelation.chanceSquared(k, m, samples);
    }

    /** For each row layer, the column layer most like it. */
    public int[] bestMatches() {
        int[] best = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 1; j < columns.size(); j++) {
                best[i] = values[i][j] > values[i][best[i]] ? j : best[i];
            }
        }
        return best;
    }

    private static List<double[]> grams(LayerActivations activations, Measure measure, BooleanSupplier cancelled) {
        List<double[]> grams = new ArrayList<>();
        for (String layer : activations.layers()) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException();
            }
            double[] gram = centredGram(activations.values().get(layer), activations.samples(), activations.width(layer));
            grams.add(measure.rbf() ? centredRbf(gram, activations.samples(), measure.share()) : gram);
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
        return rowGram(centred(x, n, p), n, p);
    }

    /** M·Mᵀ of the row-major {@code rows × columns} matrix M: rows × rows. */
    static double[] rowGram(double[] m, int rows, int columns) {
        double[] gram = new double[rows * rows];
        // Each pair (i, k ≥ i) is written by row i's task alone.
        java.util.stream.IntStream.range(0, rows).parallel().forEach(i -> {
            for (int k = i; k < rows; k++) {
                double sum = 0;
                int a = i * columns;
                int b = k * columns;
                for (int j = 0; j < columns; j++) {
                    sum += m[a + j] * m[b + j];
                }
                gram[i * rows + k] = sum;
                gram[k * rows + i] = sum;
            }
        });
        return gram;
    }

    /** {@code x} (n × p) with each column's mean over the rows taken away. */
    static double[] centred(float[] x, int n, int p) {
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
        return centred;
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
