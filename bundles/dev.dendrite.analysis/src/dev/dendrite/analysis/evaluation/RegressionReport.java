package dev.dendrite.analysis.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * How a regression model does on samples with float targets: mean squared error, its root, mean
 * absolute error and the coefficient of determination R² (1 - residual / total sum of squares:
 * 1 is perfect, 0 is what predicting the targets' mean gives), over all outputs and for each.
 *
 * @param samples samples read
 * @param meanSquaredError over every output of every sample
 * @param meanAbsoluteError over every output of every sample
 * @param r2 the mean of the outputs' R² (NaN where no output's targets vary)
 * @param outputs per output, in order
 */
public record RegressionReport(int samples, double meanSquaredError, double meanAbsoluteError, double r2, List<OutputScores> outputs) {

    /** One output's errors; {@code r2} NaN where its targets do not vary. */
    public record OutputScores(int index, double meanSquaredError, double meanAbsoluteError, double r2) {
    }

    /** The root of the mean squared error, in the targets' unit. */
    public double rootMeanSquaredError() {
        return Math.sqrt(meanSquaredError);
    }

    /**
     * The report of {@code outputs} against {@code targets}, both {@code width} floats per sample.
     *
     * @throws IllegalArgumentException when the two differ in length
     */
    public static RegressionReport of(float[] targets, float[] outputs, int width) {
        if (width < 1 || targets.length != outputs.length || targets.length % width != 0) {
            throw new IllegalArgumentException("the model gives " + outputs.length + " outputs where the data has " + targets.length
                    + " target values (" + width + " per sample): evaluate a model on data with its outputs' width of targets");
        }
        Finite.check(outputs, width);
        int n = targets.length / width;
        List<OutputScores> scores = new ArrayList<>();
        double squared = 0;
        double absolute = 0;
        double r2Sum = 0;
        int varying = 0;
        for (int j = 0; j < width; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += targets[i * width + j];
            }
            mean /= Math.max(1, n);
            double residual = 0;
            double total = 0;
            double abs = 0;
            for (int i = 0; i < n; i++) {
                double t = targets[i * width + j];
                double d = outputs[i * width + j] - t;
                residual += d * d;
                abs += Math.abs(d);
                total += (t - mean) * (t - mean);
            }
            double r2 = total == 0 ? Double.NaN : 1 - residual / total;
            if (!Double.isNaN(r2)) {
                r2Sum += r2;
                varying++;
            }
            squared += residual;
            absolute += abs;
            scores.add(new OutputScores(j, n == 0 ? Double.NaN : residual / n, n == 0 ? Double.NaN : abs / n, r2));
        }
        double values = (double) n * width;
        return new RegressionReport(n, n == 0 ? Double.NaN : squared / values, n == 0 ? Double.NaN : absolute / values,
                varying == 0 ? Double.NaN : r2Sum / varying, List.copyOf(scores));
    }
}
