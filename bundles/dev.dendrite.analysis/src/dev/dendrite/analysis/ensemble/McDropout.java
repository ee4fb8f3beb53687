package dev.dendrite.analysis.ensemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.importer.OnnxImporter;

/**
 * Monte Carlo dropout (Gal and Ghahramani, 2016): a network trained with dropout, run with its
 * dropout still on, is a draw from an approximate posterior over networks; the mean of many passes
 * is its prediction and their disagreement its epistemic uncertainty, an ensemble from one run.
 * Dendrite exports dropout as the identity (inference semantics) and embeds the network in the
 * model, so each pass here is the model with those identities turned back into dropout at the
 * layers' rates, each with its own seed: the passes differ from each other and the same seed gives
 * the same passes.
 */
public final class McDropout {

    private McDropout() {
    }

    /** Each dropout layer's rate by its id, read from the network the model embeds. */
    public static Map<String, Double> rates(ModelProto model, String source) {
        boolean embedded = model.getMetadataPropsList().stream().map(StringStringEntryProto::getKey).anyMatch(OnnxImporter.EMBEDDED_NETWORK::equals);
        if (!embedded) {
            throw new IllegalArgumentException(source + " carries no Dendrite network, so its dropout rates are unknown: MC dropout needs a "
                    + "model Dendrite trained or exported");
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        try {
            for (var layer : OnnxImporter.read(model, source, false).network().getLayers()) {
                if (layer instanceof Dropout dropout && dropout.getRate() > 0) {
                    rates.put(dropout.getId(), dropout.getRate());
                }
            }
        } catch (OnnxFormatException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        if (rates.isEmpty()) {
            throw new IllegalArgumentException(source + " has no dropout layer: MC dropout samples the masks of a network trained with "
                    + "dropout (the dropout-mlp template has two)");
        }
        return rates;
    }

    /**
     * {@code passes} stochastic copies of {@code model}, dropout on at every dropout layer, copy {@code t}'s masks drawn from
     * {@code seed} and {@code t}.
     *
     * @throws IllegalArgumentException for a model with no dropout layer or none Dendrite exported
     */
    public static List<ModelProto> passes(ModelProto model, String source, int passes, long seed) {
        return passes(model, rates(model, source), source, passes, seed);
    }

    /** As {@link #passes(ModelProto, String, int, long)} with the model's {@link #rates} read already. */
    public static List<ModelProto> passes(ModelProto model, Map<String, Double> rates, String source, int passes, long seed) {
        if (passes < 2) {
            throw new IllegalArgumentException("MC dropout needs two passes or more, not " + passes);
        }
        List<ModelProto> copies = new ArrayList<>();
        for (int t = 0; t < passes; t++) {
            copies.add(stochastic(model, rates, seed * 1_000_003L + 7919L * t, source));
        }
        return copies;
    }

    /**
     * The model with each dropout layer's identity replaced by its training-mode computation, seeded from {@code seed}: ONNX's
     * Dropout in training mode would do, but ONNX Runtime's basic graph optimisations remove it whatever its mode, so the masks are
     * spelt out: keep where a uniform draw exceeds the rate, the kept values scaled by 1/(1 − rate).
     */
    static ModelProto stochastic(ModelProto model, Map<String, Double> rates, long seed, String source) {
        GraphProto.Builder graph = model.getGraph().toBuilder();
        graph.addInitializer(scalar("mc-dropout/zero", 0f));
        int replaced = 0;
        List<NodeProto> nodes = new ArrayList<>();
        for (NodeProto node : model.getGraph().getNodeList()) {
            String id = node.getName().startsWith("node/") ? node.getName().substring("node/".length()) : null;
            if (!node.getOpType().equals("Identity") || id == null || !rates.containsKey(id)) {
                nodes.add(node);
                continue;
            }
            double rate = rates.get(id);
            String prefix = "mc-dropout/" + id + "/";
            String x = node.getInput(0);
            graph.addInitializer(scalar(prefix + "rate", (float) rate));
            graph.addInitializer(scalar(prefix + "scale", (float) (1 / (1 - rate))));
            // ONNX Runtime's random kernels keep their generator between runs: each run (batch) draws new masks, the seed fixes them all.
            nodes.add(NodeProto.newBuilder().setOpType("RandomUniformLike").setName(prefix + "draw").addInput(x).addOutput(prefix + "draw")
                    .addAttribute(AttributeProto.newBuilder().setName("seed").setType(AttributeProto.AttributeType.FLOAT).setF(
                            (float) ((seed + 104_729L * replaced) % 16_777_216L))).build());
            nodes.add(node(prefix + "keep", "Less", prefix + "rate", prefix + "draw"));
            nodes.add(node(prefix + "scaled", "Mul", x, prefix + "scale"));
            nodes.add(NodeProto.newBuilder().setOpType("Where").setName(node.getName()).addInput(prefix + "keep").addInput(prefix + "scaled")
                    .addInput("mc-dropout/zero").addOutput(node.getOutput(0)).build());
            replaced++;
        }
        graph.clearNode().addAllNode(nodes);
        if (replaced == 0) {
            throw new IllegalArgumentException(source + " names dropout layers (" + String.join(", ", rates.keySet()) + ") its graph no longer "
                    + "has: MC dropout needs the model as Dendrite exported it");
        }
        return model.toBuilder().setGraph(graph).build();
    }

    private static NodeProto node(String output, String op, String a, String b) {
        return NodeProto.newBuilder().setOpType(op).setName(output).addInput(a).addInput(b).addOutput(output).build();
    }

    private static TensorProto scalar(String name, float value) {
        return TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE).addFloatData(value).build();
    }
}
