package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.GraphInput;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.Regularization;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.model.shape.Topology;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.export.LoweredNetwork;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.weights.ParameterSpec;
import dev.dendrite.onnx.weights.ParameterSpecs;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.autodiff.Autodiff;
import dev.dendrite.train.config.TrainingConfig;

/**
 * Generates a network's training graphs: the train step (forward in training mode, losses,
 * reverse-mode gradients, penalties, clipping, optimizer update, gradient norms) and the
 * evaluation graph (inference mode, losses, accuracy).
 */
public final class TrainStepBuilder {

    private TrainStepBuilder() {
    }

    public static TrainingGraphs build(Network network, Weights given, TrainingConfig config) throws ExportException {
        return build(network, given, config, GraphOptions.DEFAULT);
    }

    public static TrainingGraphs build(Network network, Weights given, TrainingConfig config, GraphOptions options) throws ExportException {
        TrainingLayers training = new TrainingLayers(options.pruningMasks());
        LoweredNetwork lowered = OnnxExporter.lower(network, given, training);
        GraphBuilder g = lowered.graph();
        List<NodeProto> forward = List.copyOf(g.graph().getNodeList());
        LossHeads.Result heads;
        try {
            heads = LossHeads.build(network, lowered, true);
        } catch (IllegalArgumentException e) {
            throw new ExportException("Network '" + network.getName() + "' cannot be trained: " + e.getMessage());
        }
        Map<String, ParameterSpec> specs = specs(network, lowered);
        Set<String> trainable = new HashSet<>();
        for (String parameter : lowered.parameterInputs()) {
            if (specs.get(parameter) != null && specs.get(parameter).trainable()) {
                trainable.add(parameter);
            }
        }
        Map<String, String> gradients;
        try {
            gradients = new LinkedHashMap<>(Autodiff.backward(g, forward, heads.seeds(), trainable));
        } catch (IllegalArgumentException e) {
            throw new ExportException("Network '" + network.getName() + "' cannot be trained yet: " + e.getMessage());
        }
        String loss = penalties(network, g, gradients, heads.loss());
        if (config.clipNorm() > 0) {
            clip(g, gradients, config.clipNorm());
        }
        Map<String, String> layerNorms = gradientNorms(g, gradients);
        g.input(g.reserve("lr"), GraphBuilder.ElementType.FLOAT, List.of());
        g.input(g.reserve("step"), GraphBuilder.ElementType.FLOAT, List.of());
        List<String> parameters = new ArrayList<>(gradients.keySet());
        List<String> state = new ArrayList<>(Optimizers.names(parameters, config.optimizer(), config.momentum()));
        Weights initial = new Weights();
        lowered.weights().flat().forEach((key, tensor) -> {
            String[] parts = Weights.split(key);
            initial.put(parts[0], parts[1], tensor);
        });
        for (String name : state) {
            FloatTensor parameter = initial.flat().get(name.substring(0, name.indexOf(':')));
            g.input(g.reserve(name), GraphBuilder.ElementType.FLOAT, dims(parameter.shape()));
            String[] parts = Weights.split(name);
            initial.put(parts[0], parts[1], FloatTensor.zeros(parameter.shape()));
        }
        if (config.optimizer() == OptimizerKind.ADAM || config.optimizer() == OptimizerKind.ADAMW) {
            long total = 0;
            for (String parameter : parameters) {
                total += initial.flat().get(parameter).size();
            }
            for (String name : List.of(Optimizers.ADAM_M, Optimizers.ADAM_V)) {
                g.input(g.reserve(name), GraphBuilder.ElementType.FLOAT, List.of(total));
                String[] parts = Weights.split(name);
                initial.put(parts[0], parts[1], FloatTensor.zeros(total));
                state.add(name);
            }
        }
        Map<String, long[]> shapes = new HashMap<>();
        parameters.forEach(p -> shapes.put(p, initial.flat().get(p).shape()));
        Map<String, String> feedback = new LinkedHashMap<>(Optimizers.update(g, config, gradients, "lr", "step", shapes));
        training.runningUpdates().forEach((buffer, updated) -> feedback.put(updated, buffer));
        output(g, loss, "loss");
        if (heads.accuracy() != null) {
            output(g, heads.accuracy(), "accuracy");
        }
        feedback.keySet().forEach(name -> g.output(name, GraphBuilder.ElementType.FLOAT));
        layerNorms.forEach((layer, norm) -> output(g, norm, "gradnorm:" + layer));
        if (options.activationStatistics()) {
            activationStatistics(network, lowered, g);
        }
        var trainStep = g.model("train", "Dendrite train step for " + network.getName());

        LoweredNetwork evaluated = OnnxExporter.lower(network, lowered.weights(), new EvaluationLayers());
        LossHeads.Result evalHeads = LossHeads.build(network, evaluated, false);
        output(evaluated.graph(), evalHeads.loss(), "loss");
        if (evalHeads.accuracy() != null) {
            output(evaluated.graph(), evalHeads.accuracy(), "accuracy");
        }
        var evaluation = evaluated.graph().model("eval", "Dendrite evaluation graph for " + network.getName());

        Map<String, Value> dataInputs = new LinkedHashMap<>();
        for (Layer layer : network.getLayers()) {
            if (layer instanceof Input && lowered.inputs().contains(layer.getId())) {
                dataInputs.put(layer.getId(), lowered.shapes().of(layer).outputs().get(Ports.OUT));
            } else if (layer instanceof GraphInput) {
                throw new ExportException("graph networks train with the graph training issue's engine; this engine trains "
                        + "feed-forward, convolutional, residual, normalised and dropout networks");
            }
        }
        Map<String, Boolean> targets = new LinkedHashMap<>();
        Map<String, Value> targetValues = new LinkedHashMap<>();
        heads.targets().forEach(t -> {
            targets.put(t.name(), t.classIndices());
            targetValues.put(t.name(), t.value());
        });
        List<String> order = Topology.order(network).stream().map(Layer::getId).toList();
        for (String mask : training.masks().keySet()) {
            String[] parts = Weights.split(mask);
            if (initial.get(parts[0], parts[1]).isEmpty()) {
                FloatTensor masked = initial.flat().get(training.masks().get(mask));
                initial.put(parts[0], parts[1], FloatTensor.filled(1f, masked.shape()));
            }
        }
        Map<String, ParameterRole> roles = new LinkedHashMap<>();
        initial.flat().keySet().forEach(key -> roles.put(key, ParameterRole.of(key, specs.get(key))));
        return new TrainingGraphs(trainStep, evaluation, feedback, initial, dataInputs, targetValues, targets, training.randomInputs(),
                parameters, state, order, heads.accuracy() != null, heads.classes(), roles);
    }

