package dev.dendrite.train.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.ProjectionKind;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.train.autodiff.Autodiff;
import dev.dendrite.train.autodiff.GradientOverrides;

/** Reverse-mode differentiation of the forward graph from the loss heads' closed-form seeds. */
public final class AutodiffGradients implements GradientSource {

    private final GradientOverrides overrides;

    public AutodiffGradients() {
        this(null);
    }

    /** @param overrides stop-gradients and straight-through estimators the forward graph asks for */
    public AutodiffGradients(GradientOverrides overrides) {
        this.overrides = overrides;
    }

    @Override
    public Map<String, String> gradients(TrainStepContext ctx) throws ExportException {
        GradientOverrides rules = overrides;
        if (rules == null) {
            // This build's own overrides: marks made here never reach another graph whose tensors share a name.
            rules = ctx.training.overrides();
            markSumsOfOneShape(ctx, rules);
        }
        try {
            if (ctx.heads.gan() != null) {
                return adversarial(ctx, rules);
            }
            return Autodiff.backward(ctx.graph(), ctx.forward, seeds(ctx, ctx.heads.seeds(), ""), ctx.trainable, rules, layerOutputShapes(ctx));
        } catch (IllegalArgumentException e) {
            throw new ExportException("Network '" + ctx.network().getName() + "' cannot be trained yet: " + e.getMessage());
        }
    }

    @Override
    public boolean scalesGradients() {
        return true;
    }

    /** Seeds times the context's gradient scale when it has one: every gradient is then scaled by it. */
    private static Map<String, String> seeds(TrainStepContext ctx, Map<String, String> seeds, String tag) {
        if (ctx.gradientScale == null) {
            return seeds;
        }
        Map<String, String> scaled = new java.util.LinkedHashMap<>();
        seeds.forEach((prediction, seed) -> scaled.put(prediction, ctx.graph().node("Mul", List.of(seed, ctx.gradientScale),
                prediction + tag + "/seed_scaled")));
        return scaled;
    }

    /**
     * A GAN's gradients: the discriminator's objective differentiated for the parameters the real samples' logits read (the
     * discriminator's), the generator's for every other trainable one. The generated samples pass through the discriminator
     * in the second pass only as a path: its parameters take no gradient of the generator's objective, nor the generator's
     * of the discriminator's.
     */
    private static Map<String, String> adversarial(TrainStepContext ctx, GradientOverrides rules) {
        GanObjective gan = ctx.heads.gan();
        java.util.Set<String> discriminator = upstream(ctx.forward, gan.realScores(), ctx.trainable);
        java.util.Set<String> generator = new java.util.LinkedHashSet<>(ctx.trainable);
        generator.removeAll(discriminator);
        // The two time-scale update rule: the discriminator's steps at its own rate.
        float factor = (float) ctx.config().discriminatorRateFactor();
        if (factor != 1f) {
            discriminator.forEach(p -> ctx.rateFactors.put(p, factor));
        }
        if (ctx.config().discriminatorSteps() > 1 && !generator.isEmpty()) {
            ctx.gate = new Optimizers.Gate(java.util.Set.copyOf(generator), ctx.config().discriminatorSteps());
        }
        Map<String, long[]> shapes = layerOutputShapes(ctx);
        Map<String, String> gradients = new java.util.LinkedHashMap<>();
        if (!discriminator.isEmpty()) {
            // A gradient penalty's seeds go into its gradient nodes, after the forward ones: the discriminator differentiated twice.
            List<ai.onnx.proto.OnnxMl.NodeProto> nodes = gan.penaltyNodes().isEmpty() ? ctx.forward
                    : java.util.stream.Stream.concat(ctx.forward.stream(), gan.penaltyNodes().stream()).toList();
            gradients.putAll(Autodiff.backward(ctx.graph(), nodes, seeds(ctx, gan.discriminatorSeeds(), "/discriminator"), discriminator,
                    rules, shapes));
        }
        if (!generator.isEmpty()) {
            gradients.putAll(Autodiff.backward(ctx.graph(), ctx.forward, seeds(ctx, gan.generatorSeeds(), "/generator"), generator, rules,
                    shapes));
        }
        return gradients;
    }

