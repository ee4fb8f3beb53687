package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.InputRole;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.generative.RBM;
import dev.dendrite.model.ports.PortSpec;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.export.LoweredNetwork;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.train.config.Distillation;

/**
 * Emits every Loss layer's value and, in closed form, the gradient it seeds into the prediction:
 * cross-entropy from logits (softmax − one-hot)/N, MSE 2(y − t)/n, binary cross-entropy from
 * logits (σ(z) − t)/n, each times the loss weight. Also the accuracy of classification heads.
 */
final class LossHeads {

    /** A target the trainer feeds: class indices [N] (or [N, T]) or values shaped like the prediction. */
    record Target(String name, Value value, boolean classIndices) {
    }

    /**
     * @param shares what the loss and the accuracy are means over, for replicas ({@link ReplicaCut.Shares}); null where a head
     *        divides by a count of its own that another head does not share
     * @param unevenShares why there are no shares, or null
     * @param divergences the Gaussian latents' KL terms in nats per sample, unweighted ({@link LatentDivergence})
     * @param gan a GAN loss's two objectives and their seeds, apart from {@code seeds} (null without one)
     */
    record Result(String loss, String accuracy, Map<String, String> seeds, List<Target> targets, int classes, ReplicaCut.Shares shares,
            String unevenShares, List<String> divergences, GanObjective gan) {

        /** This result with another loss and GAN objective (a gradient penalty's). */
        Result withGan(String withLoss, GanObjective withGan) {
            return new Result(withLoss, accuracy, seeds, targets, classes, shares, unevenShares, divergences, withGan);
        }

        /** This result with another loss and seeds (certified training's objective). */
        Result withObjective(String withLoss, Map<String, String> withSeeds) {
            return new Result(withLoss, accuracy, withSeeds, targets, classes, shares, unevenShares, divergences, gan);
        }

        /** A result whose loss and accuracy are means over the batch's samples. */
        Result(String loss, String accuracy, Map<String, String> seeds, List<Target> targets, int classes) {
            this(loss, accuracy, seeds, targets, classes, ReplicaCut.Shares.ROWS, null, List.of(), null);
        }
    }

    private LossHeads() {
    }

    static Result build(Network network, LoweredNetwork lowered, boolean withSeeds) {
        return build(network, lowered, withSeeds, layer -> null, 0, new double[0]);
    }

    /**
     * @param sequenceMask the float mask [N, T] of the padded sequence a layer's output follows (null: none); a sequence loss
     *        and its accuracy then count real steps only
     * @param smoothing label smoothing's ε for the cross-entropy losses (0: none): the value and seed of
     *        −Σ q log p with q = (1 − ε) on the label and ε/K on every class
     * @param classWeights the cross-entropy losses' weight per class (empty: none): the loss is Σ w_y·l / Σ w_y over the rows
     */
    static Result build(Network network, LoweredNetwork lowered, boolean withSeeds, java.util.function.Function<Layer, String> sequenceMask,
            double smoothing, double[] classWeights) {
        return build(network, lowered, withSeeds, sequenceMask, smoothing, classWeights, null);
    }

    /**
     * As above; with {@code mixLambda} (mixup's λ, the inputs mixed with themselves reversed along the batch) a cross-entropy loss
     * is λ·CE(y) + (1 − λ)·CE(y reversed), its seed softmax − λ·onehot(y) − (1 − λ)·onehot(y reversed).
     */
    static Result build(Network network, LoweredNetwork lowered, boolean withSeeds, java.util.function.Function<Layer, String> sequenceMask,
            double smoothing, double[] classWeights, String mixLambda) {
        return build(network, lowered, withSeeds, sequenceMask, smoothing, classWeights, mixLambda, null);
    }

