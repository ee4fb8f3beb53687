package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.model.ports.PortSpec;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.export.LoweredNetwork;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.train.config.CertifiedTraining;

/**
 * "certified": with {@code --certified ε} the step also learns from interval bounds over the L∞
 * ball of radius ε (IBP training; Gowal et al., 2018). The forward nodes that make the logits are
 * passed again as intervals from the box around the input ({@link WorstMargins}); the last dense
 * layer is elided into the margins z_j − z_y (its rows less the label's row, per sample), whose
 * upper bounds ẑ (ẑ_y = 0) are the worst logits the bounds allow, mixed with CROWN-IBP's linear
 * bounds ({@link LinearMargins}) where asked. The objective is κ·(the clean
 * loss) + (1 − κ)·CE(ẑ, y), its robust part seeded in closed form as the clean cross-entropy is;
 * the interval nodes join the forward list, so the parameters' gradients reach through them (the
 * weights' magnitudes included). ε_t and 1 − κ_t rise linearly from 0 over the ramp after the
 * clean warm-up, read from the "step" input. Evaluation graphs keep the clean loss and add the share
 * of samples the intervals certify at the full radius ({@link #evaluation}). Expects {@code heads}.
 */
final class CertifiedStep implements TrainStepStep {

    static final String PREFIX = "certified/";

    @Override
    public String name() {
        return "certified";
    }

    @Override
    public void apply(TrainStepContext ctx) throws ExportException {
        CertifiedTraining certified = ctx.config().certified();
        if (certified.none()) {
            return;
        }
        String name = ctx.network().getName();
        if (ctx.options().sequenceLength() > 0 || !ctx.options().maskedInputs().isEmpty()) {
            throw new ExportException("--certified bounds classifiers of pictures and vectors, not sequences");
        }
        if (!(ctx.gradientSource() instanceof AutodiffGradients) || ctx.heads.seeds().isEmpty() || ctx.heads.gan() != null) {
            throw new ExportException("--certified adds the bounds' loss to a classifier's gradients; network '" + name + "' does not train by one");
        }
        for (Layer layer : ctx.network().getLayers()) {
            if (layer instanceof BatchNorm || layer instanceof Dropout dropout && dropout.getRate() > 0) {
                throw new ExportException("--certified bounds the network as it computes in training, and " + layer.getId() + " ("
                        + layer.eClass().getName() + ") computes from the batch there: remove it or train without --certified");
            }
        }
        Loss loss = crossEntropy(ctx);
        Input input = onlyInput(ctx);
        GraphBuilder g = ctx.graph();
        int before = g.graph().getNodeCount();
        String progress = progress(g, certified, ctx.config().epochs());
        String epsilon = g.node("Mul", List.of(g.scalar(PREFIX + "epsilon_end", (float) certified.epsilon()), progress), PREFIX + "epsilon");
        String robustShare = g.node("Mul", List.of(g.scalar(PREFIX + "weight_end", (float) certified.weight()), progress), PREFIX + "robust_share");
        String cleanShare = g.node("Sub", List.of(g.scalar(PREFIX + "one", 1f), robustShare), PREFIX + "clean_share");

        double[] range = range(ctx, input);
        String logits = prediction(ctx.network(), ctx.lowered, loss);
        String labels = target(ctx.network(), ctx.lowered, loss);
        String worst;
        try {
            // CROWN-IBP's share β falls from 1 to 0 as ε rises (Zhang et al.'s schedule).
            String linearShare = certified.linear() ? g.node("Sub", List.of(g.scalar(PREFIX + "linear_full", 1f), progress), PREFIX
                    + "linear_share") : null;
            worst = WorstMargins.of(g, ctx.forward, input.getId(), epsilon, range, logits, labels, PREFIX, linearShare);
        } catch (IllegalArgumentException e) {
            throw new ExportException("Network '" + name + "': " + e.getMessage());
        }
        if (worst == null) {
            throw new ExportException("--certified bounds the logits over the input's ball; network '" + name + "' computes them without "
                    + input.getId());
        }
        List<NodeProto> added = List.copyOf(g.graph().getNodeList().subList(before, g.graph().getNodeCount()));
        String weight = g.scalar(PREFIX + "loss_weight", (float) loss.getWeight());
        String logp = g.node("LogSoftmax", List.of(worst), PREFIX + "log_probabilities", Attr.i("axis", 1));
        String column = g.node("Unsqueeze", List.of(labels, g.longs(PREFIX + "column_axis", 1)), PREFIX + "label_column");
        String picked = g.node("GatherElements", List.of(logp, column), PREFIX + "picked", Attr.i("axis", 1));
        String robust = g.node("Neg", List.of(g.node("ReduceMean", List.of(picked), PREFIX + "mean_log_likelihood", Attr.i("keepdims", 0))),
                PREFIX + "robust_loss");
        Map<String, String> seeds = new LinkedHashMap<>();
        ctx.heads.seeds().forEach((tensor, seed) -> seeds.put(tensor, g.node("Mul", List.of(seed, cleanShare), PREFIX + "clean_seed")));
        seeds.put(worst, robustSeed(g, logp, column, labels, g.node("Mul", List.of(weight, robustShare), PREFIX + "seed_share")));
        String total = g.node("Add", List.of(g.node("Mul", List.of(ctx.loss, cleanShare), PREFIX + "clean_part"), g.node("Mul", List.of(
                g.node("Mul", List.of(robust, weight), PREFIX + "weighted_robust"), robustShare), PREFIX + "robust_part")), PREFIX + "loss");
        ctx.heads = ctx.heads.withObjective(total, seeds);
        ctx.loss = total;
        List<NodeProto> forward = new ArrayList<>(ctx.forward);
        forward.addAll(added);
        ctx.forward = forward;
    }

