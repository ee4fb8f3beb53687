package dev.dendrite.analysis.manifold;

import java.util.Arrays;

/**
 * How faithful an embedding is, and how many dimensions the data really has:
 * trustworthiness (Venna and Kaski: are the embedding's neighbours neighbours in the data?),
 * leave-one-out k-NN label accuracy in the embedding, and the TwoNN intrinsic dimension
 * (Facco et al. 2017: from each point's two nearest distances). All exact, O(n²).
 */
public final class ManifoldMeasures {

    private ManifoldMeasures() {
    }

    /** Trustworthiness in [0, 1] of {@code low} for {@code high} with k neighbours (1: no false neighbours). */
    public static double trustworthiness(Points high, Points low, int k) {
        int n = high.n();
        if (low.n() != n || k < 1 || k >= n / 2) {
            throw new IllegalArgumentException("trustworthiness needs the same points in both and 1 ≤ k < n/2 (n = " + n + ", k = " + k + ")");
        }
        double[] dh = high.distances();
        double[] dl = low.distances();
        double penalty = 0;
        for (int i = 0; i < n; i++) {
            int[] rankHigh = ranks(dh, i, n);
            Integer[] byLow = order(dl, i, n);
            for (int r = 1; r <= k; r++) {
                int j = byLow[r];
                penalty += Math.max(0, rankHigh[j] - k);
            }
        }
        return 1 - 2.0 / (n * k * (2.0 * n - 3 * k - 1)) * penalty;
    }

    /** Leave-one-out accuracy of a k-nearest-neighbour majority vote on the labels, in the given points. */
    public static double knnAccuracy(Points points, int[] labels, int k) {
        int n = points.n();
        double[] distances = points.distances();
        int correct = 0;
        for (int i = 0; i < n; i++) {
            Integer[] byDistance = order(distances, i, n);
            java.util.Map<Integer, Integer> votes = new java.util.HashMap<>();
            for (int r = 1; r <= Math.min(k, n - 1); r++) {
                votes.merge(labels[byDistance[r]], 1, Integer::sum);
            }
            int best = votes.entrySet().stream().max((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(b.getKey(), a.getKey())
                    : Integer.compare(a.getValue(), b.getValue())).map(java.util.Map.Entry::getKey).orElse(-1);
            correct += best == labels[i] ? 1 : 0;
        }
        return correct / (double) n;
    }

    /** TwoNN: the maximum-likelihood dimension n / Σ log(r₂/r₁) over points with distinct nearest neighbours. */
    public static double twoNN(Points points) {
        int n = points.n();
        double sum = 0;
        int used = 0;
        for (int i = 0; i < n; i++) {
            double first = Double.POSITIVE_INFINITY;
            double second = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double v = points.distance2(i, j);
                if (v < first) {
                    second = first;
                    first = v;
                } else if (v < second) {
                    second = v;
                }
            }
            if (first > 0 && Double.isFinite(second)) {
                sum += 0.5 * Math.log(second / first); // squared distances: log(r2/r1) = ½ log(r2²/r1²)
                used++;
            }
        }
        return sum == 0 ? Double.NaN : used / sum;
    }

    /** Point i's others ordered by distance (index 0 is i itself). */
    private static Integer[] order(double[] distances, int i, int n) {
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> a == i ? -1 : b == i ? 1 : Double.compare(distances[i * n + a], distances[i * n + b]));
        return order;
    }

    /** The rank of every other point by distance from i (1 = nearest). */
    private static int[] ranks(double[] distances, int i, int n) {
        Integer[] order = order(distances, i, n);
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }
}
