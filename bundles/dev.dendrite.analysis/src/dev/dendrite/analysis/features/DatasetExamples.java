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
 * them, which tell whether the visualisation's objective is in the data's range or far past it.
 *
 * @param samples how many samples were read
 * @param top per unit (in the target's order) the indices of its strongest samples, strongest first
 * @param scores per unit those samples' objectives
 * @param largest per unit its largest objective over the samples
 * @param mean per unit its mean objective over the samples
 */
public record DatasetExamples(int samples, int[][] top, double[][] scores, double[] largest, double[] mean) {

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
        }
        return new DatasetExamples(n, top, scores, largest, mean);
    }
}