    /** Mean and standard deviation of each layer's primary output in this step (training mode). */
    private static void activationStatistics(Network network, LoweredNetwork lowered, GraphBuilder g) {
        for (Layer layer : network.getLayers()) {
            if (layer instanceof Input || layer instanceof GraphInput || layer instanceof dev.dendrite.model.network.Loss) {
                continue;
            }
            var primary = Ports.find(Ports.outputs(layer), "");
            Map<String, String> produced = lowered.produced().get(layer);
            if (primary.isEmpty() || produced == null || produced.get(primary.get().name()) == null) {
                continue;
            }
            Value value = lowered.shapes().of(layer).outputs().get(primary.get().name());
            if (value == null || value.type() != Value.ElementType.FLOAT) {
                continue;
            }
            String x = produced.get(primary.get().name());
            String id = layer.getId();
            String mean = g.node("ReduceMean", List.of(x), id + "/act_mean", dev.dendrite.onnx.graph.Attr.i("keepdims", 0));
            String meanSquare = g.node("ReduceMean", List.of(g.node("Mul", List.of(x, x), id + "/act_sq")), id + "/act_mean_sq",
                    dev.dendrite.onnx.graph.Attr.i("keepdims", 0));
            String variance = g.node("Relu", List.of(g.node("Sub", List.of(meanSquare, g.node("Mul", List.of(mean, mean), id + "/mean_sq")),
                    id + "/act_var_raw")), id + "/act_var");
            output(g, mean, "act_mean:" + id);
            output(g, g.node("Sqrt", List.of(variance), id + "/act_std"), "act_std:" + id);
        }
    }

    private static void output(GraphBuilder g, String tensor, String name) {
        g.nodeWithOutputs("Identity", List.of(tensor), List.of(g.reserve(name)));
        g.output(name, GraphBuilder.ElementType.FLOAT);
    }

    private static List<Object> dims(long[] shape) {
        List<Object> dims = new ArrayList<>();
        for (long d : shape) {
            dims.add(d);
        }
        return dims;
    }

    /** Every parameter's spec, by {@code layerId/param}. */
    private static Map<String, ParameterSpec> specs(Network network, LoweredNetwork lowered) {
        Map<String, ParameterSpec> specs = new HashMap<>();
        List<Layer> layers = new ArrayList<>(network.getLayers());
        network.getBlocks().forEach(b -> layers.addAll(b.getLayers()));
        for (Layer layer : layers) {
            LayerShapes shapes = lowered.shapes().of(layer);
            if (shapes != null && !(layer instanceof BlockInstance)) {
                ParameterSpecs.of(layer, shapes.inputs()).forEach(s -> specs.put(Weights.key(layer.getId(), s.name()), s));
            }
        }
        return specs;
    }

