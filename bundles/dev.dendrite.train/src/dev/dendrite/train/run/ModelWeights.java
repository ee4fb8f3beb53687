package dev.dendrite.train.run;

import java.util.Map;

import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.graph.ParameterRole;

/** What a trained model file carries: the network's parameters and statistics, with pruning masks multiplied in. */
final class ModelWeights {

    private ModelWeights() {
    }

    static Weights exported(Weights all, Map<String, ParameterRole> roles) {
        return exported(all, roles, 0);
    }

    /**
     * @param roles every tensor's role (tensors without one, e.g. from an older checkpoint, count as parameters)
     * @param edgePopup when > 0, weights with scores keep only their top fraction by score magnitude, as the train step masks them
     */
    static Weights exported(Weights all, Map<String, ParameterRole> roles, double edgePopup) {
        Weights exported = new Weights();
        Map<String, FloatTensor> flat = all.flat();
        flat.forEach((key, tensor) -> {
            ParameterRole role = roles.get(key);
            if (role != null && !role.exported() || role == null && key.indexOf(':') >= 0) {
                return;
            }
            FloatTensor mask = flat.get(key + ":mask");
            FloatTensor score = flat.get(key + ":score");
            if (mask == null && score != null && edgePopup > 0) {
                mask = topMask(score, edgePopup);
            }
            String[] parts = Weights.split(key);
            exported.put(parts[0], parts[1], mask == null ? tensor : multiply(tensor, mask));
        });
        return exported;
    }

    /** 1 where |score| is among the top {@code k} of the tensor (ties at the threshold kept, as GreaterOrEqual keeps them). */
    static FloatTensor topMask(FloatTensor score, double k) {
        float[] magnitudes = new float[score.size()];
        for (int i = 0; i < magnitudes.length; i++) {
            magnitudes[i] = Math.abs(score.values()[i]);
        }
        float[] sorted = magnitudes.clone();
        java.util.Arrays.sort(sorted);
        long keep = Math.max(1, Math.round(k * sorted.length));
        float threshold = sorted[(int) (sorted.length - keep)];
        float[] mask = new float[magnitudes.length];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = magnitudes[i] >= threshold ? 1f : 0f;
        }
        return new FloatTensor(score.shape(), mask);
    }

    private static FloatTensor multiply(FloatTensor values, FloatTensor mask) {
        float[] v = values.values();
        float[] m = mask.values();
        float[] product = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            product[i] = v[i] * m[i];
        }
        return new FloatTensor(values.shape(), product);
    }
}