    /** The names among {@code among} that {@code tensor} is computed from in {@code forward}. */
    static java.util.Set<String> upstream(List<ai.onnx.proto.OnnxMl.NodeProto> forward, String tensor, java.util.Set<String> among) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        upstreamTensors(forward, tensor).stream().filter(among::contains).forEach(found::add);
        return found;
    }

    /** Every tensor {@code tensor} is computed from in {@code forward}, itself included. */
    static java.util.Set<String> upstreamTensors(List<ai.onnx.proto.OnnxMl.NodeProto> forward, String tensor) {
        Map<String, ai.onnx.proto.OnnxMl.NodeProto> producers = new HashMap<>();
        forward.forEach(node -> node.getOutputList().forEach(output -> producers.put(output, node)));
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        java.util.Deque<String> open = new java.util.ArrayDeque<>(List.of(tensor));
        while (!open.isEmpty()) {
            String name = open.pop();
            if (!seen.add(name)) {
                continue;
            }
            var node = producers.get(name);
            if (node != null) {
                open.addAll(node.getInputList());
            }
        }
        return seen;
    }

    /**
     * Marks the Sum of each Add layer whose terms all have its output's shape (equal inputs, or
     * inputs projected to the first's), symbols included: its gradient is then the output's gradient
     * itself. The generic rule works out the broadcast axes at run time and reduces over none, which
     * copied a residual block's whole gradient once per term (six copies per resnet-small step).
     */
    static void markSumsOfOneShape(TrainStepContext ctx, GradientOverrides rules) {
        Map<String, String> producers = new HashMap<>();
        for (var node : ctx.forward) {
            for (String output : node.getOutputList()) {
                producers.put(output, node.getOpType());
            }
        }
        ctx.lowered.produced().forEach((layer, ports) -> {
            String sum = ports.get(Ports.OUT);
            if (layer instanceof Add add && sum != null && "Sum".equals(producers.get(sum)) && !rules.mentions(sum)
                    && loweredOnce(add, ctx.network()) && termsHaveOutputShape(add, ctx.lowered.shapes().of(layer))) {
                rules.sameShape(sum);
            }
        });
    }

    /** A layer of a block used more than once is lowered once per use, and its tensor and shapes are those of one use only. */
    private static boolean loweredOnce(Layer layer, Network network) {
        return lowerings(layer.eContainer(), network) == 1;
    }

    /** How many times a graph is lowered: the network once, a block once per use in every lowering of the graph using it. */
    private static int lowerings(EObject graph, Network network) {
        if (!(graph instanceof Block block)) {
            return 1;
        }
        int count = 0;
        for (var contents = network.eAllContents(); contents.hasNext() && count < 2;) {
            if (contents.next() instanceof BlockInstance instance && instance.getBlock() == block) {
                count += lowerings(instance.eContainer(), network);
            }
        }
        return count;
    }

    private static boolean termsHaveOutputShape(Add add, LayerShapes shapes) {
        if (shapes == null) {
            return false;
        }
        var output = shapes.outputs().get(Ports.OUT);
        var main = shapes.inputs().get(Ports.IN + 0);
        if (output == null || output.shape() == null || main == null || main.shape() == null) {
            return false;
        }
        for (int i = 0; i < add.getInputs(); i++) {
            var input = shapes.inputs().get(Ports.IN + i);
            if (input == null || input.shape() == null) {
                return false;
            }
            // As the lowering projects: a later input of another shape than the first becomes the first's.
            boolean projected = i > 0 && add.getProjection() != ProjectionKind.NONE
                    && !input.shape().dims().equals(main.shape().dims());
            if (!(projected ? main : input).shape().dims().equals(output.shape().dims())) {
                return false;
            }
        }
        return true;
    }

    /** Every layer output's inferred shape by tensor name (the batch and other symbols as -1). */
    static Map<String, long[]> layerOutputShapes(TrainStepContext ctx) {
        Map<String, long[]> shapes = new HashMap<>();
        ctx.lowered.produced().forEach((layer, ports) -> ports.forEach((port, tensor) -> {
            var value = ctx.lowered.shapes().of(layer).outputs().get(port);
            if (value != null && value.shape() != null && tensor != null) {
                shapes.put(tensor, value.shape().dims().stream().mapToLong(dev.dendrite.model.shape.Dim::size).toArray());
            }
        }));
        return shapes;
    }
}
