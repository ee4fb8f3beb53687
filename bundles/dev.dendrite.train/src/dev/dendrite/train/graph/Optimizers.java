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

    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double RMS_DECAY = 0.99;
    static final double EPSILON = 1e-8;

    /**
     * Optimizer state of all parameters, concatenated in the order of the gradients: each update
     * operation is one pass over one flat vector instead of one small kernel per parameter.
     */
    static final String ADAM_M = "optimizer/adam:m";
    static final String ADAM_V = "optimizer/adam:v";
    public static final String MOMENTUM_VELOCITY = "optimizer/momentum:velocity";
    public static final String RMSPROP_SQUARE = "optimizer/rmsprop:square";

    /** The flat state tensors an optimizer keeps (plain SGD keeps none). */
    static List<String> flatState(OptimizerKind optimizer, double momentum) {
        return switch (optimizer) {
            case SGD -> momentum > 0 ? List.of(MOMENTUM_VELOCITY) : List.of();
            case ADAM, ADAMW -> List.of(ADAM_M, ADAM_V);
            case RMSPROP -> List.of(RMSPROP_SQUARE);
        };
    }

    /**
     * The per-parameter suffix that earlier versions used for a flat state tensor ({@code :velocity},
     * {@code :square}), so that their checkpoints resume; null for state that was always flat.
     */
    public static String perParameterSuffix(String flatState) {
        return switch (flatState) {
            case MOMENTUM_VELOCITY -> ":velocity";
            case RMSPROP_SQUARE -> ":square";
            default -> null;
        };
    }

    private Optimizers() {
    }

    /**
     * @param gradients parameter → gradient tensor
     * @return every updated tensor (parameters and state) → the input it replaces next step
     */
    static Map<String, String> update(GraphBuilder g, TrainingConfig config, Map<String, String> gradients, String lr, String step,
            Map<String, long[]> shapes) {
        Map<String, String> updates = new LinkedHashMap<>();
        OptimizerKind optimizer = config.optimizer();
        if (optimizer == OptimizerKind.SGD && config.momentum() == 0) {
            // Plain SGD: one multiply and one subtraction per parameter; flattening would only add a concatenation and a split.
            for (Map.Entry<String, String> entry : gradients.entrySet()) {
                String p = entry.getKey();
                String grad = decayed(g, config, p, entry.getValue());
                updates.put(g.node("Sub", List.of(p, g.node("Mul", List.of(grad, lr), p + "/step")), p + ":new"), p);
            }
            return updates;
        }
        if (optimizer == OptimizerKind.ADAM || optimizer == OptimizerKind.ADAMW) {
            // lr·sqrt(1 − β2^t)/(1 − β1^t)
            String b1t = g.node("Pow", List.of(g.scalar("adam/beta1", (float) BETA1), step), "adam/beta1_t");
            String b2t = g.node("Pow", List.of(g.scalar("adam/beta2", (float) BETA2), step), "adam/beta2_t");
            String one = g.scalar("adam/one", 1f);
            String correction = g.node("Div", List.of(g.node("Sqrt", List.of(g.node("Sub", List.of(one, b2t), "adam/1_b2t")), "adam/sqrt"),
                    g.node("Sub", List.of(one, b1t), "adam/1_b1t")), "adam/correction");
            fusedAdam(g, config, gradients, lr, g.node("Mul", List.of(lr, correction), "adam/lr_t"), updates, shapes);
            return updates;
        }
        String grad = flatGradients(g, config, gradients, "optimizer");
        String flatStep;
        if (optimizer == OptimizerKind.SGD) {
            String mu = g.scalar("momentum/mu", (float) config.momentum());
            String velocity = g.node("Add", List.of(g.node("Mul", List.of(MOMENTUM_VELOCITY, mu), "momentum/mu_v"), grad),
                    MOMENTUM_VELOCITY + ":new");
            updates.put(velocity, MOMENTUM_VELOCITY);
            String direction = config.nesterov() ? g.node("Add", List.of(grad, g.node("Mul", List.of(velocity, mu), "momentum/mu_v2")),
                    "momentum/nesterov") : velocity;
            flatStep = g.node("Mul", List.of(direction, lr), "momentum/step");
        } else {
            String square = g.node("Add", List.of(g.node("Mul", List.of(RMSPROP_SQUARE, g.scalar("rmsprop/rho", (float) RMS_DECAY)),
                    "rmsprop/rho_s"), g.node("Mul", List.of(g.node("Mul", List.of(grad, grad), "rmsprop/g2"), g.scalar("rmsprop/1rho",
                            (float) (1 - RMS_DECAY))), "rmsprop/1rho_g2")), RMSPROP_SQUARE + ":new");
            updates.put(square, RMSPROP_SQUARE);
            String denominator = g.node("Add", List.of(g.node("Sqrt", List.of(square), "rmsprop/rms"), g.scalar("rmsprop/eps",
                    (float) EPSILON)), "rmsprop/denominator");
            flatStep = g.node("Mul", List.of(g.node("Div", List.of(grad, denominator), "rmsprop/ratio"), lr), "rmsprop/step");
        }
        List<String> names = new ArrayList<>(gradients.keySet());
        List<String> parts = splitFlat(g, flatStep, names, shapes, "optimizer");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            updates.put(g.node("Sub", List.of(name, parts.get(i)), name + ":new"), name);
        }
        return updates;
    }

    /** The gradient with L2 weight decay added (not for AdamW, whose decay is decoupled). */
    private static String decayed(GraphBuilder g, TrainingConfig config, String p, String grad) {
        if (config.weightDecay() <= 0 || config.optimizer() == OptimizerKind.ADAMW) {
            return grad;
        }
        return g.node("Add", List.of(grad, g.node("Mul", List.of(p, g.scalar(p + "/wd", (float) config.weightDecay())), p + "/decay")),
                p + "/grad_decayed");
    }

    /** Every (decayed) gradient flattened and concatenated in the order of {@code gradients}. */
    private static String flatGradients(GraphBuilder g, TrainingConfig config, Map<String, String> gradients, String prefix) {
        List<String> flat = new ArrayList<>();
        String minusOne = g.longs(prefix + "/flat", -1);
        for (Map.Entry<String, String> entry : gradients.entrySet()) {
            flat.add(g.node("Reshape", List.of(decayed(g, config, entry.getKey(), entry.getValue()), minusOne), entry.getKey() + "/g_flat"));
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
            Map<String, String> updates, Map<String, long[]> shapes) {
        String grad = flatGradients(g, config, gradients, "adam");
        String m = g.node("Add", List.of(g.node("Mul", List.of(ADAM_M, g.scalar("adam/b1s", (float) BETA1)), "adam/b1m"),
                g.node("Mul", List.of(grad, g.scalar("adam/1b1", (float) (1 - BETA1))), "adam/1b1g")), ADAM_M + ":new");
        String v = g.node("Add", List.of(g.node("Mul", List.of(ADAM_V, g.scalar("adam/b2s", (float) BETA2)), "adam/b2v"),
                g.node("Mul", List.of(g.node("Mul", List.of(grad, grad), "adam/g2"), g.scalar("adam/1b2", (float) (1 - BETA2))), "adam/1b2g2")),
                ADAM_V + ":new");
        String denominator = g.node("Add", List.of(g.node("Sqrt", List.of(v), "adam/sqrt_v"), g.scalar("adam/eps", (float) EPSILON)), "adam/denominator");
        String step = g.node("Mul", List.of(g.node("Div", List.of(m, denominator), "adam/ratio"), lrAdam), "adam/step");
        updates.put(m, ADAM_M);
        updates.put(v, ADAM_V);
        List<String> names = new ArrayList<>(gradients.keySet());
        List<String> steps = splitFlat(g, step, names, shapes, "adam");
        boolean decoupled = config.weightDecay() > 0 && config.optimizer() == OptimizerKind.ADAMW;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String updated = g.node("Sub", List.of(name, steps.get(i)), decoupled ? name + "/adam" : name + ":new");
            if (decoupled) {
                updated = g.node("Sub", List.of(updated, g.node("Mul", List.of(name, g.node("Mul", List.of(lr, g.scalar(name + "/wd",
                        (float) config.weightDecay())), name + "/lr_wd")), name + "/decoupled")), name + ":new");
            }
            updates.put(updated, name);
        }
    }
}
