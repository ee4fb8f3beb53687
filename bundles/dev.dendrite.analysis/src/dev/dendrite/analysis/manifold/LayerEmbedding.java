package dev.dendrite.analysis.manifold;

import java.util.function.BooleanSupplier;

/**
 * One layer's activations embedded in 2-D with the measures that judge it: what both
 * {@code dendrite embed} and the Embedding view compute, as plain data.
 *
 * @param explained the share of variance two PCA components explain
 * @param knnEmbedding leave-one-out k-NN label accuracy in the embedding (NaN without labels)
 * @param knnLayer the same in the layer itself (NaN without labels)
 */
public record LayerEmbedding(Points embedding, double explained, double trustworthiness, double knnEmbedding, double knnLayer,
        double intrinsicDimension, int k) {

    /** The ways to embed. */
    public enum Method {
        PCA, TSNE
    }

    /**
     * @param labels the points' labels, or null
     * @param k neighbours for trustworthiness and k-NN accuracy, at most (n − 1) / 2
     * @param cancelled asked during t-SNE's iterations
     * @throws IllegalArgumentException for a k or perplexity that does not fit the points
     */
    public static LayerEmbedding of(Points points, int[] labels, Method method, double perplexity, int k, BooleanSupplier cancelled) {
        Pca.Result pca = Pca.embed(points, Math.min(2, Math.min(points.n(), points.d())));
        Points embedded = method == Method.TSNE ? Tsne.embed(points, perplexity, 1000, 1, cancelled) : pca.embedding();
        double explained = 0;
        for (double share : pca.explained()) {
            explained += share;
        }
        return new LayerEmbedding(embedded, explained, ManifoldMeasures.trustworthiness(points, embedded, k),
                labels == null ? Double.NaN : ManifoldMeasures.knnAccuracy(embedded, labels, k),
                labels == null ? Double.NaN : ManifoldMeasures.knnAccuracy(points, labels, k), ManifoldMeasures.twoNN(points), k);
    }

    /** The embedded points as CSV: "x,y,label" per point (an empty label without labels). */
    public static String csv(Points embedded, int[] labels) {
        StringBuilder rows = new StringBuilder("x,y,label\n");
        for (int i = 0; i < embedded.n(); i++) {
            rows.append(embedded.get(i, 0)).append(',').append(embedded.d() > 1 ? embedded.get(i, 1) : 0).append(',')
                    .append(labels == null ? "" : String.valueOf(labels[i])).append('\n');
        }
        return rows.toString();
    }
}
