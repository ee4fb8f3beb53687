package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.GanParts;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.GradientPenaltyKind;
import dev.dendrite.model.ports.PortSpec;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.Dim;
import dev.dendrite.model.shape.Shape;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.train.autodiff.Autodiff;
import dev.dendrite.train.autodiff.GradientOverrides;

/**
 * "gradient-penalty": a GAN loss's gradient penalty on the discriminator, of one of two kinds. WGAN-GP's (Gulrajani et al.,
 * 2017): λ · mean over samples of (‖∇D(x̂)‖ − 1)², with x̂ = x̃ + ε(x − x̃) between each real sample x and the generated x̃
 * beside it, ε uniform in [0, 1) per sample (the input {@code LOSS/penalty/epsilon}, fed by the trainer). R1 (Mescheder et al.,
 * 2018): γ/2 · mean over the real samples of ‖∇D(x)‖². The discriminator's real pass is copied to read x̂ (or the real samples
 * as a leaf of their own), the copy differentiated with respect to it ({@code ∇D(x̂)}, one row per sample since nothing mixes
 * samples), and the penalty's closed-form seed (2λ/N · (‖g‖ − 1)/‖g‖ · g, or γ/N · g) goes into that gradient: the
 * discriminator's parameters are then differentiated through the gradient's own nodes (double backpropagation;
 * {@link AutodiffGradients}). x̂ is a leaf: the generator takes no gradient of the penalty. The term joins the discriminator's
 * objective, the step's loss. Expects {@code loss}; evaluation graphs have no penalty.
 */
final class GradientPenaltyStep implements TrainStepStep {

    @Override
    public String name() {
        return "gradient-penalty";
    }

