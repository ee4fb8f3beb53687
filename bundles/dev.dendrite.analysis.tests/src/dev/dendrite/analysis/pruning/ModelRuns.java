package dev.dendrite.analysis.pruning;

import java.nio.FloatBuffer;
import java.util.Map;
import java.util.SplittableRandom;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/** A model's first output on fixed random inputs in [0, 1): what the pruning tests compare two models by. */
final class ModelRuns {

    private ModelRuns() {
    }

    static float[] run(byte[] model, long[] shape) throws Exception {
        int size = 1;
        for (long d : shape) {
            size *= (int) d;
        }
        float[] x = new float[size];
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble();
        }
        try (ModelSession session = OnnxRuntime.open(model, "model", RuntimeSettings.forTrainer());
             OnnxTensor input = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape)) {
            // Every input (a model of two, such as a siamese network's) reads the same values.
            Map<String, OnnxTensor> feeds = new java.util.LinkedHashMap<>();
            session.inputNames().forEach(name -> feeds.put(name, input));
            try (OrtSession.Result out = session.session().run(feeds)) {
                FloatBuffer buffer = ((OnnxTensor) out.get(0)).getFloatBuffer();
                float[] values = new float[buffer.remaining()];
                buffer.get(values);
                return values;
            }
        }
    }
}
