package dev.dendrite.analysis.ood;

import java.util.ArrayList;
import java.util.List;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.manifold.LayerActivations;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;

/** A classifier's logits (and penultimate features, where asked) for the first samples of data sets, read as layers' activations. */
final class Readout {

    /**
     * What the model gave for some samples.
     *
     * @param logits {@code n × classes}
     * @param features {@code n × width}, or null where not read
     */
    record Values(int n, int classes, float[] logits, int width, float[] features) {
    }

    private final ModelProto model;
    private final ClassifierTaps taps;
    private final boolean withFeatures;

    Readout(ModelProto model, ClassifierTaps taps, boolean withFeatures) {
        this.model = model;
        this.taps = taps;
        this.withFeatures = withFeatures && taps.features() != null;
    }

    /** The first {@code samples} samples of {@code data} (all where fewer). */
    Values read(Dataset data, int samples) throws OrtException, ModelLoadException {
        List<String> tensors = new ArrayList<>(List.of(taps.logits()));
        if (withFeatures && !taps.features().equals(taps.logits())) {
            tensors.add(taps.features());
        }
        LayerActivations read = LayerActivations.of(model, data, samples, tensors);
        int n = read.samples();
        if (n == 0) {
            return new Values(0, 0, new float[0], 0, withFeatures ? new float[0] : null);
        }
        return new Values(n, read.width(taps.logits()), read.values().get(taps.logits()), withFeatures ? read.width(taps.features()) : 0,
                withFeatures ? read.values().get(taps.features()) : null);
    }
}
