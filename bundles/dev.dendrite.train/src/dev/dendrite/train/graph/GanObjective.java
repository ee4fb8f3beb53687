package dev.dendrite.train.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.GanParts;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.ports.PortSpec;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.export.LoweredNetwork;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * A GAN loss's two objectives from the discriminator's logits of generated samples f and of real ones r (means over their
 * elements, n each), with their closed-form seeds. The discriminator's objective is the step's loss and its seeds reach only
 * the discriminator's parameters; the generator's seed into f reaches only the generator's ({@link AutodiffGradients}), so one
 * step updates both from one forward pass (simultaneous gradient descent, as most GAN code does per batch).
 * <ul>
 * <li>gan (non-saturating): D: softplus(−r) + softplus(f), seeds −σ(−r)/n and σ(f)/n; G: softplus(−f), seed −σ(−f)/n;</li>
 * <li>gan_least_squares: D: ½(r − 1)² + ½f², seeds (r − 1)/n and f/n; G: ½(f − 1)², seed (f − 1)/n;</li>
 * <li>gan_hinge: D: relu(1 − r) + relu(1 + f), seeds −[r &lt; 1]/n and [f &gt; −1]/n; G: −f, seed −1/n;</li>
 * <li>gan_wasserstein: D: f − r, seeds 1/n and −1/n; G: −f, seed −1/n.</li>
 * </ul>
 * Each times the loss's weight. The discriminator's accuracy counts real logits above and generated ones below the middle
 * of its targets (0, or ½ for least squares; a critic's, which have no fixed level, midway between its two mean scores).
 * A gradient penalty ({@link GradientPenaltyStep}) adds its term to the discriminator's objective and its nodes and seeds here
 * ({@link #withPenalty}): the discriminator's gradients are then taken through the penalty's own gradient nodes.
 *
 * @param discriminatorLoss the discriminator's objective, weighted (the step's loss)
 * @param generatorLoss the generator's objective, weighted
 * @param discriminatorSeeds the discriminator objective's seeds into f and r (empty without seeds)
 * @param generatorSeeds the generator objective's seed into f (empty without seeds)
 * @param penaltyNodes the gradient penalty's nodes the discriminator's gradients pass through (after the forward nodes)
 */
record GanObjective(String discriminatorLoss, String generatorLoss, String accuracy, String realScores,
        Map<String, String> discriminatorSeeds, Map<String, String> generatorSeeds, List<ai.onnx.proto.OnnxMl.NodeProto> penaltyNodes) {

    /** This objective with a gradient penalty: its term added to the discriminator's loss, its seeds beside the others. */
    GanObjective withPenalty(String loss, List<ai.onnx.proto.OnnxMl.NodeProto> nodes, Map<String, String> seeds) {
        Map<String, String> all = new LinkedHashMap<>(discriminatorSeeds);
        all.putAll(seeds);
        return new GanObjective(loss, generatorLoss, accuracy, realScores, all, generatorSeeds, List.copyOf(nodes));
    }

    /** The network's GAN objective, or null when it has no GAN loss. */
    static GanObjective of(Network network, LoweredNetwork lowered, boolean withSeeds) {
        if (!GanParts.isGan(network)) {
            return null;
        }
        GanParts parts = GanParts.of(network)
                .orElseThrow(() -> new IllegalArgumentException(String.join("; ", GanParts.problems(network))));
        GraphBuilder g = lowered.graph();
        String id = parts.loss().getId();
        String f = tensor(lowered, parts.fakeScores());
        String r = tensor(lowered, parts.realScores());
        String weight = g.scalar(id + "/weight", (float) parts.loss().getWeight());
        // The seeds' common factor: the weight over the element count (an evaluation graph has no seeds, so no need of it).
        String each = withSeeds ? g.node("Div", List.of(weight, g.node("Cast", List.of(g.node("Size", List.of(f), id + "/size")), id + "/n",
                Attr.i("to", TensorProto.DataType.FLOAT_VALUE))), id + "/weight_per_element") : null;
        LossKind kind = parts.loss().getKind();
        String dReal;
        String dFake;
        String gFake;
        String dRealSeed = null;
        String dFakeSeed = null;
        String gFakeSeed = null;
        float middle = 0f;
        switch (kind) {
            case GAN_LEAST_SQUARES -> {
                String one = g.scalar(id + "/one", 1f);
                String half = g.scalar(id + "/half", 0.5f);
                String rMinusOne = g.node("Sub", List.of(r, one), id + "/real_minus_one");
                String fMinusOne = g.node("Sub", List.of(f, one), id + "/fake_minus_one");
                dReal = halfSquare(g, rMinusOne, half, id + "/real");
                dFake = halfSquare(g, f, half, id + "/fake");
                gFake = halfSquare(g, fMinusOne, half, id + "/fooled");
                if (withSeeds) {
                    dRealSeed = g.node("Mul", List.of(rMinusOne, each), id + "/real_seed");
                    dFakeSeed = g.node("Mul", List.of(f, each), id + "/fake_seed");
                    gFakeSeed = g.node("Mul", List.of(fMinusOne, each), id + "/generator_seed");
                }
                middle = 0.5f;
            }
            case GAN_HINGE -> {
                String one = g.scalar(id + "/one", 1f);
                dReal = mean(g, g.node("Relu", List.of(g.node("Sub", List.of(one, r), id + "/real_margin")), id + "/real_hinge"), id + "/real");
                dFake = mean(g, g.node("Relu", List.of(g.node("Add", List.of(one, f), id + "/fake_margin")), id + "/fake_hinge"), id + "/fake");
                gFake = g.node("Neg", List.of(mean(g, f, id + "/fooled_score")), id + "/fooled_mean");
                if (withSeeds) {
                    String realInside = indicator(g, g.node("Less", List.of(r, one), id + "/real_inside"), id + "/real_inside_f");
                    dRealSeed = g.node("Neg", List.of(g.node("Mul", List.of(realInside, each), id + "/real_seed_magnitude")), id + "/real_seed");
                    String fakeInside = indicator(g, g.node("Greater", List.of(f, g.scalar(id + "/minus_one", -1f)), id + "/fake_inside"),
                            id + "/fake_inside_f");
                    dFakeSeed = g.node("Mul", List.of(fakeInside, each), id + "/fake_seed");
                    gFakeSeed = g.node("Expand", List.of(g.node("Neg", List.of(each), id + "/minus_each"), g.node("Shape", List.of(f),
                            id + "/fake_shape")), id + "/generator_seed");
                }
            }
            case GAN_WASSERSTEIN -> {
                dReal = g.node("Neg", List.of(mean(g, r, id + "/real_score")), id + "/real_score_negated");
                dFake = mean(g, f, id + "/fake_score");
                gFake = g.node("Neg", List.of(mean(g, f, id + "/fooled_score")), id + "/fooled_mean");
                if (withSeeds) {
                    dRealSeed = g.node("Expand", List.of(g.node("Neg", List.of(each), id + "/minus_each"), g.node("Shape", List.of(r),
                            id + "/real_shape")), id + "/real_seed");
                    dFakeSeed = g.node("Expand", List.of(each, g.node("Shape", List.of(f), id + "/fake_shape")), id + "/fake_seed");
                    gFakeSeed = g.node("Neg", List.of(dFakeSeed), id + "/generator_seed");
                }
            }
            default -> {
                dReal = mean(g, softplus(g, g.node("Neg", List.of(r), id + "/minus_real"), id + "/real"), id + "/real");
                dFake = mean(g, softplus(g, f, id + "/fake"), id + "/fake");
                gFake = mean(g, softplus(g, g.node("Neg", List.of(f), id + "/minus_fake"), id + "/fooled"), id + "/fooled");
                if (withSeeds) {
                    String fakeProbability = g.node("Sigmoid", List.of(f), id + "/fake_probability");
                    dRealSeed = g.node("Mul", List.of(g.node("Sub", List.of(g.node("Sigmoid", List.of(r), id + "/real_probability"),
                            g.scalar(id + "/one", 1f)), id + "/real_probability_minus_one"), each), id + "/real_seed");
                    dFakeSeed = g.node("Mul", List.of(fakeProbability, each), id + "/fake_seed");
                    gFakeSeed = g.node("Mul", List.of(g.node("Sub", List.of(fakeProbability, g.scalar(id + "/one_", 1f)),
                            id + "/fake_probability_minus_one"), each), id + "/generator_seed");
                }
            }
        }
        String discriminator = g.node("Mul", List.of(g.node("Add", List.of(dReal, dFake), id + "/discriminator_sum"), weight),
                id + "/discriminator_loss");
        String generator = g.node("Mul", List.of(gFake, weight), id + "/generator_loss");
        // A critic's scores have no fixed level (only their difference counts): its cut is midway between the two means.
        String cut = kind == LossKind.GAN_WASSERSTEIN ? g.node("Mul", List.of(g.node("Add", List.of(mean(g, r, id + "/real_level"), mean(g, f,
                id + "/fake_level")), id + "/levels"), g.scalar(id + "/half_levels", 0.5f)), id + "/middle") : g.scalar(id + "/middle", middle);
        String realRight = indicator(g, g.node("Greater", List.of(r, cut), id + "/real_called_real"), id + "/real_right");
        String fakeRight = indicator(g, g.node("Less", List.of(f, cut), id + "/fake_called_fake"), id + "/fake_right");
        String accuracy = g.node("Mul", List.of(g.node("Add", List.of(mean(g, realRight, id + "/real_right"), mean(g, fakeRight,
                id + "/fake_right")), id + "/right_sum"), g.scalar(id + "/half_", 0.5f)), id + "/discriminator_accuracy");
        Map<String, String> discriminatorSeeds = new LinkedHashMap<>();
        Map<String, String> generatorSeeds = new LinkedHashMap<>();
        if (withSeeds) {
            discriminatorSeeds.put(f, dFakeSeed);
            discriminatorSeeds.put(r, dRealSeed);
            generatorSeeds.put(f, gFakeSeed);
        }
        return new GanObjective(discriminator, generator, accuracy, r, discriminatorSeeds, generatorSeeds, List.of());
    }

    /** The tensor a discriminator use outputs (its one primary output). */
    private static String tensor(LoweredNetwork lowered, Layer use) {
        String port = Ports.find(Ports.outputs(use), "").map(PortSpec::name).orElseThrow();
        return lowered.produced().get(use).get(port);
    }

    private static String mean(GraphBuilder g, String x, String hint) {
        return g.node("ReduceMean", List.of(x), hint + "_mean", Attr.i("keepdims", 0));
    }

    private static String halfSquare(GraphBuilder g, String x, String half, String hint) {
        return g.node("Mul", List.of(mean(g, g.node("Mul", List.of(x, x), hint + "_square"), hint + "_square"), half), hint + "_half_square");
    }

    /** log(1 + eˣ) as relu(x) + log(1 + e^−|x|), finite for any x. */
    private static String softplus(GraphBuilder g, String x, String hint) {
        String tail = g.node("Log", List.of(g.node("Add", List.of(g.scalar(hint + "_softplus_one", 1f), g.node("Exp", List.of(g.node("Neg",
                List.of(g.node("Abs", List.of(x), hint + "_abs")), hint + "_minus_abs")), hint + "_exp")), hint + "_one_plus")), hint + "_log");
        return g.node("Add", List.of(g.node("Relu", List.of(x), hint + "_relu"), tail), hint + "_softplus");
    }

    private static String indicator(GraphBuilder g, String condition, String hint) {
        return g.node("Cast", List.of(condition), hint, Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
    }
}