    /**
     * Adds to the evaluation graph the share of samples interval bounds certify at the full radius, output as
     * "metric:certifiedAccuracy" (recorded as validationCertifiedAccuracy and testCertifiedAccuracy).
     */
    static void evaluation(TrainStepContext ctx, LoweredNetwork evaluated) throws ExportException {
        CertifiedTraining certified = ctx.config().certified();
        Loss loss = crossEntropy(ctx);
        Input input = onlyInput(ctx);
        GraphBuilder g = evaluated.graph();
        String labels = target(ctx.network(), evaluated, loss);
        String margins;
        try {
            margins = WorstMargins.of(g, List.copyOf(g.graph().getNodeList()), input.getId(), g.scalar(PREFIX + "epsilon", (float) certified
                    .epsilon()), range(ctx, input), prediction(ctx.network(), evaluated, loss), labels, PREFIX);
        } catch (IllegalArgumentException e) {
            throw new ExportException("Network '" + ctx.network().getName() + "': " + e.getMessage());
        }
        if (margins != null) {
            OutputStep.output(g, WorstMargins.certifiedShare(g, margins, labels, PREFIX), "metric:certifiedAccuracy");
        }
    }

    /**
     * The valid range of the input's values (pictures [0, 1] unless told), or null where unclipped. A vector of a square picture of
     * at least 4 × 4 (MNIST's 784 values read flat) is a picture, as robustness reads it ({@code PictureShape}), so that training
     * and certification clip the same box.
     */
    private static double[] range(TrainStepContext ctx, Input input) {
        Value value = ctx.lowered.shapes().of(input).outputs().get(Ports.OUT);
        boolean picture = value != null && value.shape() != null && (value.rank() == 4 || value.rank() == 2
                && dev.dendrite.train.data.PictureShape.of(new long[] {value.shape().size(1)}) != null);
        return ctx.config().certified().bounds(picture);
    }

    /**
     * The ramp's progress in [0, 1] at this step: 0 through the warm-up, then rising by 1/ramp a step; 1 throughout where the
     * steps per epoch are unknown.
     */
    private static String progress(GraphBuilder g, CertifiedTraining certified, int epochs) {
        int steps = certified.stepsPerEpoch();
        if (steps <= 0) {
            return g.scalar(PREFIX + "full", 1f);
        }
        long warmup = (long) certified.warmup(epochs) * steps;
        long ramp = Math.max(1, (long) certified.ramp(epochs) * steps);
        String rising = g.node("Div", List.of(g.node("Sub", List.of("step", g.scalar(PREFIX + "warmup_steps", warmup)), PREFIX + "past_warmup"),
                g.scalar(PREFIX + "ramp_steps", ramp)), PREFIX + "ramp_share");
        return g.node("Min", List.of(g.node("Max", List.of(rising, g.scalar(PREFIX + "none", 0f)), PREFIX + "ramp_started"),
                g.scalar(PREFIX + "all", 1f)), PREFIX + "progress");
    }

