package dev.dendrite.analysis.manifold;

import dev.dendrite.analysis.latent.SymmetricEigen;

/**
 * Neural collapse (Papyan, Han and Donoho, 2020): as a classifier trains past zero training error,
 * its penultimate features collapse onto their class means (NC1), the centred means spread into a
 * simplex of equal norms and equal angles of cos = −1/(K−1) (NC2), the last layer's weights line up
 * with them (NC3), and the network comes to decide as the nearest class mean would (NC4). Plain data
 * in, plain numbers out: the features of one set of samples with their labels, and where known the
 * logits and the classifier's weights. Classes without samples are left out (K counts the others).
 */
public final class NeuralCollapse {

    /**
     * The measures of one set of features. Every ratio is 0 at full collapse.
     *
     * @param withinClassVariation NC1, tr(Σ_W Σ_B⁺)/K: the features' spread about their class means against the means' spread
     * @param meanNormSpread NC2, the deviation of the centred class means' norms over their mean (equinorm)
     * @param meanCosineSpread NC2, the deviation of the cosines between centred class means (equiangularity)
     * @param meanAngleGap NC2, the mean |cos + 1/(K−1)| between centred class means (the simplex's maximal angles)
     * @param classifierNormSpread NC2 of the classifier's rows (NaN without them)
     * @param classifierCosineSpread as above
     * @param classifierAngleGap as above
     * @param selfDuality NC3, ‖Wᵀ/‖W‖ − M/‖M‖‖² for the classifier W and the centred means M (NaN without W)
     * @param nearestMeanMismatch NC4, the share of samples whose nearest class mean is not the network's choice (NaN without logits)
     * @param accuracy the network's accuracy on these samples (NaN without logits)
     * @param nearestMeanAccuracy the nearest class mean's accuracy on these samples
     */
    public record Measures(int samples, int classes, int width, double withinClassVariation, double meanNormSpread, double meanCosineSpread,
            double meanAngleGap, double classifierNormSpread, double classifierCosineSpread, double classifierAngleGap, double selfDuality,
            double nearestMeanMismatch, double accuracy, double nearestMeanAccuracy) {
    }

    /** Class means: per class present, its mean feature, and the global mean over every sample. */
    public record ClassMeans(int width, int[] classes, double[][] means, double[] global) {

        /** The means of {@code features} ({@code n × width}) by {@code labels} (0 to {@code classCount − 1}; others are refused). */
        public static ClassMeans of(float[] features, int width, int[] labels, int classCount) {
            int n = labels.length;
            if (n == 0 || features.length != (long) n * width) {
                throw new IllegalArgumentException("neural collapse reads " + n + " samples of " + width + " features, not " + features.length
                        + " values");
            }
            double[][] sums = new double[classCount][width];
            int[] counts = new int[classCount];
            double[] global = new double[width];
            for (int i = 0; i < n; i++) {
                int label = labels[i];
                if (label < 0 || label >= classCount) {
                    throw new IllegalArgumentException("sample " + i + " has label " + label + ", outside the " + classCount + " classes");
                }
                counts[label]++;
                for (int d = 0; d < width; d++) {
                    sums[label][d] += features[i * width + d];
                    global[d] += features[i * width + d];
                }
            }
            int present = (int) java.util.Arrays.stream(counts).filter(c -> c > 0).count();
            int[] classes = new int[present];
            double[][] means = new double[present][];
            for (int k = 0, at = 0; k < classCount; k++) {
                if (counts[k] > 0) {
                    classes[at] = k;
                    means[at] = sums[k];
                    for (int d = 0; d < width; d++) {
                        means[at][d] /= counts[k];
                    }
                    at++;
                }
            }
            for (int d = 0; d < width; d++) {
                global[d] /= n;
            }
            return new ClassMeans(width, classes, means, global);
        }

