package dev.dendrite.analysis.manifold;

import java.util.ArrayList;
import java.util.List;

/**
 * Neural collapse layer by layer: how the classes separate as the samples pass through the network. He and Su's law of data
 * separation (2023) finds the separation fuzziness tr(Σ_W Σ_B⁺) (NC1 up to the factor K) falling by a near constant ratio per
 * layer in a well-trained network, a straight line on a log axis; Rangamani et al. (2023) the same collapse progressing through
 * the layers. Each layer's NC1 and nearest-class-mean accuracy, on training samples and on test samples decided by the training
 * samples' means, and the geometric fit over the layers after the input: the ratio per layer and how straight the line is (R²).
 *
 * @param layers the input and every layer, in order
 * @param ratio NC1's fitted factor per layer (below 1: separating), NaN with fewer than two measurable layers after the input
 * @param fit R² of log NC1 against the layer's position, over the same layers
 */
public record LayerSeparation(List<Layer> layers, double ratio, double fit) {

    /**
     * One layer's separation. NC1 is NaN where the layer's class means coincide (nothing between the classes to compare with).
     *
     * @param width the layer's values per sample
     */
    public record Layer(String name, int width, double withinClassVariation, double nearestMeanAccuracy, double testWithinClassVariation,
            double testNearestMeanAccuracy) {
    }

    /** Measures every layer of {@code train} and {@code test} (the same layers), labelled by {@code trainLabels} and {@code testLabels}. */
    public static LayerSeparation of(LayerActivations train, int[] trainLabels, LayerActivations test, int[] testLabels, int classes,
            java.util.function.BooleanSupplier cancelled) {
        List<Layer> layers = new ArrayList<>();
        for (String name : train.layers()) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException();
            }
            int width = train.width(name);
            float[] fit = train.values().get(name);
            float[] held = test.values().get(name);
            NeuralCollapse.ClassMeans means = NeuralCollapse.ClassMeans.of(fit, width, trainLabels, classes);
            NeuralCollapse.Measures own = NeuralCollapse.of(fit, width, trainLabels, classes, null, null);
            NeuralCollapse.Measures other = NeuralCollapse.of(held, width, testLabels, classes, null, null, means);
            boolean apart = apart(means);
            layers.add(new Layer(name, width, apart ? own.withinClassVariation() : Double.NaN, own.nearestMeanAccuracy(), apart ? other
                    .withinClassVariation() : Double.NaN, other.nearestMeanAccuracy()));
        }
        double[] line = geometricFit(layers.stream().mapToDouble(Layer::withinClassVariation).toArray());
        return new LayerSeparation(List.copyOf(layers), line[0], line[1]);
    }

    /**
     * Whether the class means differ beyond rounding: where they coincide the between-class scatter is 0, so is its pseudo-inverse,
     * and NC1 would read a perfect 0.
     */
    private static boolean apart(NeuralCollapse.ClassMeans means) {
        double between = 0;
        double scale = 0;
        for (double[] mean : means.means()) {
            for (int d = 0; d < means.width(); d++) {
                between += (mean[d] - means.global()[d]) * (mean[d] - means.global()[d]);
                scale += means.global()[d] * means.global()[d] + mean[d] * mean[d];
            }
        }
        return between > 1e-20 * scale && between > 0;
    }

    /**
     * The least-squares line through log NC1 against position, over positions 1.. (the input, position 0, left out) with a finite
     * positive value: {exp(slope), R²}; NaNs with fewer than two such layers.
     */
    static double[] geometricFit(double[] values) {
        List<double[]> points = new ArrayList<>();
        for (int i = 1; i < values.length; i++) {
            if (values[i] > 0 && Double.isFinite(values[i])) {
                points.add(new double[] {i, Math.log(values[i])});
            }
        }
        if (points.size() < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double mx = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : points) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        double slope = sxy / sxx;
        return new double[] {Math.exp(slope), syy == 0 ? 1 : sxy * sxy / (sxx * syy)};
    }
}
