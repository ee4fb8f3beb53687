package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.train.autodiff.Autodiff;
import dev.dendrite.train.autodiff.GradientOverrides;
import dev.dendrite.train.config.Adversarial;

/**
 * "adversarial": with {@code --adversarial ε} the train step learns from its batch moved within the
 * L∞ ball of radius ε to raise its loss (Wong, Rice and Kolter, 2020: FGSM from a random start; with
 * {@code --adversarial-steps K}, Madry et al.'s PGD). The step draws a start offset δ₀ uniform in the
 * ball (the input {@code adversarial/X/start}, fed by the trainer in [−1, 1)); then K times runs a
 * probe, the forward and loss nodes again on clip(x + δ), differentiates it with respect to that
 * input, and steps δ ← clamp(δ + α·sign(∇), −ε, ε) (α = 1.25·ε for one step, 2.5·ε/K for K); every
 * forward node then reads clip(x + δ). The probe's nodes stay out of the
 * forward list, so the parameters' gradients treat the moved input as a constant (Danskin's theorem:
 * the gradient of the loss at its maximiser). Expects {@code loss}; evaluation graphs stay clean.
 */
final class AdversarialStep implements TrainStepStep {

    static final String PREFIX = "adversarial/";

    /** The per-step input of the random start for the network input {@code input}. */
    static String start(String input) {
        return PREFIX + input + "/start";
    }

    @Override
    public String name() {
        return "adversarial";
    }

    @Override
    public void apply(TrainStepContext ctx) throws ExportException {
        Adversarial adversarial = ctx.config().adversarial();
        if (adversarial.none()) {
            return;
        }
        if (ctx.options().sequenceLength() > 0 || !ctx.options().maskedInputs().isEmpty()) {
            throw new ExportException("--adversarial moves pictures and vectors, not sequences");
        }
        if (!(ctx.gradientSource() instanceof AutodiffGradients) || ctx.heads.seeds().isEmpty()) {
            throw new ExportException("--adversarial moves the inputs along the loss's gradient; network '" + ctx.network().getName()
                    + "' does not train by one");
        }
        List<Input> inputs = new ArrayList<>();
        for (Layer layer : ctx.network().getLayers()) {
            if (layer instanceof Input input && ctx.lowered.inputs().contains(layer.getId())) {
                inputs.add(input);
            }
        }
        if (inputs.isEmpty()) {
            throw new ExportException("--adversarial moves pictures and vectors; the network reads none (graphs or tokens)");
        }
        GraphBuilder g = ctx.graph();
        GraphProto.Builder graph = g.graph();
        List<NodeProto> original = List.copyOf(graph.getNodeList());
        int before = original.size();
        Set<String> forwardNames = new java.util.HashSet<>(ctx.forward.stream().map(NodeProto::getName).toList());
        String epsilon = g.scalar(PREFIX + "epsilon", (float) adversarial.epsilon());
        String step = g.scalar(PREFIX + "step", (float) (adversarial.stepSize() * adversarial.epsilon()));
        String negative = g.scalar(PREFIX + "negative_epsilon", (float) -adversarial.epsilon());
        Map<String, String> offsets = new LinkedHashMap<>();
        for (Input input : inputs) {
            String x = input.getId();
            String unit = ctx.training.randomInput(g, start(x), RandomInput.Kind.UNIFORM, 0, value(ctx, input));
            offsets.put(x, g.node("Mul", List.of(unit, epsilon), PREFIX + x + "/start_offset"));
        }
        for (int k = 1; k <= adversarial.steps(); k++) {
            Map<String, String> at = new LinkedHashMap<>();
            for (Input input : inputs) {
                String x = input.getId();
                at.put(x, clip(g, g.node("Add", List.of(x, offsets.get(x)), PREFIX + x + "/at" + k), bounds(adversarial, value(ctx, input)),
                        PREFIX + x + "/at" + k + "/clipped"));
            }
            Probe probe = probe(g, original, forwardNames, at, PREFIX + "probe" + k + "/");
            Map<String, String> seeds = new LinkedHashMap<>();
            ctx.heads.seeds().forEach((prediction, seed) -> seeds.put(probe.renamed().getOrDefault(prediction, prediction), probe.renamed()
                    .getOrDefault(seed, seed)));
            Map<String, String> gradients;
            try {
                gradients = Autodiff.backward(g, probe.forward(), seeds, Set.copyOf(at.values()), GradientOverrides.none(), Map.of());
            } catch (IllegalArgumentException e) {
                throw new ExportException("--adversarial needs the loss's gradient with respect to the input: " + e.getMessage());
            }
            for (Input input : inputs) {
                String x = input.getId();
                String gradient = gradients.get(at.get(x));
                if (gradient == null) {
                    throw new ExportException("--adversarial moves the inputs the loss depends on; it does not depend on " + x);
                }
                String stepped = g.node("Add", List.of(offsets.get(x), g.node("Mul", List.of(g.node("Sign", List.of(gradient), PREFIX + x + "/sign"
                        + k), step), PREFIX + x + "/step" + k)), PREFIX + x + "/stepped" + k);
                offsets.put(x, g.node("Min", List.of(g.node("Max", List.of(stepped, negative), PREFIX + x + "/above" + k), epsilon), PREFIX + x
                        + "/offset" + k));
            }
        }
        Map<String, String> moved = new HashMap<>();
        for (Input input : inputs) {
            String x = input.getId();
            moved.put(x, clip(g, g.node("Add", List.of(x, offsets.get(x)), PREFIX + x + "/moved"), bounds(adversarial, value(ctx, input)),
                    PREFIX + x + "/input"));
        }
        // The start, the probe and the move go first; every forward node reads the moved inputs (the loss keeps its own reads).
        List<NodeProto> block = new ArrayList<>(graph.getNodeList().subList(before, graph.getNodeCount()));
        List<NodeProto> rest = new ArrayList<>();
        for (NodeProto node : original) {
            if (!forwardNames.contains(node.getName())) {
                rest.add(node);
                continue;
            }
            NodeProto.Builder reading = node.toBuilder();
            for (int k = 0; k < reading.getInputCount(); k++) {
                reading.setInput(k, moved.getOrDefault(reading.getInput(k), reading.getInput(k)));
            }
            rest.add(reading.build());
        }
        graph.clearNode().addAllNode(block).addAllNode(rest);
        ctx.forward = rest.stream().filter(node -> forwardNames.contains(node.getName())).toList();
    }

