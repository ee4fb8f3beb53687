package dev.dendrite.analysis.features;

import java.util.List;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.manifold.LayerActivations;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;

/**
 * The data's own answer to what a unit detects (Olah et al., 2017, "dataset examples"): the
 * samples among the data's first that drive it highest, beside its largest and mean value over
 * them, which tell whether the visualisation's objective is in the data's range or far past it; and,
 * with class labels, the class whose samples drive it most on average and its class selectivity
 * (Morcos et al., 2018): (μ_max − μ_rest) / (μ_max + μ_rest) of its class means, 0 for a unit that
 * answers every class alike, 1 for one that answers one class only; defined for units that are never
 * negative on average per class (ReLU outputs), else NaN.
 *
 * @param samples how many samples were read
 * @param top per unit (in the target's order) the indices of its strongest samples, strongest first
 * @param scores per unit those samples' objectives
 * @param largest per unit its largest objective over the samples
 * @param mean per unit its mean objective over the samples
 * @param preferred per unit the class of the highest mean objective (-1 without labels)
 * @param selectivity per unit its class selectivity (NaN without labels or where a class mean is negative)
 */
public record DatasetExamples(int samples, int[][] top, double[][] scores, double[] largest, double[] mean, int[] preferred,
        double[] selectivity) {

    /** The strongest {@code count} per unit of the target among the first {@code samples} samples of {@code data}. */
    public static DatasetExamples of(ModelProto model, FeatureTarget target, Dataset data, int samples, int count)
            throws OrtException, ModelLoadException {
        LayerActivations activations = LayerActivations.of(model, data, samples, List.of(target.tensor()));
        float[] values = activations.values().get(target.tensor());
        int n = activations.samples();
        int width = target.width();
        int units = target.units().length;
        int k = Math.min(count, n);
        int[][] top = new int[units][];
        double[][] scores = new double[units][];
        double[] largest = new double[units];
        double[] mean = new double[units];
        double[] objective = new double[n];
        int[] preferred = new int[units];
        double[] selectivity = new double[units];
        for (int u = 0; u < units; u++) {
            double sum = 0;
            for (int s = 0; s < n; s++) {
                objective[s] = target.score(values, s * width, target.units()[u]);
                sum += objective[s];
            }
            Integer[] order = new Integer[n];
            for (int s = 0; s < n; s++) {
                order[s] = s;
            }
            // Ties (dead ReLUs' zeros) keep the data's order, so the examples do not depend on the sort.
            java.util.Arrays.sort(order, (a, b) -> Double.compare(objective[b], objective[a]));
            top[u] = new int[k];
            scores[u] = new double[k];
            for (int i = 0; i < k; i++) {
                top[u][i] = order[i];
                scores[u][i] = objective[order[i]];
            }
            largest[u] = n == 0 ? Double.NaN : objective[order[0]];
            mean[u] = sum / n;
            double[] byClass = data.hasLabels() ? classMeans(objective, data, n) : null;
            preferred[u] = byClass == null ? -1 : argmax(byClass);
            selectivity[u] = byClass == null ? Double.NaN : selectivity(byClass);
        }
        return new DatasetExamples(n, top, scores, largest, mean, preferred, selectivity);
    }

    /** Each class's mean objective over the samples of it (NaN for a class none of them has). */
    static double[] classMeans(double[] objective, Dataset data, int n) {
        double[] sums = new double[data.classes()];
        int[] counts = new int[data.classes()];
        for (int s = 0; s < n; s++) {
            sums[data.label(s)] += objective[s];
            counts[data.label(s)]++;
        }
        for (int c = 0; c < sums.length; c++) {
            sums[c] = counts[c] == 0 ? Double.NaN : sums[c] / counts[c];
        }
        return sums;
    }

    /** (μ_max − μ_rest) / (μ_max + μ_rest) over the classes present; NaN where a mean is negative or all are 0. */
    static double selectivity(double[] classMeans) {
        int best = argmax(classMeans);
        double rest = 0;
        int others = 0;
        for (int c = 0; c < classMeans.length; c++) {
            if (Double.isNaN(classMeans[c])) {
                continue;
            }
            if (classMeans[c] < 0) {
                return Double.NaN;
            }
            if (c != best) {
                rest += classMeans[c];
                others++;
            }
        }
        rest = others == 0 ? 0 : rest / others;
        double top = classMeans[best];
        return top + rest > 0 ? (top - rest) / (top + rest) : Double.NaN;
    }

    private static int argmax(double[] values) {
        int best = -1;
        for (int c = 0; c < values.length; c++) {
            if (!Double.isNaN(values[c]) && (best < 0 || values[c] > values[best])) {
                best = c;
            }
        }
        return best;
    }
}