    /**
     * As above; with {@code distill} each cross-entropy loss also follows a teacher's class probabilities at its temperature, fed
     * as the input {@link Distillation#FIELD} ([N, classes]): (1 − α)·CE(y, s) + α·T²·KL(q ‖ softmax(s/T)), its seed
     * (1 − α)(softmax(s) − y) + α·T·(softmax(s/T) − q) per row.
     */
    static Result build(Network network, LoweredNetwork lowered, boolean withSeeds, java.util.function.Function<Layer, String> sequenceMask,
            double smoothing, double[] classWeights, String mixLambda, Distillation distill) {
        GraphBuilder g = lowered.graph();
        String teacher = null;
        List<String> terms = new ArrayList<>();
        Map<String, String> seeds = new HashMap<>();
        List<Target> targets = new ArrayList<>();
        String accuracy = null;
        int classes = 0;
        boolean weighedClasses = false;
        // Per head, the tensor its loss is divided by where that is not the rows' count (null: the rows).
        Map<String, String> lossTotals = new java.util.LinkedHashMap<>();
        String accuracyTotal = null;
        for (var connection : network.getConnections()) {
            if (!(connection.getTarget() instanceof Loss loss) || !isPrimary(loss, connection.getTargetPort())
                    || dev.dendrite.model.GanParts.adversarial(loss.getKind())) {
                continue; // a GAN loss: below
            }
            Layer source = connection.getSource();
            String port = Ports.find(Ports.outputs(source), connection.getSourcePort()).map(PortSpec::name).orElseThrow();
            String prediction = lowered.produced().get(source).get(port);
            Value predicted = lowered.shapes().of(source).outputs().get(port);
            String target = target(network, lowered, loss, predicted, targets);
            String id = loss.getId();
            String weight = g.scalar(id + "/weight", (float) loss.getWeight());
            String mask = predicted.rank() >= 2 ? sequenceMask.apply(source) : null;
            if (distill != null && (loss.getKind() != LossKind.CROSS_ENTROPY || mask != null || predicted.rank() != 2)) {
                throw new IllegalArgumentException("--teacher distils classifiers of vectors and pictures (a cross-entropy loss over [N, classes]); "
                        + id + " is " + (mask != null || predicted.rank() != 2 ? "over sequences" : loss.getKind().getLiteral()));
            }
            if (mask != null && (loss.getKind() == LossKind.SEQUENCE_NLL || loss.getKind() == LossKind.MSE)) {
                weighedClasses |= loss.getKind() == LossKind.SEQUENCE_NLL;
                MaskedLoss masked = MaskedLoss.of(g, id, loss.getKind(), prediction, predicted, target, mask, weight, withSeeds, smoothing,
                        classWeights);
                lossTotals.put(id, masked.lossTotal());
                if (masked.accuracy() != null && accuracy == null) {
                    accuracy = masked.accuracy();
                    accuracyTotal = masked.stepTotal();
                    classes = classes == 0 ? (int) predicted.shape().size(-1) : classes;
                }
                terms.add(g.node("Mul", List.of(masked.value(), weight), id + "/weighted_value"));
                if (masked.seed() != null) {
                    seeds.merge(prediction, masked.seed(), (a, b) -> g.node("Add", List.of(a, b), prediction + "/seed_sum"));
                }
                continue;
            }
            String value;
            String seed;
            String lossTotal = null;
            switch (loss.getKind()) {
                case CROSS_ENTROPY, SEQUENCE_NLL -> {
                    weighedClasses = true;
                    String logits = prediction;
                    String labels = target;
                    if (loss.getKind() == LossKind.SEQUENCE_NLL) {
                        logits = g.node("Reshape", List.of(prediction, g.longs(id + "/flat_shape", -1, predicted.shape().size(-1))), id + "/flat_logits");
                        labels = g.node("Reshape", List.of(target, g.longs(id + "/flat_labels_shape", -1)), id + "/flat_labels");
                    }
                    String logp = g.node("LogSoftmax", List.of(logits), id + "/log_probabilities", Attr.i("axis", 1));
                    // Distillation: the student's log-probabilities at the teacher's temperature, beside the teacher's probabilities.
                    String softLogp = null;
                    if (distill != null) {
                        if (teacher == null) {
                            teacher = Distillation.FIELD;
                            Value soft = new Value(predicted.shape(), Value.ElementType.FLOAT, dev.dendrite.model.shape.ValueKind.TENSOR);
                            // Not a target: the trainer binds it apart (FeedPlan), since evaluation graphs never read it.
                            declare(g, teacher, soft, false, false);
                        }
                        softLogp = g.node("LogSoftmax", List.of(g.node("Div", List.of(logits, g.scalar(id + "/temperature",
                                (float) distill.temperature())), id + "/softened_logits")), id + "/softened_log_probabilities", Attr.i("axis", 1));
                    }
                    String column = g.node("Unsqueeze", List.of(labels, g.longs(id + "/axis1", 1)), id + "/label_column");
                    // Mixup: each row's partner (the batch reversed) and its share 1 − λ, read by the value and the seed alike.
                    String partnerColumn = mixLambda == null ? null : MixupStep.reversed(g, column, id + "/partner_label");
                    String partnerShare = mixLambda == null ? null : g.node("Sub", List.of(g.scalar(id + "/one", 1f), mixLambda),
                            id + "/partner_lambda");
                    String picked = g.node("GatherElements", List.of(logp, column), id + "/picked", Attr.i("axis", 1));
                    long k = predicted.shape().size(-1);
                    String rowWeights = null;
                    String totalWeight = null;
                    if (classWeights.length > 0) {
                        // Σ w_y·l / Σ w_y: each row's loss (smoothed or not) weighted by its label's class weight.
                        rowWeights = g.node("Gather", List.of(classTable(g, id, classWeights, k), labels), id + "/row_weights", Attr.i("axis", 0));
                        totalWeight = atLeastTiny(g, id, g.node("ReduceSum", List.of(rowWeights), id + "/weight_sum", Attr.i("keepdims", 0)));
                        lossTotal = totalWeight;
                        String perRow = g.node("Neg", List.of(g.node("Reshape", List.of(picked, g.longs(id + "/rows_shape", -1)), id + "/picked_rows")),
                                id + "/row_nll");
                        if (smoothing > 0) {
                            String rowSpread = g.node("Neg", List.of(g.node("ReduceMean", List.of(logp, g.longs(id + "/class_axis", 1)),
                                    id + "/row_mean_log_probability", Attr.i("keepdims", 0))), id + "/row_spread");
                            perRow = smoothed(g, id, perRow, rowSpread, smoothing);
                        }
                        value = g.node("Div", List.of(g.node("ReduceSum", List.of(g.node("Mul", List.of(rowWeights, perRow), id + "/weighted_rows")),
                                id + "/weighted_sum", Attr.i("keepdims", 0)), totalWeight), id + "/class_weighted_loss");
                    } else if (mixLambda != null) {
                        String pickedPartner = g.node("GatherElements", List.of(logp, partnerColumn), id + "/picked_partner", Attr.i("axis", 1));
                        String own = g.node("ReduceMean", List.of(picked), id + "/mean_log_likelihood", Attr.i("keepdims", 0));
                        String other = g.node("ReduceMean", List.of(pickedPartner), id + "/partner_log_likelihood", Attr.i("keepdims", 0));
                        value = g.node("Neg", List.of(g.node("Add", List.of(g.node("Mul", List.of(own, mixLambda), id + "/own_share"),
                                g.node("Mul", List.of(other, partnerShare), id + "/partner_share")), id + "/mixed_log_likelihood")), id + "/value");
                    } else {
                        value = g.node("Neg", List.of(g.node("ReduceMean", List.of(picked), id + "/mean_log_likelihood", Attr.i("keepdims", 0))),
                                id + "/value");
                        if (smoothing > 0) {
                            // The mean over every element of log p is the mean over rows of each row's mean.
                            String spread = g.node("Neg", List.of(g.node("ReduceMean", List.of(logp), id + "/mean_log_probability",
                                    Attr.i("keepdims", 0))), id + "/spread_value");
                            value = smoothed(g, id, value, spread, smoothing);
                        }
                        if (softLogp != null) {
                            // KL(q ‖ p_T) = Σ q·(log q − log p_T): the cross-entropy less the teacher's own entropy, a constant that
                            // leaves the gradient alone and lets the soft term reach 0 (log q of a 0 read as 0, as q·log q is).
                            String logTeacher = g.node("Log", List.of(g.node("Max", List.of(teacher, g.scalar(id + "/tiny", 1e-30f)),
                                    id + "/teacher_floor")), id + "/teacher_log");
                            String soft = g.node("ReduceMean", List.of(g.node("ReduceSum", List.of(g.node("Mul", List.of(teacher,
                                    g.node("Sub", List.of(logTeacher, softLogp), id + "/log_ratio")), id + "/teacher_kl_terms"),
                                    g.longs(id + "/soft_class_axis", 1)), id + "/row_kl", Attr.i("keepdims", 0))), id + "/soft_value",
                                    Attr.i("keepdims", 0));
                            double t = distill.temperature();
                            value = g.node("Add", List.of(g.node("Mul", List.of(value, g.scalar(id + "/hard_share", (float) (1 - distill.weight()))),
                                    id + "/hard_part"), g.node("Mul", List.of(soft, g.scalar(id + "/soft_share", (float) (distill.weight() * t * t))),
                                    id + "/soft_part")), id + "/distilled_value");
                        }
                    }
                    if (withSeeds) {
                        String rows = count(g, id + "/rows", labels);
                        // softmax − onehot(y): the softmax as exp(log-softmax), a −1 added at each row's label. ONNX Runtime's
                        // Softmax, OneHot and Sub took 306 µs on the GCN's [10240, 4] logits, Exp and ScatterElements 170.
                        String probabilities = g.node("Exp", List.of(logp), id + "/probabilities");
                        if (smoothing > 0) {
                            // softmax − q: ε/K off every class here, 1 − ε more at the label below.
                            probabilities = g.node("Sub", List.of(probabilities, g.scalar(id + "/spread", (float) (smoothing / k))),
                                    id + "/p_minus_spread");
                        }
                        String columnShape = g.node("Shape", List.of(column), id + "/label_column_shape");
                        String labelShare = mixLambda == null ? g.initializer(id + "/minus_one", FloatTensor.filled((float) -(1 - smoothing), 1, 1))
                                : g.node("Reshape", List.of(g.node("Neg", List.of(mixLambda), id + "/minus_lambda"), g.longs(id + "/one_by_one", 1, 1)),
                                        id + "/minus_lambda_cell");
                        String minusOnes = g.node("Expand", List.of(labelShare, columnShape), id + "/minus_ones");
                        String difference = g.node("ScatterElements", List.of(probabilities, column, minusOnes), id + "/p_minus_y",
                                Attr.i("axis", 1), Attr.s("reduction", "add"));
                        if (mixLambda != null) {
                            // The partner's label takes the other 1 − λ.
                            String partnerCell = g.node("Reshape", List.of(g.node("Neg", List.of(partnerShare), id + "/minus_partner_share"),
                                    g.longs(id + "/one_by_one_", 1, 1)), id + "/partner_cell");
                            difference = g.node("ScatterElements", List.of(difference, partnerColumn,
                                    g.node("Expand", List.of(partnerCell, columnShape), id + "/partner_ones")), id + "/p_minus_mixed",
                                    Attr.i("axis", 1), Attr.s("reduction", "add"));
                        }
                        if (softLogp != null) {
                            String softDifference = g.node("Sub", List.of(g.node("Exp", List.of(softLogp), id + "/softened_probabilities"),
                                    teacher), id + "/p_minus_teacher");
                            difference = g.node("Add", List.of(g.node("Mul", List.of(difference, g.scalar(id + "/hard_seed_share",
                                    (float) (1 - distill.weight()))), id + "/hard_difference"), g.node("Mul", List.of(softDifference,
                                    g.scalar(id + "/soft_seed_share", (float) (distill.weight() * distill.temperature()))),
                                    id + "/soft_difference")), id + "/distilled_difference");
                        }
                        if (rowWeights != null) {
                            difference = g.node("Mul", List.of(difference, g.node("Unsqueeze", List.of(rowWeights, g.longs(id + "/weights_axis1", 1)),
                                    id + "/row_weight_column")), id + "/class_weighted_difference");
                            rows = totalWeight;
                        }
                        seed = g.node("Div", List.of(g.node("Mul", List.of(difference, weight), id + "/weighted"), rows), id + "/seed_flat");
                        if (loss.getKind() == LossKind.SEQUENCE_NLL) {
                            seed = g.node("Reshape", List.of(seed, g.node("Shape", List.of(prediction), id + "/pred_shape")), id + "/seed");
                        }
                    } else {
                        seed = null;
                    }
                    if (classes == 0) {
                        classes = (int) predicted.shape().size(-1);
                    }
                    // For a sequence loss the logits and labels are flat over all tokens: this is token accuracy.
                    if (accuracy == null) {
                        String predictedClass = g.node("ArgMax", List.of(logits), id + "/argmax", Attr.i("axis", 1), Attr.i("keepdims", 0));
                        // Mixed pictures: right when the class of the larger share is predicted.
                        String expected = mixLambda == null ? labels : g.node("Where", List.of(g.node("GreaterOrEqual", List.of(mixLambda,
                                g.scalar(id + "/half", 0.5f)), id + "/own_larger"), labels, MixupStep.reversed(g, labels, id + "/partner_labels")),
                                id + "/larger_share_labels");
                        String correct = g.node("Cast", List.of(g.node("Equal", List.of(predictedClass, expected), id + "/correct_b")),
                                id + "/correct", Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
                        accuracy = g.node("ReduceMean", List.of(correct), id + "/accuracy", Attr.i("keepdims", 0));
                    }
                }
                case BINARY_CROSS_ENTROPY -> {
                    String z = prediction;
                    String softplus = g.node("Log", List.of(g.node("Add", List.of(g.scalar(id + "/one_f", 1f),
                            g.node("Exp", List.of(g.node("Neg", List.of(g.node("Abs", List.of(z), id + "/abs")), id + "/neg_abs")), id + "/exp")),
                            id + "/one_plus")), id + "/softplus");
                    String elementwise = g.node("Add", List.of(g.node("Sub", List.of(g.node("Relu", List.of(z), id + "/relu"),
                            g.node("Mul", List.of(z, target), id + "/zt")), id + "/relu_minus_zt"), softplus), id + "/elementwise");
                    value = g.node("ReduceMean", List.of(elementwise), id + "/value", Attr.i("keepdims", 0));
                    seed = withSeeds ? g.node("Div", List.of(g.node("Mul", List.of(g.node("Sub", List.of(g.node("Sigmoid", List.of(z), id + "/sigmoid"),
                            target), id + "/s_minus_t"), weight), id + "/weighted"), count(g, id + "/n", z)), id + "/seed") : null;
                }
                default -> { // MSE and reconstruction
                    String difference = g.node("Sub", List.of(prediction, target), id + "/difference");
                    value = g.node("ReduceMean", List.of(g.node("Mul", List.of(difference, difference), id + "/squares")), id + "/value",
                            Attr.i("keepdims", 0));
                    seed = withSeeds ? g.node("Div", List.of(g.node("Mul", List.of(difference, g.node("Mul", List.of(weight,
                            g.scalar(id + "/two_f", 2f)), id + "/two_w")), id + "/scaled"), count(g, id + "/n", prediction)), id + "/seed") : null;
                }
            }
            lossTotals.put(id, lossTotal);
            terms.add(g.node("Mul", List.of(value, weight), id + "/weighted_value"));
            if (seed != null) {
                seeds.merge(prediction, seed, (a, b) -> g.node("Add", List.of(a, b), prediction + "/seed_sum"));
            }
        }
        GanObjective gan = GanObjective.of(network, lowered, withSeeds);
        if (gan != null) {
            terms.add(gan.discriminatorLoss());
        }
        if (terms.isEmpty()) {
            boolean energyBased = network.getLayers().stream().anyMatch(RBM.class::isInstance);
            throw new IllegalArgumentException(energyBased
                    ? "an RBM without a Loss layer trains by contrastive divergence, which comes with the energy-based training engine; "
                            + "add a classifier head and a Loss to fine-tune it by gradients"
                    : "the network has no Loss layer: add one (cross-entropy, MSE, ...) to train it");
        }
        List<String> divergences = LatentDivergence.add(network, lowered, terms, seeds, withSeeds);
        if (classWeights.length > 0 && !weighedClasses) {
            throw new IllegalArgumentException("--class-weights weighs cross-entropy losses, and the network has none");
        }
        String total = terms.size() == 1 ? terms.get(0) : g.node("Sum", terms, "loss_sum");
        boolean counted = lossTotals.values().stream().anyMatch(java.util.Objects::nonNull);
        String uneven = lossTotals.size() > 1 && counted
                ? "its losses " + String.join(", ", lossTotals.keySet()) + " are means over different counts (real steps or class weights)"
                : !divergences.isEmpty() && counted ? "its KL term is a mean over samples, its loss a mean over another count" : null;
        ReplicaCut.Shares shares = uneven != null ? null
                : new ReplicaCut.Shares(lossTotals.values().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null), accuracyTotal);
        return new Result(total, accuracy, seeds, targets, classes, shares, uneven, divergences, gan);
    }