    /** L1 and L2 penalties on weight matrices and kernels (not biases or gains): added to the loss and the gradients. */
    private static String penalties(Network network, GraphBuilder g, Map<String, String> gradients, String loss) {
        List<String> terms = new ArrayList<>(List.of(loss));
        Map<String, Regularization> byLayer = new HashMap<>();
        List<Layer> layers = new ArrayList<>(network.getLayers());
        for (Block block : network.getBlocks()) {
            layers.addAll(block.getLayers());
        }
        layers.forEach(l -> byLayer.put(l.getId(), l.getRegularization() != null ? l.getRegularization() : network.getRegularization()));
        for (Map.Entry<String, String> entry : new ArrayList<>(gradients.entrySet())) {
            String[] parts = Weights.split(entry.getKey());
            Regularization r = byLayer.get(parts[0]);
            boolean weightLike = TrainingLayers.weightLike(entry.getKey());
            if (r == null || !weightLike || (r.getL1() == 0 && r.getL2() == 0)) {
                continue;
            }
            String p = entry.getKey();
            String grad = entry.getValue();
            if (r.getL1() > 0) {
                String l1 = g.scalar(p + "/l1", (float) r.getL1());
                terms.add(g.node("Mul", List.of(g.node("ReduceSum", List.of(g.node("Abs", List.of(p), p + "/abs")), p + "/l1_sum",
                        dev.dendrite.onnx.graph.Attr.i("keepdims", 0)), l1), p + "/l1_penalty"));
                grad = g.node("Add", List.of(grad, g.node("Mul", List.of(g.node("Sign", List.of(p), p + "/sign"), l1), p + "/l1_grad")), p + "/grad_l1");
            }
            if (r.getL2() > 0) {
                String l2 = g.scalar(p + "/l2", (float) r.getL2());
                terms.add(g.node("Mul", List.of(g.node("ReduceSum", List.of(g.node("Mul", List.of(p, p), p + "/sq")), p + "/l2_sum",
                        dev.dendrite.onnx.graph.Attr.i("keepdims", 0)), g.scalar(p + "/half_l2", (float) r.getL2() / 2)), p + "/l2_penalty"));
                grad = g.node("Add", List.of(grad, g.node("Mul", List.of(p, l2), p + "/l2_grad")), p + "/grad_l2");
            }
            gradients.put(p, grad);
        }
        return terms.size() == 1 ? loss : g.node("Sum", terms, "loss_with_penalties");
    }

    private static void clip(GraphBuilder g, Map<String, String> gradients, double maxNorm) {
        List<String> squares = new ArrayList<>();
        gradients.forEach((p, grad) -> squares.add(g.node("ReduceSum", List.of(g.node("Mul", List.of(grad, grad), p + "/g_sq")),
                p + "/g_sq_sum", dev.dendrite.onnx.graph.Attr.i("keepdims", 0))));
        String norm = g.node("Sqrt", List.of(squares.size() == 1 ? squares.get(0) : g.node("Sum", squares, "clip/sum")), "clip/norm");
        String scale = g.node("Min", List.of(g.scalar("clip/one", 1f), g.node("Div", List.of(g.scalar("clip/max", (float) maxNorm),
                g.node("Add", List.of(norm, g.scalar("clip/eps", 1e-6f)), "clip/norm_eps")), "clip/ratio")), "clip/scale");
        gradients.replaceAll((p, grad) -> g.node("Mul", List.of(grad, scale), p + "/clipped"));
    }

    private static Map<String, String> gradientNorms(GraphBuilder g, Map<String, String> gradients) {
        Map<String, List<String>> byLayer = new LinkedHashMap<>();
        gradients.forEach((p, grad) -> byLayer.computeIfAbsent(Weights.split(p)[0], k -> new ArrayList<>())
                .add(g.node("ReduceSum", List.of(g.node("Mul", List.of(grad, grad), p + "/norm_sq")), p + "/norm_sq_sum",
                        dev.dendrite.onnx.graph.Attr.i("keepdims", 0))));
        Map<String, String> norms = new LinkedHashMap<>();
        byLayer.forEach((layer, parts) -> norms.put(layer, g.node("Sqrt", List.of(parts.size() == 1 ? parts.get(0)
                : g.node("Sum", parts, layer + "/norm_parts")), layer + "/grad_norm")));
        return norms;
    }
}
