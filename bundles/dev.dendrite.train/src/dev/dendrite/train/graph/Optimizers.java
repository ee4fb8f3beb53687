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

    /** Adam's moments of all parameters, concatenated: one pass per update op instead of one per parameter. */
    static final String ADAM_M = "optimizer/adam:m";
    static final String ADAM_V = "optimizer/adam:v";

    /** The optimizer state tensors of one parameter, by suffix (Adam keeps fused state, see {@link #ADAM_M}). */
    static List<String> stateSuffixes(OptimizerKind optimizer, double momentum) {
        return switch (optimizer) {
            case SGD -> momentum > 0 ? List.of(":velocity") : List.of();
            case ADAM, ADAMW -> List.of();
            case RMSPROP -> List.of(":square");
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
        String lrAdam = null;
        if (config.optimizer() == OptimizerKind.ADAM || config.optimizer() == OptimizerKind.ADAMW) {
            // lr·sqrt(1 − β2^t)/(1 − β1^t)
            String b1t = g.node("Pow", List.of(g.scalar("adam/beta1", (float) BETA1), step), "adam/beta1_t");
            String b2t = g.node("Pow", List.of(g.scalar("adam/beta2", (float) BETA2), step), "adam/beta2_t");
            String one = g.scalar("adam/one", 1f);
            String correction = g.node("Div", List.of(g.node("Sqrt", List.of(g.node("Sub", List.of(one, b2t), "adam/1_b2t")), "adam/sqrt"),
                    g.node("Sub", List.of(one, b1t), "adam/1_b1t")), "adam/correction");
            lrAdam = g.node("Mul", List.of(lr, correction), "adam/lr_t");
        }
        for (Map.Entry<String, String> entry : gradients.entrySet()) {
            String p = entry.getKey();
            String grad = entry.getValue();
            boolean decay = config.weightDecay() > 0;
            if (decay && config.optimizer() != OptimizerKind.ADAMW) {
                grad = g.node("Add", List.of(grad, g.node("Mul", List.of(p, g.scalar(p + "/wd", (float) config.weightDecay())), p + "/decay")),
                        p + "/grad_decayed");
            }
            switch (config.optimizer()) {
                case SGD -> {
                    String direction = grad;
                    if (config.momentum() > 0) {
                        String velocity = g.node("Add", List.of(g.node("Mul", List.of(p + ":velocity", g.scalar(p + "/mu", (float) config.momentum())),
                                p + "/mu_v"), grad), p + ":velocity:new");
                        updates.put(velocity, p + ":velocity");
                        direction = config.nesterov() ? g.node("Add", List.of(grad, g.node("Mul", List.of(velocity,
                                g.scalar(p + "/mu2", (float) config.momentum())), p + "/mu_v2")), p + "/nesterov") : velocity;
                    }
                    updates.put(g.node("Sub", List.of(p, g.node("Mul", List.of(direction, lr), p + "/step")), p + ":new"), p);
                }
                case ADAM, ADAMW -> {
                    // handled for all parameters at once below
                }
                case RMSPROP -> {
                    String square = g.node("Add", List.of(g.node("Mul", List.of(p + ":square", g.scalar(p + "/rho", (float) RMS_DECAY)), p + "/rho_s"),
                            g.node("Mul", List.of(g.node("Mul", List.of(grad, grad), p + "/g2"), g.scalar(p + "/1rho", (float) (1 - RMS_DECAY))),
                                    p + "/1rho_g2")), p + ":square:new");
                    String denominator = g.node("Add", List.of(g.node("Sqrt", List.of(square), p + "/rms"), g.scalar(p + "/eps", (float) EPSILON)),
                            p + "/denominator");
                    updates.put(square, p + ":square");
                    updates.put(g.node("Sub", List.of(p, g.node("Mul", List.of(g.node("Div", List.of(grad, denominator), p + "/ratio"), lr),
                            p + "/step")), p + ":new"), p);
                }
            }
        }
        if (config.optimizer() == OptimizerKind.ADAM || config.optimizer() == OptimizerKind.ADAMW) {
            fusedAdam(g, config, gradients, lr, lrAdam, updates, shapes);
        }
        return updates;
    }

    /**
     * Adam over one flat vector of every gradient: the parameters and gradients are flattened and
     * concatenated, the moments and the step are computed once, and the new parameters are split back.
     */
    private static void fusedAdam(GraphBuilder g, TrainingConfig config, Map<String, String> gradients, String lr, String lrAdam,
            Map<String, String> updates, Map<String, long[]> shapes) {
        List<String> flatGradients = new ArrayList<>();
        String minusOne = g.longs("adam/flat", -1);
        for (Map.Entry<String, String> entry : gradients.entrySet()) {
            String grad = entry.getValue();
            if (config.weightDecay() > 0 && config.optimizer() == OptimizerKind.ADAM) {
                grad = g.node("Add", List.of(grad, g.node("Mul", List.of(entry.getKey(), g.scalar("adam/wd", (float) config.weightDecay())),
                        entry.getKey() + "/decay")), entry.getKey() + "/grad_decayed");
            }
            flatGradients.add(g.node("Reshape", List.of(grad, minusOne), entry.getKey() + "/g_flat"));
        }
        String grad = flatGradients.size() == 1 ? flatGradients.get(0) : g.node("Concat", flatGradients, "adam/g", dev.dendrite.onnx.graph.Attr.i("axis", 0));
        String m = g.node("Add", List.of(g.node("Mul", List.of(ADAM_M, g.scalar("adam/b1s", (float) BETA1)), "adam/b1m"),
                g.node("Mul", List.of(grad, g.scalar("adam/1b1", (float) (1 - BETA1))), "adam/1b1g")), ADAM_M + ":new");
        String v = g.node("Add", List.of(g.node("Mul", List.of(ADAM_V, g.scalar("adam/b2s", (float) BETA2)), "adam/b2v"),
                g.node("Mul", List.of(g.node("Mul", List.of(grad, grad), "adam/g2"), g.scalar("adam/1b2", (float) (1 - BETA2))), "adam/1b2g2")),
                ADAM_V + ":new");
        String denominator = g.node("Add", List.of(g.node("Sqrt", List.of(v), "adam/sqrt_v"), g.scalar("adam/eps", (float) EPSILON)), "adam/denominator");
        String step = g.node("Mul", List.of(g.node("Div", List.of(m, denominator), "adam/ratio"), lrAdam), "adam/step");
        updates.put(m, ADAM_M);
        updates.put(v, ADAM_V);
        // The flat step is split back per parameter; parameters themselves are never concatenated.
        List<String> names = new ArrayList<>(gradients.keySet());
        // Sizes and shapes are static: constants, not Size/Shape nodes evaluated every step.
        long[] sizes = names.stream().mapToLong(n -> java.util.Arrays.stream(shapes.get(n)).reduce(1, (x, y) -> x * y)).toArray();
        List<String> parts = names.size() == 1 ? List.of(step) : g.node("Split", List.of(step, g.longs("adam/sizes", sizes)), names.size(),
                "adam/parts", dev.dendrite.onnx.graph.Attr.i("axis", 0));
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String stepShaped = g.node("Reshape", List.of(parts.get(i), g.longs(name + "/shape", shapes.get(name))), name + "/step");
            boolean decoupled = config.weightDecay() > 0 && config.optimizer() == OptimizerKind.ADAMW;
            String updated = g.node("Sub", List.of(name, stepShaped), decoupled ? name + "/adam" : name + ":new");
            if (decoupled) {
                updated = g.node("Sub", List.of(updated, g.node("Mul", List.of(name, g.node("Mul", List.of(lr, g.scalar(name + "/wd",
                        (float) config.weightDecay())), name + "/lr_wd")), name + "/decoupled")), name + ":new");
            }
            updates.put(updated, name);
        }
    }

    static List<String> names(List<String> parameters, OptimizerKind optimizer, double momentum) {
        List<String> state = new ArrayList<>();
        for (String p : parameters) {
            for (String suffix : stateSuffixes(optimizer, momentum)) {
                state.add(p + suffix);
            }
        }
        return state;
    }
}
