package dev.dendrite.analysis.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.ModelOutputs;

/**
 * Regressors trained apart predicting together by their mean; their spread is the ensemble's
 * uncertainty, which should grow where the data did not pin the function down (away from the
 * training inputs) and point at the larger errors.
 */
public final class RegressionEnsemble {

    /** The inputs along the band. */
    static final int BAND_POINTS = 200;

    private RegressionEnsemble() {
    }

    /**
     * The report of {@code members} on the first {@code n} samples of {@code data}.
     *
     * @throws IllegalArgumentException for fewer than two members, data with class labels, or a member whose outputs are not the targets'
     */
    public static RegressionEnsembleReport evaluate(List<ModelProto> members, List<String> names, Dataset data, int n) throws OrtException,
            ModelLoadException {
        if (members.size() < 2) {
            throw new IllegalArgumentException("an ensemble needs two members or more, not " + members.size());
        }
        if (data.hasLabels()) {
            throw new IllegalArgumentException(data.name() + " has class labels; a regression ensemble reads float targets");
        }
        Dataset first = n >= data.size() ? data : data.subset(IntStream.range(0, n).toArray(), "");
        int rows = first.size();
        int width = data.targetSize();
        float[][] outputs = outputs(members, names, first, width);
        float[] targets = new float[rows * width];
        for (int i = 0; i < rows; i++) {
            first.targets(i, targets, i * width);
        }
        List<RegressionEnsembleReport.Errors> errors = new ArrayList<>();
        for (int m = 0; m < outputs.length; m++) {
            errors.add(errors(names.get(m), outputs[m], targets));
        }
        float[] mean = MemberProbabilities.mean(outputs);
        double[] variance = new double[rows];
        double[] squared = new double[rows];
        double totalVariance = 0;
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < width; k++) {
                int at = i * width + k;
                double spread = 0;
                for (float[] member : outputs) {
                    spread += (member[at] - mean[at]) * (member[at] - mean[at]) / outputs.length;
                }
                variance[i] += spread / width;
                squared[i] += (mean[at] - targets[at]) * (mean[at] - targets[at]) / width;
            }
            totalVariance += variance[i];
        }
        Integer[] order = IntStream.range(0, rows).boxed().sorted(Comparator.comparingDouble(i -> variance[i])).toArray(Integer[]::new);
        double[] keptSum = new double[rows + 1];
        for (int k = 0; k < rows; k++) {
            keptSum[k + 1] = keptSum[k] + squared[order[k]];
        }
        double area = 0;
        for (int k = 1; k <= rows; k++) {
            area += keptSum[k] / k;
        }
        double[] coverages = SelectivePrediction.COVERAGES.clone();
        double[] kept = Arrays.stream(coverages).map(c -> {
            int k = Math.max(1, (int) Math.round(c * rows));
            return keptSum[k] / k;
        }).toArray();
        RegressionEnsembleReport.Band band = data.sampleSize() == 1 && width == 1 ? band(members, names, first) : null;
        return new RegressionEnsembleReport(rows, errors, errors("ensemble", mean, targets), totalVariance / rows, spearman(variance, squared),
                coverages, kept, area / rows, band);
    }

    static float[][] outputs(List<ModelProto> members, List<String> names, Dataset data, int width) throws OrtException,
            ModelLoadException {
        float[][] outputs = new float[members.size()][];
        for (int m = 0; m < members.size(); m++) {
            ModelOutputs.Result result = ModelOutputs.of(members.get(m).toByteArray(), names.get(m), List.of(data)).get(0);
            if (result.width() != width) {
                throw new IllegalArgumentException(names.get(m) + " gives " + result.width() + " outputs per sample, " + data.name() + " has "
                        + width + " targets");
            }
            outputs[m] = result.values();
        }
        return outputs;
    }

    private static RegressionEnsembleReport.Errors errors(String name, float[] predicted, float[] targets) {
        double squared = 0;
        double absolute = 0;
        for (int i = 0; i < targets.length; i++) {
            double e = predicted[i] - targets[i];
            squared += e * e;
            absolute += Math.abs(e);
        }
        return new RegressionEnsembleReport.Errors(name, squared / targets.length, absolute / targets.length);
    }

    /** The members along the one input, from the split's span less half of it to the span plus half. */
    private static RegressionEnsembleReport.Band band(List<ModelProto> members, List<String> names, Dataset data) throws OrtException,
            ModelLoadException {
        float[] x = new float[1];
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            data.features(i, x, 0);
            low = Math.min(low, x[0]);
            high = Math.max(high, x[0]);
        }
        double span = high > low ? high - low : 1;
        float[] grid = new float[BAND_POINTS];
        for (int i = 0; i < BAND_POINTS; i++) {
            grid[i] = (float) (low - span / 2 + 2 * span * i / (BAND_POINTS - 1));
        }
        Dataset along = Dataset.regression("band", data.sampleShape(), grid, new float[BAND_POINTS], 1);
        float[][] outputs = outputs(members, names, along, 1);
        double[] mean = new double[BAND_POINTS];
        double[] std = new double[BAND_POINTS];
        for (int i = 0; i < BAND_POINTS; i++) {
            for (float[] member : outputs) {
                mean[i] += member[i] / (double) outputs.length;
            }
            for (float[] member : outputs) {
                std[i] += (member[i] - mean[i]) * (member[i] - mean[i]) / outputs.length;
            }
            std[i] = Math.sqrt(std[i]);
        }
        double[] xs = new double[BAND_POINTS];
        for (int i = 0; i < BAND_POINTS; i++) {
            xs[i] = grid[i];
        }
        return new RegressionEnsembleReport.Band(xs, mean, std, low, high);
    }

    /** Spearman's rank correlation (average ranks for ties). */
    static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double meanA = Arrays.stream(ra).average().orElse(0);
        double meanB = Arrays.stream(rb).average().orElse(0);
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (ra[i] - meanA) * (rb[i] - meanB);
            va += (ra[i] - meanA) * (ra[i] - meanA);
            vb += (rb[i] - meanB) * (rb[i] - meanB);
        }
        return va > 0 && vb > 0 ? cov / Math.sqrt(va * vb) : 0;
    }

    private static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().sorted(Comparator.comparingDouble(i -> values[i])).toArray(Integer[]::new);
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = (i + j) / 2.0;
            }
            i = j + 1;
        }
        return ranks;
    }
}
