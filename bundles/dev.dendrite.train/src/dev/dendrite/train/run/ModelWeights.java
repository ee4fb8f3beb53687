package dev.dendrite.train.run;

import java.util.Map;

import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.graph.ParameterRole;

/** What a trained model file carries: the network's parameters and statistics, with pruning masks multiplied in. */
final class ModelWeights {

    private ModelWeights() {
    }

    /** @param roles every tensor's role (tensors without one, e.g. from an older checkpoint, count as parameters) */
    static Weights exported(Weights all, Map<String, ParameterRole> roles) {
        Weights exported = new Weights();
        Map<String, FloatTensor> flat = all.flat();
        flat.forEach((key, tensor) -> {
            ParameterRole role = roles.get(key);
            if (role != null && !role.exported() || role == null && key.indexOf(':') >= 0) {
                return;
            }
            FloatTensor mask = flat.get(key + ":mask");
            String[] parts = Weights.split(key);
            exported.put(parts[0], parts[1], mask == null ? tensor : multiply(tensor, mask));
        });
        return exported;
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
