package dev.dendrite.analysis.manifold;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * How faithful an embedding is, and how many dimensions the data really has:
 * trustworthiness (Venna and Kaski: are the embedding's neighbours neighbours in the data?),
 * leave-one-out k-NN label accuracy, and the TwoNN intrinsic dimension (Facco et al. 2017: from
 * each point's two nearest distances). Exact up to {@value #QUERIES} points; beyond, each is
 * averaged over that many query points drawn once (with a fixed seed), their neighbours still
 * sought among all points: an unbiased estimate at linear cost, so measures never cap the points.
 */
public final class ManifoldMeasures {

    static final int QUERIES = 2000;

    private ManifoldMeasures() {
    }

    /** Trustworthiness in [0, 1] of {@code low} for {@code high} with k neighbours (1: no false neighbours). */
    public static double trustworthiness(Points high, Points low, int k) {
        int n = high.n();
        if (low.n() != n || k < 1 || k >= n / 2) {
            throw new IllegalArgumentException("trustworthiness needs the same points in both and 1 ≤ k < n/2 (n = " + n + ", k = " + k + ")");
        }
        int[] queries = queries(n);
        KNearest near = KNearest.of(low, queries, k);
        double penalty = IntStream.range(0, queries.length).parallel().mapToDouble(q -> {
            int i = queries[q];
            double[] distance = new double[n];
            for (int j = 0; j < n; j++) {
                distance[j] = high.distance2(i, j);
            }
            double sum = 0;
            for (int r = 0; r < k; r++) {
                double to = distance[near.neighbour(q, r)];
                int rank = 1;
                for (int j = 0; j < n; j++) {
                    if (j != i && distance[j] < to) {
                        rank++;
                    }
                }
                sum += Math.max(0, rank - k);
            }
            return sum;
        }).sum();
        return 1 - 2.0 / (queries.length * k * (2.0 * n - 3 * k - 1)) * penalty;
    }

    /** Leave-one-out accuracy of a k-nearest-neighbour majority vote on the labels (ties to the smaller label), in the given points. */
    public static double knnAccuracy(Points points, int[] labels, int k) {
        int n = points.n();
        int[] queries = queries(n);
        KNearest near = KNearest.of(points, queries, Math.min(k, n - 1));
        int correct = 0;
        for (int q = 0; q < queries.length; q++) {
            java.util.Map<Integer, Integer> votes = new java.util.TreeMap<>();
            for (int r = 0; r < near.k(); r++) {
                votes.merge(labels[near.neighbour(q, r)], 1, Integer::sum);
            }
            int best = -1;
            int most = 0;
            for (var vote : votes.entrySet()) {
                if (vote.getValue() > most) {
                    most = vote.getValue();
                    best = vote.getKey();
                }
            }
            correct += best == labels[queries[q]] ? 1 : 0;
        }
        return correct / (double) queries.length;
    }

    /** TwoNN: the maximum-likelihood dimension m / Σ log(r₂/r₁) over points with distinct nearest neighbours. */
    public static double twoNN(Points points) {
        int[] queries = queries(points.n());
        KNearest near = KNearest.of(points, queries, 2);
        double sum = 0;
        int used = 0;
        for (int q = 0; q < queries.length; q++) {
            double first = near.distance2(q, 0);
            double second = near.distance2(q, 1);
            if (first > 0) {
                sum += 0.5 * Math.log(second / first); // squared distances: log(r2/r1) = ½ log(r2²/r1²)
                used++;
            }
        }
        return sum == 0 ? Double.NaN : used / sum;
    }

    /** Every point up to {@link #QUERIES}, otherwise that many drawn without replacement. */
    static int[] queries(int n) {
        int[] chosen = Vectors.sample(n, QUERIES, 1);
        java.util.Arrays.sort(chosen);
        return chosen;
    }
}
