package dev.dendrite.analysis.manifold;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

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

    /** The ways to embed, by the names the command line and the view use. */
    public enum Method {
        PCA, ISOMAP, TSNE, UMAP;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** @throws IllegalArgumentException naming the methods there are */
        public static Method of(String id) {
            for (Method method : values()) {
                if (method.id().equals(id)) {
                    return method;
                }
            }
            throw new IllegalArgumentException("unknown embedding method '" + id + "': use pca, isomap, tsne or umap");
        }
    }

    /**
     * What the methods are tuned by.
     *
     * @param perplexity t-SNE's effective number of neighbours
     * @param neighbours UMAP's and Isomap's neighbourhood size
     * @param minDistance how tightly UMAP packs points
     * @param iterations t-SNE's iterations (UMAP's epochs follow the customary 500, or 200 above 10,000 points)
     */
    public record Parameters(double perplexity, int neighbours, double minDistance, int iterations, long seed) {
        public static Parameters defaults() {
            return new Parameters(30, 15, 0.1, 1000, 1);
        }
    }

    /**
     * @param progress told the share done, in [0, 1]
     * @throws IllegalArgumentException for a parameter that does not fit the points
     */
    public static Points embed(Points points, Method method, Parameters p, BooleanSupplier cancelled, DoubleConsumer progress) {
        return switch (method) {
            case PCA -> Pca.embed(points, Math.min(2, Math.min(points.n(), points.d()))).embedding();
            case ISOMAP -> Isomap.embed(points, p.neighbours(), p.seed(), cancelled);
            case TSNE -> Tsne.embed(points, p.perplexity(), p.iterations(), p.seed(), cancelled, done -> progress.accept(done
                    / (double) p.iterations()));
            case UMAP -> {
                int epochs = points.n() > 10_000 ? 200 : 500;
                yield Umap.embed(points, p.neighbours(), p.minDistance(), epochs, p.seed(), cancelled, done -> progress.accept(done
                        / (double) epochs));
            }
        };
    }

    /**
     * @param labels the points' labels, or null
     * @param k neighbours for trustworthiness and k-NN accuracy, at most (n − 1) / 2
     * @param cancelled asked during the iterative methods
     * @throws IllegalArgumentException for a k or parameter that does not fit the points
     */
    public static LayerEmbedding of(Points points, int[] labels, Method method, Parameters parameters, int k, BooleanSupplier cancelled,
            DoubleConsumer progress) {
        Pca.Result pca = Pca.embed(points, Math.min(2, Math.min(points.n(), points.d())));
        Points embedded = method == Method.PCA ? pca.embedding() : embed(points, method, parameters, cancelled, progress);
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