    @Override
    public void apply(TrainStepContext ctx) throws ExportException {
        GanObjective gan = ctx.heads == null ? null : ctx.heads.gan();
        GanParts parts = gan == null ? null : GanParts.of(ctx.network()).orElse(null);
        if (parts == null || parts.loss().getGradientPenalty() <= 0) {
            return;
        }
        GraphBuilder g = ctx.graph();
        String id = parts.loss().getId() + "/penalty";
        String fake = tensor(ctx, parts.generated());
        Connection realConnection = parts.realSamples(ctx.network());
        String real = tensor(ctx, realConnection);
        Value realValue = ctx.lowered.shapes().of(realConnection.getSource()).outputs().get(port(realConnection));
        int rank = realValue.shape().dims().size();
        List<Dim> perSample = new ArrayList<>(List.of(realValue.shape().dims().get(0)));
        for (int k = 1; k < rank; k++) {
            perSample.add(Dim.of(1));
        }
        boolean r1 = parts.loss().getGradientPenaltyKind() == GradientPenaltyKind.R1;
        String between = r1 ? g.node("Identity", List.of(real), id + "/real_samples") : interpolates(ctx, id, fake, real, perSample);

        int first = g.graph().getNodeCount();
        Map<String, String> renamed = new HashMap<>(Map.of(real, between));
        List<NodeProto> pass;
        try {
            pass = NodeCopies.copy(g, realPass(ctx.forward, real, gan.realScores()), renamed, id + "/");
        } catch (IllegalArgumentException e) {
            throw new ExportException("The gradient penalty copies the discriminator: " + e.getMessage());
        }
        String score = renamed.get(gan.realScores());
        String ones = g.node("ConstantOfShape", List.of(g.node("Shape", List.of(score), id + "/score_shape")), id + "/score_seed",
                Attr.tensor("value", TensorProto.newBuilder().setDataType(TensorProto.DataType.FLOAT_VALUE).addDims(1).addFloatData(1f).build()));
        String gradient;
        try {
            gradient = Autodiff.backward(g, pass, Map.of(score, ones), Set.of(between), GradientOverrides.none(), Map.of()).get(between);
        } catch (IllegalArgumentException e) {
            throw new ExportException("The gradient penalty differentiates the discriminator twice, and " + e.getMessage());
        }
        if (gradient == null) {
            throw new ExportException("The gradient penalty needs the discriminator's scores to depend on the samples it judges");
        }
        List<NodeProto> nodes = new ArrayList<>(g.graph().getNodeList().subList(first, g.graph().getNodeCount()));

        String axes = g.longs(id + "/sample_axes", LongStream.range(1, rank).toArray());
        String squareSum = g.node("ReduceSum", List.of(g.node("Mul", List.of(gradient, gradient), id + "/gradient_squares"), axes),
                id + "/gradient_square_sum", Attr.i("keepdims", 1));
        String count = g.node("Cast", List.of(g.node("Size", List.of(squareSum), id + "/samples")), id + "/samples_f",
                Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
        double weight = parts.loss().getGradientPenalty();
        Term term = r1 ? zeroCentred(g, id, gradient, squareSum, count, weight) : oneCentred(g, id, gradient, squareSum, count, weight);
        String penalty = term.value();
        String seed = term.seed();

        Map<String, String> seeds = new LinkedHashMap<>();
        seeds.put(gradient, seed);
        String loss = g.node("Add", List.of(gan.discriminatorLoss(), penalty), id + "/discriminator_loss");
        ctx.loss = ctx.loss.equals(gan.discriminatorLoss()) ? loss : g.node("Add", List.of(ctx.loss, penalty), id + "/loss");
        ctx.heads = ctx.heads.withGan(ctx.loss, gan.withPenalty(loss, nodes, seeds));
    }

    /** The penalty's value and its gradient for the critic's input gradient g (the seed of the second backward pass). */
    private record Term(String value, String seed) {
    }

    /** x̂ = x̃ + ε(x − x̃), ε uniform in [0, 1) per sample: points between the generated and the real samples. */
    private static String interpolates(TrainStepContext ctx, String id, String fake, String real, List<Dim> perSample) {
        GraphBuilder g = ctx.graph();
        String uniform = ctx.training.randomInput(g, id + "/epsilon", RandomInput.Kind.UNIFORM, 0, Value.tensor(new Shape(perSample)));
        String epsilon = g.node("Mul", List.of(g.node("Add", List.of(uniform, g.scalar(id + "/one", 1f)), id + "/uniform_shifted"),
                g.scalar(id + "/half", 0.5f)), id + "/epsilon_01");
        return g.node("Add", List.of(fake, g.node("Mul", List.of(epsilon, g.node("Sub", List.of(real, fake), id + "/towards_real")),
                id + "/step_towards_real")), id + "/interpolates");
    }

    /** WGAN-GP's λ · mean((‖g‖ − 1)²) and its gradient for g, 2λ/N · (‖g‖ − 1)/‖g‖ · g. */
    private static Term oneCentred(GraphBuilder g, String id, String gradient, String squareSum, String count, double lambda) {
        String norm = g.node("Sqrt", List.of(g.node("Add", List.of(squareSum, g.scalar(id + "/tiny", 1e-12f)),
                id + "/gradient_square_sum_tiny")), id + "/gradient_norm");
        String excess = g.node("Sub", List.of(norm, g.scalar(id + "/target_norm", 1f)), id + "/norm_excess");
        String penalty = g.node("Mul", List.of(g.node("ReduceMean", List.of(g.node("Mul", List.of(excess, excess), id + "/excess_squares")),
                id + "/excess_square_mean", Attr.i("keepdims", 0)), g.scalar(id + "/lambda", (float) lambda)), id + "/value");
        String factor = g.node("Div", List.of(g.node("Mul", List.of(g.node("Div", List.of(excess, norm), id + "/excess_per_norm"),
                g.scalar(id + "/two_lambda", (float) (2 * lambda))), id + "/scaled_excess"), count), id + "/seed_factor");
        return new Term(penalty, g.node("Mul", List.of(gradient, factor), id + "/seed"));
    }

    /** R1's γ/2 · mean(‖g‖²) and its gradient for g, γ/N · g. */
    private static Term zeroCentred(GraphBuilder g, String id, String gradient, String squareSum, String count, double gamma) {
        String penalty = g.node("Mul", List.of(g.node("ReduceMean", List.of(squareSum), id + "/square_sum_mean", Attr.i("keepdims", 0)),
                g.scalar(id + "/half_gamma", (float) (gamma / 2))), id + "/value");
        String factor = g.node("Div", List.of(g.scalar(id + "/gamma", (float) gamma), count), id + "/seed_factor");
        return new Term(penalty, g.node("Mul", List.of(gradient, factor), id + "/seed"));
    }

    /** The forward nodes on a path from the real samples to the discriminator's scores of them: the pass the penalty copies. */
    private static List<NodeProto> realPass(List<NodeProto> forward, String real, String scores) {
        Set<String> upstream = AutodiffGradients.upstreamTensors(forward, scores);
        Set<String> reached = new HashSet<>(Set.of(real));
        List<NodeProto> pass = new ArrayList<>();
        for (NodeProto node : forward) {
            boolean reads = node.getInputList().stream().anyMatch(reached::contains);
            boolean feeds = node.getOutputList().stream().anyMatch(upstream::contains);
            if (reads && feeds) {
                pass.add(node);
                reached.addAll(node.getOutputList());
            }
        }
        return pass;
    }

    private static String tensor(TrainStepContext ctx, Connection c) {
        return ctx.lowered.produced().get(c.getSource()).get(port(c));
    }

    private static String port(Connection c) {
        return Ports.find(Ports.outputs(c.getSource()), c.getSourcePort()).map(PortSpec::name).orElseThrow();
    }
}
