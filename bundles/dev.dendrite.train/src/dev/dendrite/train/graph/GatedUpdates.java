package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * Updates of some parameters at every k-th step only (a GAN's generator under several discriminator steps per its own, WGAN-GP's
 * n_critic), inside the one step graph: from the "step" input (1, 2, ...) the gate is open at steps 1, k + 1, 2k + 1, ..., and
 * the gated parameters' own update count is ⌊(step − 1)/k⌋ + 1. A gated parameter's step is multiplied by the gate (and, for Adam,
 * by its own bias correction over the shared one), and its entries of the flat optimizer state keep their values while the gate
 * is shut, so that its optimizer sees only its own steps, as a separate optimizer would. The gated parameters' gradients are
 * still computed at every step (the graph is static): the discriminator's steps cost what a joint step costs.
 */
final class GatedUpdates {

    private final GraphBuilder g;
    private final Optimizers.Gate gate;
    /** 1 at the steps that update the gated parameters, else 0. */
    final String open;
    /** The gated parameters' own update count at this step (their Adam bias correction's t). */
    final String ownStep;
    /** The flat mask of ones and the gate over every parameter's entries, made on first use. */
    private String keep;

    GatedUpdates(GraphBuilder g, Optimizers.Gate gate, String step) {
        this.g = g;
        this.gate = gate;
        String every = g.scalar("gate/every", gate.every());
        String since = g.node("Sub", List.of(step, g.scalar("gate/one", 1f)), "gate/steps_before");
        String rounds = g.node("Floor", List.of(g.node("Div", List.of(since, every), "gate/rounds_exact")), "gate/rounds");
        String remainder = g.node("Sub", List.of(since, g.node("Mul", List.of(rounds, every), "gate/rounds_steps")), "gate/remainder");
        open = g.node("Cast", List.of(g.node("Less", List.of(remainder, g.scalar("gate/half", 0.5f)), "gate/is_open")), "gate/open",
                Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
        ownStep = g.node("Add", List.of(rounds, g.scalar("gate/one_", 1f)), "gate/own_step");
    }

    boolean gates(String parameter) {
        return gate.parameters().contains(parameter);
    }

    /** {@code step} times {@code factor} where the parameter is gated (else {@code step} itself). */
    String step(String parameter, String step, String factor) {
        return gates(parameter) ? g.node("Mul", List.of(step, factor), parameter + "/gated_step") : step;
    }

    /**
     * The flat state's next value: {@code updated} where its parameter is not gated or the gate is open, {@code old} elsewhere:
     * old + keep · (updated − old), keep a flat vector of ones and the gate (one concatenation of runs, not one piece per parameter).
     */
    String state(String old, String updated, List<String> names, Map<String, long[]> shapes, String hint) {
        return g.node("Add", List.of(old, g.node("Mul", List.of(keep(names, shapes), g.node("Sub", List.of(updated, old), hint + "/change")),
                hint + "/kept_change")), hint + "/gated");
    }

    private String keep(List<String> names, Map<String, long[]> shapes) {
        if (keep != null) {
            return keep;
        }
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < names.size()) {
            boolean gated = gates(names.get(i));
            long size = 0;
            for (; i < names.size() && gates(names.get(i)) == gated; i++) {
                size += java.util.Arrays.stream(shapes.get(names.get(i))).reduce(1, (x, y) -> x * y);
            }
            String length = g.longs("gate/run" + runs.size() + "_size", size);
            runs.add(gated ? g.node("Expand", List.of(g.node("Reshape", List.of(open, g.longs("gate/one_dim", 1)), "gate/open_vector"), length),
                    "gate/run" + runs.size()) : g.node("ConstantOfShape", List.of(length), "gate/run" + runs.size(), Attr.tensor("value",
                            TensorProto.newBuilder().setDataType(TensorProto.DataType.FLOAT_VALUE).addDims(1).addFloatData(1f).build())));
        }
        keep = runs.size() == 1 ? runs.get(0) : g.node("Concat", runs, "gate/keep", Attr.i("axis", 0));
        return keep;
    }
}
