package dev.dendrite.analysis.features;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.analysis.evaluation.ModelProbes;
import dev.dendrite.analysis.evaluation.Saliency;
import dev.dendrite.analysis.manifold.LayerActivations;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * The tensor a feature visualisation maximises and what one unit of it is: a value of a layer of
 * vectors ([N, U]), or the mean of one channel of feature maps ([N, C, H, W]) over its positions,
 * the "channel" objective of Olah et al. (2017), which asks what the channel detects anywhere in
 * the picture rather than at one place. The output layer is read before a softmax: a class's
 * probability also rises by lowering the other classes' logits, its logit only by evidence for it
 * (Simonyan et al., 2014).
 *
 * @param tensor the tensor maximised
 * @param layer the layer named (or the model's output) as the user knows it
 * @param shape the tensor's shape per sample (without the batch)
 * @param units the units maximised, each a value of a vector or a channel
 */
public record FeatureTarget(String tensor, String layer, long[] shape, int[] units) {

    /** Units drawn when none are named: a layer's first 16 (the output's classes, LeNet-5's channels all fit). */
    public static final int DEFAULT_UNITS = 16;

    /** Units one call maximises at most: one batch of inputs (LeNet-5's 120-unit dense layer whole). */
    public static final int MAX_UNITS = 128;

    /** Whether a unit is a channel of feature maps (its positions' mean), not one value. */
    public boolean channels() {
        return shape.length == 3;
    }

    /** How many units the tensor has: its vector's values, or its channels. */
    public int count() {
        return (int) shape[0];
    }

    /** Values per sample of the tensor. */
    public int width() {
        int width = 1;
        for (long d : shape) {
            width *= (int) d;
        }
        return width;
    }

    /** Positions each unit spans: a channel's H·W, or 1. */
    public int positions() {
        return channels() ? (int) (shape[1] * shape[2]) : 1;
    }

    /** Unit {@code u}'s objective in a sample's row of the tensor (offset {@code at}): its value, or its channel's mean. */
    public double score(float[] row, int at, int u) {
        int span = positions();
        double sum = 0;
        for (int p = 0; p < span; p++) {
            sum += row[at + u * span + p];
        }
        return sum / span;
    }

    /**
     * The target in {@code model}: the layer {@code named} (a layer id, which names its output in an exported model), or the model's
     * output where null (its logits, where a softmax ends it); {@code units} null for the first {@link #DEFAULT_UNITS}.
     *
     * @throws IllegalArgumentException naming a layer the model lacks, a tensor neither vectors nor feature maps, or a unit it has not
     */
    public static FeatureTarget of(ModelProto model, String named, int[] units, int sampleSize) throws OrtException, ModelLoadException {
        List<NodeProto> nodes = model.getGraph().getNodeList();
        String tensor;
        if (named == null) {
            tensor = model.getGraph().getOutput(0).getName();
            for (NodeProto node : nodes) {
                if (node.getOutputList().contains(tensor) && (node.getOpType().equals("Softmax") || node.getOpType().equals("LogSoftmax"))) {
                    tensor = node.getInput(0);
                }
            }
        } else {
            tensor = named;
            if (nodes.stream().noneMatch(n -> n.getOutputList().contains(named))) {
                throw new IllegalArgumentException("the model has no layer '" + named + "'; its layers are " + String.join(", ",
                        LayerActivations.defaultLayers(model).stream().skip(1).toList()));
            }
        }
        long[] shape = shapeOf(model, tensor, sampleSize);
        if (shape.length != 1 && shape.length != 3) {
            throw new IllegalArgumentException("layer '" + tensor + "' gives " + java.util.Arrays.toString(shape) + " per sample: feature "
                    + "visualisation maximises a unit of a vector or a channel of feature maps [C, H, W]");
        }
        int count = (int) shape[0];
        int[] chosen = units;
        if (chosen == null) {
            chosen = new int[Math.min(DEFAULT_UNITS, count)];
            for (int u = 0; u < chosen.length; u++) {
                chosen[u] = u;
            }
        }
        if (chosen.length > MAX_UNITS) {
            throw new IllegalArgumentException(chosen.length + " units asked, at most " + MAX_UNITS + " per call");
        }
        for (int u : chosen) {
            if (u < 0 || u >= count) {
                throw new IllegalArgumentException("unit " + u + " is outside layer '" + tensor + "''s " + count + " " + (shape.length == 3
                        ? "channels" : "units") + " (0-" + (count - 1) + ")");
            }
        }
        return new FeatureTarget(tensor, named == null ? model.getGraph().getOutput(0).getName() : named, shape, chosen.clone());
    }

    /** All units of a layer: {@code --units all}. */
    public static int[] all(ModelProto model, String named, int sampleSize) throws OrtException, ModelLoadException {
        FeatureTarget probe = of(model, named, new int[0], sampleSize);
        int[] all = new int[probe.count()];
        for (int u = 0; u < all.length; u++) {
            all[u] = u;
        }
        return all;
    }

    /** The tensor's shape per sample, from one run of the model on a sample of zeros. */
    private static long[] shapeOf(ModelProto model, String tensor, int sampleSize) throws OrtException, ModelLoadException {
        List<String> inputs = new ArrayList<>();
        Saliency.dataInputs(model.getGraph()).forEach(i -> inputs.add(i.getName()));
        if (inputs.size() != 1) {
            throw new IllegalArgumentException("feature visualisation needs a model of one input, this one has " + inputs.size());
        }
        try (ModelSession probe = OnnxRuntime.open(ModelProbes.exposing(model, List.of(tensor)).toByteArray(), "feature probe",
                RuntimeSettings.forTrainer())) {
            long[] input = dev.dendrite.train.run.ModelOutputs.inputShape(probe, inputs.get(0), sampleSize).clone();
            input[0] = 1;
            try (OnnxTensor zeros = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(new float[sampleSize]), input);
                 OrtSession.Result result = probe.session().run(Map.of(inputs.get(0), zeros), Set.of(tensor))) {
                long[] shape = ((OnnxTensor) result.get(tensor).orElseThrow()).getInfo().getShape();
                return java.util.Arrays.copyOfRange(shape, 1, shape.length);
            }
        }
    }
}
