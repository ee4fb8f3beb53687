package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.train.config.TrainingConfig;

/**
 * In-graph parameter updates: SGD (momentum, Nesterov), Adam, AdamW (decoupled weight decay) and
 * RMSProp. Adam's bias correction is one scalar per step shared by every parameter, so its update
 * costs little more than SGD's.
 */
final class Optimizers {

    /** Adam's usual betas: the legacy state forms were kept with them. */
    static final double BETA1 = TrainingConfig.BETA1;
    static final double BETA2 = TrainingConfig.BETA2;
    static final double RMS_DECAY = 0.99;
    static final double EPSILON = 1e-8;

    /**
     * Optimizer state of all parameters, concatenated in the order of the gradients: each update
     * operation is one pass over one flat vector instead of one small kernel per parameter. Adam's
     * and RMSProp's moments are kept as discounted sums (m/(1 − β1), v/(1 − β2), s/(1 − ρ)):
     * updating a sum is one multiply and one add, where the weighted average took two multiplies;
     * the constant factors go into the step's scalar and ε instead.
     */
    /** The suffix of a parameter's flattened gradient, concatenated into the flat vector the state follows. */
    static final String FLAT_SUFFIX = "/g_flat";
    static final String ADAM_M = "optimizer/adam:g_sum";
    static final String ADAM_V = "optimizer/adam:g2_sum";
    public static final String MOMENTUM_VELOCITY = "optimizer/momentum:velocity";
    public static final String RMSPROP_SQUARE = "optimizer/rmsprop:g2_sum";

    /** The flat state tensors an optimizer keeps (plain SGD keeps none). */
    static List<String> flatState(OptimizerKind optimizer, double momentum) {
        return switch (optimizer) {
            case SGD -> momentum > 0 ? List.of(MOMENTUM_VELOCITY) : List.of();
            case ADAM, ADAMW -> List.of(ADAM_M, ADAM_V);
            case RMSPROP -> List.of(RMSPROP_SQUARE);
        };
    }

    /**
     * How earlier versions kept a state tensor, so that their checkpoints resume: the flat tensor
     * of the weighted-average form, or a suffix of one tensor per parameter ({@code :velocity},
     * {@code :square}), with the factor that turns either into this version's value.
     */
    record LegacyState(String flatName, String perParameterSuffix, float factor) {
    }

    static List<LegacyState> legacyForms(String state) {
        return switch (state) {
            case MOMENTUM_VELOCITY -> List.of(new LegacyState(null, ":velocity", 1f));
            case RMSPROP_SQUARE -> List.of(new LegacyState("optimizer/rmsprop:square", null, (float) (1 / (1 - RMS_DECAY))),
                    new LegacyState(null, ":square", (float) (1 / (1 - RMS_DECAY))));
            case ADAM_M -> List.of(new LegacyState("optimizer/adam:m", null, (float) (1 / (1 - BETA1))));
            case ADAM_V -> List.of(new LegacyState("optimizer/adam:v", null, (float) (1 / (1 - BETA2))));
            default -> List.of();
        };
    }

    private Optimizers() {
    }

    /** Parameters updated at every {@code every}-th step only, from the first ({@link GatedUpdates}). */
    record Gate(java.util.Set<String> parameters, int every) {
    }

    /**
     * Whether the optimizer's step is the gradient times the learning rate and nothing else (plain
     * SGD): the gradients can then arrive already scaled ({@link TrainStepContext#gradientScale}),
     * and the update is one subtraction, where a multiply over every parameter came first. Momentum
     * keeps the plain gradients: its velocity sums them, and the rate may change from step to step.
     */
    static boolean takesScaledGradients(TrainingConfig config) {
        return config.optimizer() == OptimizerKind.SGD && config.momentum() == 0;
    }

