package dev.dendrite.analysis.ood;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.analysis.evaluation.ModelProbes;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;

/**
 * A classifier's logits (and penultimate features, where asked) for the first samples of data sets,
 * the model opened once with those tensors as outputs more.
 */
final class Readout implements AutoCloseable {

    private static final int BATCH = 250;

    /**
     * What the model gave for some samples.
     *
     * @param logits {@code n × classes}
     * @param features {@code n × width}, or null where not read
     */
    record Values(int n, int classes, float[] logits, int width, float[] features) {
    }

    private final ClassifierTaps taps;
    private final boolean withFeatures;
    private final ModelSession session;

    Readout(ModelProto model, ClassifierTaps taps, boolean withFeatures) throws OrtException, ModelLoadException {
        this.taps = taps;
        this.withFeatures = withFeatures && taps.features() != null;
        Set<String> exposed = new LinkedHashSet<>(List.of(taps.logits()));
        if (this.withFeatures && !taps.featuresAreInput()) {
            exposed.add(taps.features());
        }
        session = OnnxRuntime.open(ModelProbes.exposing(model, exposed).toByteArray(), "out-of-distribution probe", RuntimeSettings.forTrainer());
    }

    /** The first {@code samples} samples of {@code data} (all where fewer). */
    Values read(Dataset data, int samples) throws OrtException {
        int n = Math.min(samples, data.size());
        int size = data.sampleSize();
        long[] shape = dev.dendrite.train.run.ModelOutputs.inputShape(session, taps.input(), size).clone();
        List<float[]> logits = new ArrayList<>();
        List<float[]> features = new ArrayList<>();
        for (int from = 0; from < n; from += BATCH) {
            int rows = Math.min(BATCH, n - from);
            float[] x = new float[rows * size];
            for (int i = 0; i < rows; i++) {
                data.features(from + i, x, i * size);
            }
            shape[0] = rows;
            try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape);
                 OrtSession.Result result = session.session().run(Map.of(taps.input(), tensor))) {
                logits.add(values(result, taps.logits()));
                if (withFeatures) {
                    features.add(taps.featuresAreInput() ? x : values(result, taps.features()));
                }
            }
        }
        float[] allLogits = join(logits);
        float[] allFeatures = withFeatures ? join(features) : null;
        return new Values(n, n == 0 ? 0 : allLogits.length / n, allLogits, allFeatures == null || n == 0 ? 0 : allFeatures.length / n, allFeatures);
    }

    private static float[] values(OrtSession.Result result, String name) throws OrtException {
        FloatBuffer buffer = ((OnnxTensor) result.get(name).orElseThrow()).getFloatBuffer();
        float[] read = new float[buffer.remaining()];
        buffer.get(read);
        return read;
    }

    private static float[] join(List<float[]> parts) {
        float[] all = new float[parts.stream().mapToInt(a -> a.length).sum()];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
