package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.List;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.shape.Shape;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * "mixup": with {@code --mixup α} (Zhang et al., 2018), every data input of the train step is
 * replaced by λ·x + (1 − λ)·x reversed along the batch, λ drawn from Beta(α, α) each step (the
 * input {@link #LAMBDA}, fed by the trainer); the loss step mixes the labels alike. A shuffled batch
 * reversed pairs random samples, as timm's mixup pairs them. Evaluation graphs never mix. Expects
 * {@code forward}; guarantees {@code mixLambda} when on.
 */
final class MixupStep implements TrainStepStep {

    /** The per-step input λ. */
    static final String LAMBDA = "mixup:lambda";

    @Override
    public String name() {
        return "mixup";
    }

    @Override
    public void apply(TrainStepContext ctx) throws ExportException {
        double alpha = ctx.config().mixup();
        if (alpha <= 0) {
            return;
        }
        for (Layer layer : ctx.network().getLayers()) {
            if (layer instanceof Loss loss && loss.getKind() != LossKind.CROSS_ENTROPY) {
                throw new ExportException("--mixup mixes pictures and their class labels, for cross-entropy losses; " + loss.getId() + " is "
                        + loss.getKind().getLiteral());
            }
        }
        if (ctx.options().sequenceLength() > 0 || !ctx.options().maskedInputs().isEmpty()) {
            throw new ExportException("--mixup mixes pictures and vectors, not sequences");
        }
        List<String> inputs = new ArrayList<>();
        for (Layer layer : ctx.network().getLayers()) {
            if (layer instanceof Input && ctx.lowered.inputs().contains(layer.getId())) {
                inputs.add(layer.getId());
            }
        }
        if (inputs.isEmpty()) {
            throw new ExportException("--mixup mixes pictures and vectors; the network reads none (graphs or tokens)");
        }
        GraphBuilder g = ctx.graph();
        GraphProto.Builder graph = g.graph();
        int before = graph.getNodeCount();
        String lambda = ctx.training.randomInput(g, LAMBDA, RandomInput.Kind.BETA, alpha, Value.tensor(Shape.scalar()));
        String rest = g.node("Sub", List.of(g.scalar("mixup/one", 1f), lambda), "mixup/one_minus_lambda");
        List<String> mixedNames = new ArrayList<>();
        for (String input : inputs) {
            String flipped = reversed(g, input, "mixup/" + input);
            mixedNames.add(g.node("Add", List.of(g.node("Mul", List.of(input, lambda), "mixup/" + input + "/own"),
                    g.node("Mul", List.of(flipped, rest), "mixup/" + input + "/partner")), "mixup/" + input + "/mixed"));
        }
        // The mixing nodes go first, and every node of the forward pass reads the mixed inputs instead.
        List<NodeProto> mixing = new ArrayList<>(graph.getNodeList().subList(before, graph.getNodeCount()));
        for (int i = graph.getNodeCount() - 1; i >= before; i--) {
            graph.removeNode(i);
        }
        for (NodeProto.Builder node : graph.getNodeBuilderList()) {
            for (int k = 0; k < node.getInputCount(); k++) {
                int at = inputs.indexOf(node.getInput(k));
                if (at >= 0) {
                    node.setInput(k, mixedNames.get(at));
                }
            }
        }
        for (int i = mixing.size() - 1; i >= 0; i--) {
            graph.addNode(0, mixing.get(i));
        }
        ctx.forward = List.copyOf(graph.getNodeList());
        ctx.mixLambda = lambda;
    }

    /** {@code x} reversed along its first (batch) axis. */
    static String reversed(GraphBuilder g, String x, String hint) {
        return g.node("Slice", List.of(x, g.longs(hint + "/start", -1), g.longs(hint + "/end", Long.MIN_VALUE), g.longs(hint + "/axis", 0),
                g.longs(hint + "/step", -1)), hint + "/reversed");
    }
}
