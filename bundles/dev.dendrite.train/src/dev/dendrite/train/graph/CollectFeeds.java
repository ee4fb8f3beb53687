package dev.dendrite.train.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.Topology;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;

/**
 * Finishes a build: the train-step model, what the trainer feeds (data inputs, targets, random
 * inputs), masks that start at 1 where none was given, and every tensor's role.
 */
final class CollectFeeds {

    private CollectFeeds() {
    }

    /** Edge-popup scores: Kaiming-uniform U(-a, a), a = sqrt(6 / fan-in), seeded by the run and the weight's name. */
    static FloatTensor initialScores(long[] shape, long seed, String key) {
        long size = 1;
        for (long d : shape) {
            size *= d;
        }
        long fanIn = shape.length == 2 ? shape[0] : size / shape[0];
        double bound = Math.sqrt(6.0 / Math.max(1, fanIn));
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ key.hashCode());
        float[] values = new float[(int) size];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
        }
        return new FloatTensor(shape, values);
    }

    static TrainingGraphs collect(TrainStepContext ctx) throws ExportException {
        if (ctx.trainStep == null) {
            dev.dendrite.onnx.graph.UnusedNodes.remove(ctx.graph().graph());
            ctx.trainStep = ctx.graph().model("train", "Dendrite train step for " + ctx.network().getName());
        }
        Map<String, Value> dataInputs = new LinkedHashMap<>();
        for (Layer layer : ctx.network().getLayers()) {
            if (layer instanceof Input && ctx.lowered.inputs().contains(layer.getId())) {
                dataInputs.put(layer.getId(), ctx.lowered.shapes().of(layer).outputs().get(Ports.OUT));
            } else if (layer instanceof GraphInput) {
                // Node features, edge index, graph assignment (and edge features): one graph input each, fed per batch of graphs.
                for (var port : ctx.lowered.shapes().of(layer).outputs().entrySet()) {
                    String name = port.getKey().equals(Ports.NODES) ? layer.getId() : layer.getId() + ":" + port.getKey();
                    if (ctx.lowered.inputs().contains(name)) {
                        dataInputs.put(name, port.getValue());
                    }
                }
            }
        }
        Map<String, Boolean> targets = new LinkedHashMap<>();
        Map<String, Value> targetValues = new LinkedHashMap<>();
        ctx.heads.targets().forEach(t -> {
            targets.put(t.name(), t.classIndices());
            targetValues.put(t.name(), t.value());
        });
        List<String> order = forwardOrder(ctx.network(), new java.util.HashSet<>());
        Weights initial = ctx.initial;
        for (String mask : ctx.training.masks().keySet()) {
            String[] parts = Weights.split(mask);
            if (initial.get(parts[0], parts[1]).isEmpty()) {
                FloatTensor masked = initial.flat().get(ctx.training.masks().get(mask));
                initial.put(parts[0], parts[1], FloatTensor.filled(1f, masked.shape()));
            }
        }
        Map<String, ParameterRole> roles = new LinkedHashMap<>();
        initial.flat().keySet().forEach(key -> roles.put(key, ctx.roles.getOrDefault(key, ParameterRole.of(key, ctx.specs.get(key)))));
        return new TrainingGraphs(ctx.trainStep, ctx.evaluation, ctx.feedback, initial, dataInputs, targetValues, targets,
                ctx.training.randomInputs(), ctx.parameters, ctx.state, order, ctx.heads.accuracy() != null, ctx.heads.classes(), roles,
                ctx.options().edgePopup(), ctx.cut, ctx.sliceRows);
    }

    /**
     * Layer ids in forward order, each block's own layers (in its order) after its first use: the layers whose gradient norms and
     * health the trainer reads, so a GAN's discriminator and a ResNet's residual blocks are drawn as the top-level layers are.
     */
    static List<String> forwardOrder(dev.dendrite.model.network.Graph graph, java.util.Set<dev.dendrite.model.network.Block> seen) {
        List<String> ids = new java.util.ArrayList<>();
        for (Layer layer : Topology.order(graph)) {
            ids.add(layer.getId());
            if (layer instanceof dev.dendrite.model.network.BlockInstance use && use.getBlock() != null && seen.add(use.getBlock())) {
                ids.addAll(forwardOrder(use.getBlock(), seen));
            }
        }
        return ids;
    }
}
