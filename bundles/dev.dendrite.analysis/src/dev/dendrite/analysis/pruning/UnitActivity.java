package dev.dendrite.analysis.pruning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.manifold.LayerActivations;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.ShapeResult;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;

/**
 * What each prunable unit passes on at inference: the mean magnitude of its values where the next
 * layer reads them (after its activation, pooling and normalisation), over samples, per unit of
 * every {@link UnitGroups.Group}. A unit that passes little (a ReLU that is almost never on) costs
 * the network little when it goes, whatever its weights' norm. Or, by {@link #taylor}, the
 * first-order Taylor estimate of the loss's change were the unit's values zeroed (Molchanov et al.,
 * 2017): per sample |mean over its positions of value × ∂loss/∂value|, averaged over samples, so a
 * unit that passes much the loss does not depend on ranks low too.
 */
public final class UnitActivity {

    private UnitActivity() {
    }

    /**
     * Each prunable layer's units' mean |value| by layer id, over the first {@code samples} samples of {@code data}.
     *
     * @throws IllegalArgumentException where a layer's values cannot be read (inside a block: its tensors are the instance's)
     */
    public static Map<String, double[]> measure(Network network, Weights weights, Dataset data, int samples) throws OrtException,
            ModelLoadException {
        return of(network, weights, data, samples, false);
    }

    /**
     * Each prunable layer's units' Taylor scores by layer id, over the first {@code samples} samples of {@code data}, which must have
     * class labels (the loss is the cross-entropy of the network's output).
     *
     * @throws IllegalArgumentException also for data without class labels
     */
    public static Map<String, double[]> taylor(Network network, Weights weights, Dataset data, int samples) throws OrtException,
            ModelLoadException {
        if (!data.hasLabels()) {
            throw new IllegalArgumentException("--criterion taylor needs a classifier's loss; the data set has float targets");
        }
        return of(network, weights, data, samples, true);
    }

    private static Map<String, double[]> of(Network network, Weights weights, Dataset data, int samples, boolean taylor) throws OrtException,
            ModelLoadException {
        Network named = Networks.withIds(network);
        ShapeResult shapes = Networks.inspect(named).shapes();
        List<UnitGroups.Group> groups = UnitGroups.find(named, shapes).groups();
        ModelProto model;
        try {
            model = OnnxExporter.export(named, weights, "unit-activity").model();
        } catch (dev.dendrite.onnx.export.ExportException e) {
            throw new IllegalArgumentException("the network cannot be run to measure its units: " + e.getMessage());
        }
        java.util.Set<String> tensors = new java.util.HashSet<>();
        model.getGraph().getNodeList().forEach(n -> tensors.addAll(n.getOutputList()));
        List<String> observed = new ArrayList<>();
        for (UnitGroups.Group group : groups) {
            String id = group.observed().getId();
            if (!tensors.contains(id)) {
                throw new IllegalArgumentException("--criterion " + (taylor ? "taylor" : "activation") + " cannot read what '"
                        + UnitGroups.nameOf(group.producer()) + "' passes on (inside a block); use l1, l2 or bn");
            }
            if (!observed.contains(id)) {
                observed.add(id);
            }
        }
        Map<String, double[]> activity = new LinkedHashMap<>();
        if (groups.isEmpty()) {
            return activity;
        }
        if (taylor) {
            return TaylorScores.of(model, groups, shapes, observed, data, samples);
        }
        LayerActivations values = LayerActivations.of(model, data, samples, observed);
        for (UnitGroups.Group group : groups) {
            String id = group.observed().getId();
            float[] v = values.values().get(id);
            int width = values.width(id);
            long inner = inner(group, shapes);
            double[] sums = new double[group.units()];
            for (int i = 0; i < v.length; i++) {
                sums[(int) ((i % width) / inner % group.units())] += Math.abs(v[i]);
            }
            double per = (double) values.samples() * width / group.units();
            for (int u = 0; u < sums.length; u++) {
                sums[u] /= per;
            }
            activity.put(group.producer().getId(), sums);
        }
        return activity;
    }

    /** Values per unit and position after a group's unit axis: a feature map's H·W, 1 for a vector. */
    static long inner(UnitGroups.Group group, ShapeResult shapes) {
        return shapes.output(group.observed(), Ports.OUT).shape().productFrom(group.axis() + 1);
    }
}