    /** The probe's copies of the forward nodes, and every tensor the copies make by the name of the original it stands for. */
    private record Probe(List<NodeProto> forward, Map<String, String> renamed) {
    }

    /** Copies of the forward and loss nodes reading the moved inputs, every tensor they make under a fresh name after {@code prefix}. */
    private static Probe probe(GraphBuilder g, List<NodeProto> original, Set<String> forwardNames, Map<String, String> starts, String prefix)
            throws ExportException {
        Map<String, String> renamed = new HashMap<>(starts);
        List<NodeProto> copies;
        try {
            copies = NodeCopies.copy(g, original, renamed, prefix);
        } catch (IllegalArgumentException e) {
            throw new ExportException("--adversarial copies the forward pass: " + e.getMessage());
        }
        List<NodeProto> forward = new ArrayList<>();
        for (int k = 0; k < original.size(); k++) {
            if (forwardNames.contains(original.get(k).getName())) {
                forward.add(copies.get(k));
            }
        }
        return new Probe(forward, renamed);
    }

    private static Value value(TrainStepContext ctx, Input input) {
        return ctx.lowered.shapes().of(input).outputs().get(Ports.OUT);
    }

    /** The valid range of an input of {@code value}: pictures (a channel, height and width per sample) in [0, 1] unless told. */
    private static double[] bounds(Adversarial adversarial, Value value) {
        boolean picture = value != null && value.shape() != null && value.shape().dims().size() == 4;
        return adversarial.bounds(picture);
    }

    private static String clip(GraphBuilder g, String x, double[] bounds, String hint) {
        if (bounds == null) {
            return x;
        }
        String low = g.scalar(hint + "/low", (float) bounds[0]);
        String high = g.scalar(hint + "/high", (float) bounds[1]);
        return g.node("Min", List.of(g.node("Max", List.of(x, low), hint + "/floor"), high), hint);
    }
}
