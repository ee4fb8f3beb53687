package dev.dendrite.analysis.pruning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.robustness.LossGradient;
import dev.dendrite.model.shape.ShapeResult;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;

/**
 * The first-order Taylor criterion of Molchanov et al. (2017): zeroing a unit's values z changes
 * the loss by about −Σ z·∂L/∂z, so per sample the unit scores |mean over its positions of z·∂L/∂z|
 * and its score is the mean over samples. The values and gradients are the loss's at the tensors
 * the next layers read ({@link UnitGroups.Group#observed}), from the exported model with the
 * cross-entropy's gradient appended ({@link LossGradient}).
 */
final class TaylorScores {

    private static final int BATCH = 250;

    private TaylorScores() {
    }

    static Map<String, double[]> of(ModelProto model, List<UnitGroups.Group> groups, ShapeResult shapes, List<String> observed, Dataset data,
            int samples) throws OrtException, ModelLoadException {
        int n = Math.min(samples, data.size());
        int size = data.sampleSize();
        int classes = data.classes();
        boolean probabilities = model.getGraph().getNode(model.getGraph().getNodeCount() - 1).getOpType().equals("Softmax");
        Map<String, double[]> scores = new LinkedHashMap<>();
        groups.forEach(g -> scores.put(g.producer().getId(), new double[g.units()]));
        try (LossGradient loss = new LossGradient(model, probabilities, observed)) {
            long[] shape = loss.inputShape(size);
            for (int from = 0; from < n; from += BATCH) {
                int rows = Math.min(BATCH, n - from);
                float[] x = new float[rows * size];
                float[] targets = new float[rows * classes];
                for (int r = 0; r < rows; r++) {
                    data.features(from + r, x, r * size);
                    targets[r * classes + data.label(from + r)] = 1;
                }
                shape[0] = rows;
                Map<String, LossGradient.Inside> inside = loss.inside(x, shape, targets, classes);
                for (UnitGroups.Group group : groups) {
                    add(inside.get(group.observed().getId()), rows, group.units(), UnitActivity.inner(group, shapes), scores.get(group.producer()
                            .getId()));
                }
            }
        }
        for (double[] unit : scores.values()) {
            for (int u = 0; u < unit.length; u++) {
                unit[u] /= n;
            }
        }
        return scores;
    }

    /** Adds each row's |mean of value × gradient| per unit to {@code sums}. */
    static void add(LossGradient.Inside tensor, int rows, int units, long inner, double[] sums) {
        float[] z = tensor.values();
        float[] g = tensor.gradient();
        int width = z.length / rows;
        double[] row = new double[units];
        for (int r = 0; r < rows; r++) {
            java.util.Arrays.fill(row, 0);
            for (int i = 0; i < width; i++) {
                row[(int) (i / inner % units)] += (double) z[r * width + i] * g[r * width + i];
            }
            double positions = (double) width / units;
            for (int u = 0; u < units; u++) {
                sums[u] += Math.abs(row[u] / positions);
            }
        }
    }
}