    /**
     * @param gradients parameter → gradient tensor
     * @param gradientScale what the gradients are already multiplied by ({@code lr}, only where {@link #takesScaledGradients}), or null
     * @param factors parameters whose step is multiplied by a factor (a GAN discriminator's own rate); the others' by none
     * @param gate parameters updated at every k-th step only, or null
     * @return every updated tensor (parameters and state) → the input it replaces next step
     */
    static Map<String, String> update(GraphBuilder g, TrainingConfig config, Map<String, String> gradients, String lr, String gradientScale,
            String step, Map<String, long[]> shapes, Map<String, Float> factors, Gate gate) {
        Map<String, String> updates = new LinkedHashMap<>();
        GatedUpdates gated = gate == null ? null : new GatedUpdates(g, gate, step);
        OptimizerKind optimizer = config.optimizer();
        if (gradientScale != null && !takesScaledGradients(config)) {
            throw new IllegalArgumentException(optimizer + " with momentum " + config.momentum() + " cannot take gradients scaled by the rate");
        }
        if (takesScaledGradients(config)) {
            // Plain SGD: a subtraction per parameter (and a multiply unless the rate came with the gradients); flattening would only
            // add a concatenation and a split.
            for (Map.Entry<String, String> entry : gradients.entrySet()) {
                String p = entry.getKey();
                String grad = decayed(g, config, p, entry.getValue(), gradientScale);
                String stepOf = gradientScale != null ? grad : g.node("Mul", List.of(grad, lr), p + "/step");
                updates.put(g.node("Sub", List.of(p, gatedStep(gated, p, factored(g, stepOf, p, factors), null)), p + ":new"), p);
            }
            return updates;
        }
        if (optimizer == OptimizerKind.ADAM || optimizer == OptimizerKind.ADAMW) {
            // lr·sqrt(1 − β2^t)/(1 − β1^t), times (1 − β1)/sqrt(1 − β2) for the moments kept as sums
            double beta1 = config.beta1();
            double beta2 = config.beta2();
            String biasCorrection = biasCorrection(g, beta1, beta2, step, "adam");
            String correction = g.node("Mul", List.of(biasCorrection, g.scalar("adam/sums", (float) ((1 - beta1) / Math.sqrt(1 - beta2)))),
                    "adam/correction");
            // A gated parameter's steps: the gate times its own bias correction over the shared one.
            String gatedFactor = gated == null ? null : g.node("Mul", List.of(gated.open, g.node("Div", List.of(biasCorrection(g, beta1, beta2,
                    gated.ownStep, "adam/gated"), biasCorrection), "adam/gated_over_shared")), "adam/gated_factor");
            fusedAdam(g, config, gradients, lr, g.node("Mul", List.of(lr, correction), "adam/lr_t"), updates, shapes, factors, gated, gatedFactor);
            return updates;
        }
        String grad = flatGradients(g, config, gradients, "optimizer");
        String flatStep;
        if (optimizer == OptimizerKind.SGD) {
            String mu = g.scalar("momentum/mu", (float) config.momentum());
            String velocity = g.node("Add", List.of(g.node("Mul", List.of(MOMENTUM_VELOCITY, mu), "momentum/mu_v"), grad),
                    MOMENTUM_VELOCITY + ":new");
            updates.put(gatedState(gated, MOMENTUM_VELOCITY, velocity, gradients, shapes, "momentum/velocity"), MOMENTUM_VELOCITY);
            String direction = config.nesterov() ? g.node("Add", List.of(grad, g.node("Mul", List.of(velocity, mu), "momentum/mu_v2")),
                    "momentum/nesterov") : velocity;
            flatStep = g.node("Mul", List.of(direction, lr), "momentum/step");
        } else {
            // S = s/(1 − ρ): lr·g/(sqrt(s) + ε) = lr/sqrt(1 − ρ) · g/(sqrt(S) + ε/sqrt(1 − ρ))
            String square = g.node("Add", List.of(g.node("Mul", List.of(RMSPROP_SQUARE, g.scalar("rmsprop/rho", (float) RMS_DECAY)),
                    "rmsprop/rho_s"), g.node("Mul", List.of(grad, grad), "rmsprop/g2")), RMSPROP_SQUARE + ":new");
            updates.put(gatedState(gated, RMSPROP_SQUARE, square, gradients, shapes, "rmsprop/square"), RMSPROP_SQUARE);
            double sumScale = Math.sqrt(1 - RMS_DECAY);
            String denominator = g.node("Add", List.of(g.node("Sqrt", List.of(square), "rmsprop/rms"), g.scalar("rmsprop/eps",
                    (float) (EPSILON / sumScale))), "rmsprop/denominator");
            String rate = g.node("Mul", List.of(lr, g.scalar("rmsprop/sum_scale", (float) (1 / sumScale))), "rmsprop/lr");
            flatStep = g.node("Mul", List.of(g.node("Div", List.of(grad, denominator), "rmsprop/ratio"), rate), "rmsprop/step");
        }
        List<String> names = new ArrayList<>(gradients.keySet());
        List<String> parts = splitFlat(g, flatStep, names, shapes, "optimizer");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            updates.put(g.node("Sub", List.of(name, gatedStep(gated, name, factored(g, parts.get(i), name, factors), null)), name + ":new"),
                    name);
        }
        return updates;
    }

    /** √(1 − β2^t)/(1 − β1^t) at step {@code t}. */
    private static String biasCorrection(GraphBuilder g, double beta1, double beta2, String t, String prefix) {
        String b1t = g.node("Pow", List.of(g.scalar(prefix + "/beta1", (float) beta1), t), prefix + "/beta1_t");
        String b2t = g.node("Pow", List.of(g.scalar(prefix + "/beta2", (float) beta2), t), prefix + "/beta2_t");
        String one = g.scalar(prefix + "/one", 1f);
        return g.node("Div", List.of(g.node("Sqrt", List.of(g.node("Sub", List.of(one, b2t), prefix + "/1_b2t")), prefix + "/sqrt"),
                g.node("Sub", List.of(one, b1t), prefix + "/1_b1t")), prefix + "/bias_correction");
    }

    /** A parameter's step times the gate's factor ({@code factor}, or the gate itself) where it is gated. */
    private static String gatedStep(GatedUpdates gated, String parameter, String step, String factor) {
        return gated == null ? step : gated.step(parameter, step, factor != null ? factor : gated.open);
    }

    /** A flat state's next value, its gated parameters' entries kept while the gate is shut. */
    private static String gatedState(GatedUpdates gated, String old, String updated, Map<String, String> gradients, Map<String, long[]> shapes,
            String hint) {
        return gated == null ? updated : gated.state(old, updated, new ArrayList<>(gradients.keySet()), shapes, hint);
    }

    /** A parameter's step times its factor where it has one (one pass over that parameter only). */
    private static String factored(GraphBuilder g, String step, String parameter, Map<String, Float> factors) {
        Float factor = factors.get(parameter);
        return factor == null || factor == 1f ? step : g.node("Mul", List.of(step, g.scalar(parameter + "/rate_factor", factor)),
                parameter + "/step_factored");
    }

    /**
     * The gradient with L2 weight decay added (not for AdamW, whose decay is decoupled); with
     * {@code scale} (the gradient's own factor), the decay term is scaled alike.
     */
    private static String decayed(GraphBuilder g, TrainingConfig config, String p, String grad, String scale) {
        if (config.weightDecay() <= 0 || config.optimizer() == OptimizerKind.ADAMW) {
            return grad;
        }
        String decay = g.scalar(p + "/wd", (float) config.weightDecay());
        if (scale != null) {
            decay = g.node("Mul", List.of(decay, scale), p + "/wd_scaled");
        }
        return g.node("Add", List.of(grad, g.node("Mul", List.of(p, decay), p + "/decay")), p + "/grad_decayed");
    }

    /** Every (decayed) gradient flattened and concatenated in the order of {@code gradients}. */
    private static String flatGradients(GraphBuilder g, TrainingConfig config, Map<String, String> gradients, String prefix) {
        List<String> flat = new ArrayList<>();
        String minusOne = g.longs(prefix + "/flat", -1);
        for (Map.Entry<String, String> entry : gradients.entrySet()) {
            flat.add(g.node("Reshape", List.of(decayed(g, config, entry.getKey(), entry.getValue(), null), minusOne),
                    entry.getKey() + FLAT_SUFFIX));
        }
        return flat.size() == 1 ? flat.get(0) : g.node("Concat", flat, prefix + "/g", dev.dendrite.onnx.graph.Attr.i("axis", 0));
    }

    /** A flat vector split back into tensors of the parameters' shapes (static sizes: constants, not Shape nodes every step). */
    private static List<String> splitFlat(GraphBuilder g, String flat, List<String> names, Map<String, long[]> shapes, String prefix) {
        long[] sizes = names.stream().mapToLong(n -> java.util.Arrays.stream(shapes.get(n)).reduce(1, (x, y) -> x * y)).toArray();
        List<String> parts = names.size() == 1 ? List.of(flat) : g.node("Split", List.of(flat, g.longs(prefix + "/sizes", sizes)), names.size(),
                prefix + "/parts", dev.dendrite.onnx.graph.Attr.i("axis", 0));
        List<String> shaped = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            shaped.add(g.node("Reshape", List.of(parts.get(i), g.longs(names.get(i) + "/shape", shapes.get(names.get(i)))),
                    names.get(i) + "/step"));
        }
        return shaped;
    }

    /**
     * Adam over one flat vector of every gradient: the moments and the step are computed once, and
     * the step is split back per parameter (parameters themselves are never concatenated).
     */
    private static void fusedAdam(GraphBuilder g, TrainingConfig config, Map<String, String> gradients, String lr, String lrAdam,
            Map<String, String> updates, Map<String, long[]> shapes, Map<String, Float> factors, GatedUpdates gated, String gatedFactor) {
        String grad = flatGradients(g, config, gradients, "adam");
        // M = m/(1 − β1), V = v/(1 − β2); m/(sqrt(v) + ε) = (1 − β1)/sqrt(1 − β2) · M/(sqrt(V) + ε/sqrt(1 − β2))
        String m = g.node("Add", List.of(g.node("Mul", List.of(ADAM_M, g.scalar("adam/b1s", (float) config.beta1())), "adam/b1m"), grad),
                ADAM_M + ":new");
        String v = g.node("Add", List.of(g.node("Mul", List.of(ADAM_V, g.scalar("adam/b2s", (float) config.beta2())), "adam/b2v"),
                g.node("Mul", List.of(grad, grad), "adam/g2")), ADAM_V + ":new");
        String denominator = g.node("Add", List.of(g.node("Sqrt", List.of(v), "adam/sqrt_v"), g.scalar("adam/eps",
                (float) (EPSILON / Math.sqrt(1 - config.beta2())))), "adam/denominator");
        String step = g.node("Mul", List.of(g.node("Div", List.of(m, denominator), "adam/ratio"), lrAdam), "adam/step");
        updates.put(gatedState(gated, ADAM_M, m, gradients, shapes, "adam/m"), ADAM_M);
        updates.put(gatedState(gated, ADAM_V, v, gradients, shapes, "adam/v"), ADAM_V);
        List<String> names = new ArrayList<>(gradients.keySet());
        List<String> steps = splitFlat(g, step, names, shapes, "adam");
        boolean decoupled = config.weightDecay() > 0 && config.optimizer() == OptimizerKind.ADAMW;
        String shrink = decoupled ? g.node("Sub", List.of(g.scalar("adamw/one", 1f), g.node("Mul", List.of(lr, g.scalar("adamw/wd",
                (float) config.weightDecay())), "adamw/lr_wd")), "adamw/shrink") : null;
        String factoredShrink = null;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Float factor = factors.get(name);
            String decay = shrink;
            if (decoupled && factor != null && factor != 1f) {
                // The discriminator's decay at its own rate too: 1 − (f·lr)·λ.
                factoredShrink = factoredShrink != null ? factoredShrink : g.node("Sub", List.of(g.scalar("adamw/one_f", 1f), g.node("Mul",
                        List.of(lr, g.scalar("adamw/wd_f", (float) (factor * config.weightDecay()))), "adamw/lr_wd_f")), "adamw/shrink_f");
                decay = factoredShrink;
            }
            if (decoupled && gated != null && gated.gates(name)) {
                // Decayed only at its own steps: 1 − lr·λ·open.
                decay = g.node("Sub", List.of(g.scalar(name + "/adamw_one", 1f), g.node("Mul", List.of(g.node("Mul", List.of(lr, g.scalar(
                        name + "/adamw_wd", (float) ((factor == null ? 1 : factor) * config.weightDecay()))), name + "/adamw_lr_wd"), gated.open),
                        name + "/adamw_gated")), name + "/adamw_shrink");
            }
            // AdamW: p·(1 − lr·λ) − step, one pass fewer than subtracting the decay apart
            String kept = decoupled ? g.node("Mul", List.of(name, decay), name + "/decoupled") : name;
            updates.put(g.node("Sub", List.of(kept, gatedStep(gated, name, factored(g, steps.get(i), name, factors), gatedFactor)), name + ":new"),
                    name);
        }
    }
}