    /**
     * A sum of class weights as a divisor, at least 1e-12: a batch (or a replica's slice) whose labels all weigh 0
     * has a loss and gradients of 0, not 0/0.
     */
    static String atLeastTiny(GraphBuilder g, String id, String sum) {
        return g.node("Max", List.of(sum, g.scalar(id + "/least_weight_total", 1e-12f)), id + "/weight_total");
    }


    private static boolean isPrimary(Loss loss, String port) {
        return Ports.find(Ports.inputs(loss), port).map(PortSpec::primary).orElse(false);
    }

    /** The number of elements of {@code x} as a float scalar. */
    /** (1 − ε)·(−log p_y) + ε·(−mean_k log p_k), from the label's term and the spread's, per row or averaged alike. */
    static String smoothed(GraphBuilder g, String id, String label, String spread, double smoothing) {
        return g.node("Add", List.of(g.node("Mul", List.of(label, g.scalar(id + "/keep", (float) (1 - smoothing))), id + "/kept_value"),
                g.node("Mul", List.of(spread, g.scalar(id + "/smoothing", (float) smoothing)), id + "/smoothed_value")), id + "/smoothed_loss");
    }

    /** The class weights as a [K] initializer, refused in one line where their count is not the loss's class count. */
    static String classTable(GraphBuilder g, String id, double[] classWeights, long classes) {
        if (classWeights.length != classes) {
            throw new IllegalArgumentException("the loss '" + id + "' tells " + classes + " classes apart, but --class-weights gives "
                    + classWeights.length + " weights");
        }
        float[] values = new float[classWeights.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) classWeights[i];
        }
        return g.initializer(id + "/class_weights", new FloatTensor(new long[] {classes}, values));
    }

    private static String count(GraphBuilder g, String hint, String x) {
        return g.node("Cast", List.of(g.node("Size", List.of(x), hint + "_size")), hint, Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
    }

    private static String target(Network network, LoweredNetwork lowered, Loss loss, Value predicted, List<Target> targets) {
        for (var connection : network.getConnections()) {
            if (connection.getTarget() == loss && Ports.TARGET.equals(connection.getTargetPort())) {
                Layer source = connection.getSource();
                String port = Ports.find(Ports.outputs(source), connection.getSourcePort()).map(PortSpec::name).orElseThrow();
                String name = lowered.produced().get(source).get(port);
                if (source instanceof Input && !lowered.inputs().contains(name)) {
                    Value value = lowered.shapes().of(source).outputs().get(port);
                    declare(lowered.graph(), name, value, value.type() == Value.ElementType.INT64, false);
                    targets.add(new Target(name, value, value.type() == Value.ElementType.INT64));
                }
                return name;
            }
        }
        if (loss.getKind() == LossKind.RECONSTRUCTION) {
            // The data, not a conditional autoencoder's class (a label input) or noise.
            Layer first = network.getLayers().stream().filter(l -> l instanceof Input input && input.getRole() == InputRole.FEATURES).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("a reconstruction loss needs a features Input to reconstruct"));
            return lowered.produced().get(first).get(Ports.OUT);
        }
        boolean classes = loss.getKind() == LossKind.CROSS_ENTROPY || loss.getKind() == LossKind.SEQUENCE_NLL;
        String name = loss.getId() + "/target";
        java.util.List<dev.dendrite.model.shape.Dim> dims = classes
                ? predicted.shape().dims().subList(0, predicted.rank() - 1) : predicted.shape().dims();
        Value value = new Value(new dev.dendrite.model.shape.Shape(dims), classes ? Value.ElementType.INT64 : Value.ElementType.FLOAT,
                dev.dendrite.model.shape.ValueKind.TENSOR);
        declare(lowered.graph(), name, value, classes, true);
        targets.add(new Target(name, value, classes));
        return name;
    }

    private static void declare(GraphBuilder g, String name, Value value, boolean classIndices, boolean reserve) {
        List<Object> dims = new ArrayList<>();
        value.shape().dims().forEach(d -> dims.add(d.isFixed() ? (Object) d.size() : d.toString()));
        g.input(reserve ? g.reserve(name) : name, classIndices ? GraphBuilder.ElementType.INT64 : GraphBuilder.ElementType.FLOAT, dims);
    }
}
