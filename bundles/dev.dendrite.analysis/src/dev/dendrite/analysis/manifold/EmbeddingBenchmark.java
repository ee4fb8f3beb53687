package dev.dendrite.analysis.manifold;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Times each embedding method on Gaussian clusters of a chosen size (10 clusters of unit spread
 * around centres three deviations apart, the shape of a trained layer's activations) and says
 * how good each embedding is: what {@code dendrite embed --benchmark} prints.
 */
public final class EmbeddingBenchmark {

    /** One method's time and quality. */
    public record Result(LayerEmbedding.Method method, double seconds, double trustworthiness, double knnAccuracy) {
    }

    private EmbeddingBenchmark() {
    }

    public static List<Result> run(int n, int d, List<LayerEmbedding.Method> methods, BooleanSupplier cancelled) {
        int[] labels = new int[n];
        Points x = clusters(n, d, 10, 42, labels);
        List<Result> results = new ArrayList<>();
        for (LayerEmbedding.Method method : methods) {
            long start = System.nanoTime();
            Points embedded = LayerEmbedding.embed(x, method, LayerEmbedding.Parameters.defaults(), cancelled, share -> {
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            if (cancelled.getAsBoolean()) {
                break;
            }
            results.add(new Result(method, seconds, ManifoldMeasures.trustworthiness(x, embedded, 10),
                    ManifoldMeasures.knnAccuracy(embedded, labels, 10)));
        }
        return results;
    }

    /** n points in c Gaussian clusters in d dimensions; labels[i] = i mod c. */
    public static Points clusters(int n, int d, int c, long seed, int[] labels) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centres = new double[c][d];
        for (double[] centre : centres) {
            for (int k = 0; k < d; k++) {
                centre[k] = 3 * Vectors.gaussian(random);
            }
        }
        double[] values = new double[n * d];
        for (int i = 0; i < n; i++) {
            labels[i] = i % c;
            for (int k = 0; k < d; k++) {
                values[i * d + k] = centres[labels[i]][k] + Vectors.gaussian(random);
            }
        }
        return new Points(n, d, values);
    }

}