    /** The network's one loss, a cross-entropy over [N, classes]; refused otherwise. */
    private static Loss crossEntropy(TrainStepContext ctx) throws ExportException {
        List<Loss> losses = ctx.network().getLayers().stream().filter(Loss.class::isInstance).map(Loss.class::cast).toList();
        if (losses.size() != 1 || losses.get(0).getKind() != LossKind.CROSS_ENTROPY) {
            throw new ExportException("--certified trains classifiers with one cross-entropy loss; network '" + ctx.network().getName() + "' has "
                    + (losses.size() == 1 ? "a " + losses.get(0).getKind().getLiteral() + " loss" : losses.size() + " losses"));
        }
        return losses.get(0);
    }

    private static Input onlyInput(TrainStepContext ctx) throws ExportException {
        List<Input> inputs = ctx.network().getLayers().stream().filter(l -> l instanceof Input && ctx.lowered.inputs().contains(l.getId()))
                .map(Input.class::cast).toList();
        if (inputs.size() != 1) {
            throw new ExportException("--certified bounds the ball around one input of pictures or vectors; network '" + ctx.network().getName()
                    + "' reads " + (inputs.isEmpty() ? "none (graphs or tokens)" : inputs.size()));
        }
        return inputs.get(0);
    }

    /** The tensor the loss reads as its prediction in {@code lowered}. */
    private static String prediction(Network network, LoweredNetwork lowered, Loss loss) {
        for (var connection : network.getConnections()) {
            if (connection.getTarget() == loss && Ports.find(Ports.inputs(loss), connection.getTargetPort()).map(PortSpec::primary).orElse(false)) {
                Layer source = connection.getSource();
                String port = Ports.find(Ports.outputs(source), connection.getSourcePort()).map(PortSpec::name).orElseThrow();
                return lowered.produced().get(source).get(port);
            }
        }
        throw new IllegalStateException("the loss " + loss.getId() + " reads no prediction");
    }

    /** The class indices the loss reads in {@code lowered}: a connected input's tensor, or the loss's own target input. */
    private static String target(Network network, LoweredNetwork lowered, Loss loss) {
        for (var connection : network.getConnections()) {
            if (connection.getTarget() == loss && Ports.TARGET.equals(connection.getTargetPort())) {
                Layer source = connection.getSource();
                String port = Ports.find(Ports.outputs(source), connection.getSourcePort()).map(PortSpec::name).orElseThrow();
                return lowered.produced().get(source).get(port);
            }
        }
        return loss.getId() + "/target";
    }

    /** (softmax(ẑ) − onehot(y))·share/N, share the loss weight times 1 − κ; from ẑ's log-probabilities. */
    private static String robustSeed(GraphBuilder g, String logp, String column, String labels, String share) {
        String probabilities = g.node("Exp", List.of(logp), PREFIX + "probabilities");
        String minusOnes = g.node("Expand", List.of(g.initializer(PREFIX + "minus_one", FloatTensor.filled(-1f, 1, 1)), g.node("Shape",
                List.of(column), PREFIX + "column_shape")), PREFIX + "minus_ones");
        String difference = g.node("ScatterElements", List.of(probabilities, column, minusOnes), PREFIX + "p_minus_y", Attr.i("axis", 1),
                Attr.s("reduction", "add"));
        String rows = g.node("Cast", List.of(g.node("Size", List.of(labels), PREFIX + "row_count")), PREFIX + "rows",
                Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
        return g.node("Div", List.of(g.node("Mul", List.of(difference, share), PREFIX + "weighted_difference"), rows), PREFIX + "robust_seed");
    }
}