        /** The class whose mean is nearest to sample {@code i} of {@code features}. */
        public int nearest(float[] features, int i) {
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int k = 0; k < classes.length; k++) {
                double distance = 0;
                for (int d = 0; d < width; d++) {
                    double diff = features[i * width + d] - means[k][d];
                    distance += diff * diff;
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = classes[k];
                }
            }
            return best;
        }
    }

    /** Below this share of the largest eigenvalue of MᵀM a direction counts as none (the pseudo-inverse leaves it out). */
    private static final double RANK_TOLERANCE = 1e-9;

    private NeuralCollapse() {
    }

    /**
     * The measures of {@code features} ({@code n × width}) with {@code labels}, their own class means deciding the nearest-mean
     * classifier.
     *
     * @param logits {@code n × classCount}, or null
     * @param classifier the last layer's weights, {@code classCount × width} (a row per class), or null
     */
    public static Measures of(float[] features, int width, int[] labels, int classCount, float[] logits, double[] classifier) {
        return of(features, width, labels, classCount, logits, classifier, null);
    }

    /**
     * As above, the nearest-mean classifier by {@code decidingMeans} (the training samples' means, for test samples; null: these
     * samples' own).
     */
    public static Measures of(float[] features, int width, int[] labels, int classCount, float[] logits, double[] classifier,
            ClassMeans decidingMeans) {
        ClassMeans own = ClassMeans.of(features, width, labels, classCount);
        ClassMeans deciding = decidingMeans == null ? own : decidingMeans;
        if (deciding.width() != width) {
            throw new IllegalArgumentException("class means of " + deciding.width() + " features cannot decide samples of " + width);
        }
        int n = labels.length;
        int k = own.classes().length;
        if (k < 2) {
            throw new IllegalArgumentException("neural collapse compares classes; the samples hold " + k + " class");
        }
        double[][] centred = centred(own);
        double nc1 = withinClassVariation(features, width, labels, own, centred);
        double[] meanShape = simplexShape(centred);
        double[] classifierShape = {Double.NaN, Double.NaN, Double.NaN};
        double selfDuality = Double.NaN;
        if (classifier != null) {
            if (classifier.length != (long) classCount * width) {
                throw new IllegalArgumentException("the classifier has " + classifier.length + " weights, not " + classCount + " classes × "
                        + width + " features");
            }
            double[][] rows = new double[k][];
            for (int c = 0; c < k; c++) {
                rows[c] = java.util.Arrays.copyOfRange(classifier, own.classes()[c] * width, (own.classes()[c] + 1) * width);
            }
            classifierShape = simplexShape(rows);
            selfDuality = selfDuality(rows, centred);
        }
        if (logits != null && logits.length != (long) n * classCount) {
            throw new IllegalArgumentException("the logits hold " + logits.length + " values, not " + n + " samples × " + classCount + " classes");
        }
        int nearestRight = 0;
        int networkRight = 0;
        int mismatched = 0;
        for (int i = 0; i < n; i++) {
            int nearest = deciding.nearest(features, i);
            nearestRight += nearest == labels[i] ? 1 : 0;
            if (logits != null) {
                int chosen = argmax(logits, i * classCount, classCount);
                networkRight += chosen == labels[i] ? 1 : 0;
                mismatched += chosen != nearest ? 1 : 0;
            }
        }
        return new Measures(n, k, width, nc1, meanShape[0], meanShape[1], meanShape[2], classifierShape[0], classifierShape[1],
                classifierShape[2], selfDuality, logits == null ? Double.NaN : (double) mismatched / n, logits == null ? Double.NaN
                        : (double) networkRight / n, (double) nearestRight / n);
    }

    /** The class means less the global mean, a row per class present. */
    private static double[][] centred(ClassMeans means) {
        double[][] centred = new double[means.classes().length][];
        for (int c = 0; c < centred.length; c++) {
            centred[c] = means.means()[c].clone();
            for (int d = 0; d < means.width(); d++) {
                centred[c][d] -= means.global()[d];
            }
        }
        return centred;
    }

    /**
     * tr(Σ_W Σ_B⁺)/K without a width × width matrix: with M the centred means (width × K) and G = MᵀM, Σ_B⁺ = K·M·G⁺²·Mᵀ, so the
     * measure is tr(A·G⁺²) for A = Mᵀ·Σ_W·M, the within-class scatter seen from the means' K directions.
     */
    static double withinClassVariation(float[] features, int width, int[] labels, ClassMeans means, double[][] centred) {
        int k = centred.length;
        int[] index = new int[labels.length == 0 ? 0 : java.util.Arrays.stream(means.classes()).max().getAsInt() + 1];
        for (int c = 0; c < k; c++) {
            index[means.classes()[c]] = c;
        }
        double[] a = new double[k * k];
        double[] projected = new double[k];
        for (int i = 0; i < labels.length; i++) {
            double[] mean = means.means()[index[labels[i]]];
            for (int c = 0; c < k; c++) {
                double dot = 0;
                for (int d = 0; d < width; d++) {
                    dot += (features[i * width + d] - mean[d]) * centred[c][d];
                }
                projected[c] = dot;
            }
            for (int p = 0; p < k; p++) {
                for (int q = 0; q < k; q++) {
                    a[p * k + q] += projected[p] * projected[q];
                }
            }
        }
        for (int i = 0; i < a.length; i++) {
            a[i] /= labels.length;
        }
        double[] gram = new double[k * k];
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) {
                gram[p * k + q] = Vectors.dot(centred[p], centred[q]);
            }
        }
        double[] inverseSquared = pseudoInverseSquared(gram, k);
        double trace = 0;
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) {
                trace += a[p * k + q] * inverseSquared[q * k + p];
            }
        }
        return trace;
    }

    /** (G⁺)² of the symmetric positive semi-definite {@code k × k} matrix {@code g}. */
    private static double[] pseudoInverseSquared(double[] g, int k) {
        SymmetricEigen eigen = SymmetricEigen.of(g, k);
        double largest = java.util.Arrays.stream(eigen.values()).max().orElse(0);
        double[] result = new double[k * k];
        for (int e = 0; e < k; e++) {
            double value = eigen.values()[e];
            if (!(value > RANK_TOLERANCE * largest)) {
                continue;
            }
            double scale = 1 / (value * value);
            for (int p = 0; p < k; p++) {
                for (int q = 0; q < k; q++) {
                    result[p * k + q] += scale * eigen.vectors()[p * k + e] * eigen.vectors()[q * k + e];
                }
            }
        }
        return result;
    }

    /** NC2 of {@code rows}: {norms' deviation / mean, cosines' deviation, mean |cos + 1/(K−1)|} over distinct pairs. */
    static double[] simplexShape(double[][] rows) {
        int k = rows.length;
        double[] norms = new double[k];
        for (int c = 0; c < k; c++) {
            norms[c] = Math.sqrt(Vectors.dot(rows[c], rows[c]));
        }
        double normMean = java.util.Arrays.stream(norms).average().orElse(0);
        double normSpread = normMean > 0 ? deviation(norms) / normMean : Double.NaN;
        double[] cosines = new double[k * (k - 1) / 2];
        int at = 0;
        for (int p = 0; p < k; p++) {
            for (int q = p + 1; q < k; q++) {
                cosines[at++] = norms[p] > 0 && norms[q] > 0 ? Vectors.dot(rows[p], rows[q]) / (norms[p] * norms[q]) : 0;
            }
        }
        double gap = 0;
        for (double cosine : cosines) {
            gap += Math.abs(cosine + 1.0 / (k - 1));
        }
        return new double[] {normSpread, deviation(cosines), gap / cosines.length};
    }

    /** NC3: the squared Frobenius distance between the classifier's rows and the centred means, each scaled to unit norm. */
    static double selfDuality(double[][] classifierRows, double[][] centred) {
        double classifierNorm = Math.sqrt(java.util.Arrays.stream(classifierRows).mapToDouble(r -> Vectors.dot(r, r)).sum());
        double meansNorm = Math.sqrt(java.util.Arrays.stream(centred).mapToDouble(r -> Vectors.dot(r, r)).sum());
        if (classifierNorm == 0 || meansNorm == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int c = 0; c < centred.length; c++) {
            for (int d = 0; d < centred[c].length; d++) {
                double diff = classifierRows[c][d] / classifierNorm - centred[c][d] / meansNorm;
                sum += diff * diff;
            }
        }
        return sum;
    }

    /** The population standard deviation. */
    private static double deviation(double[] values) {
        double mean = java.util.Arrays.stream(values).average().orElse(0);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / values.length);
    }

    private static int argmax(float[] values, int from, int count) {
        int best = 0;
        for (int c = 1; c < count; c++) {
            if (values[from + c] > values[from + best]) {
                best = c;
            }
        }
        return best;
    }
}
