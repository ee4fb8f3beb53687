package dev.dendrite.analysis.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.HostTensor;
import dev.dendrite.train.data.TensorDataset;
import dev.dendrite.train.run.SequenceOutputs;

/**
 * Where a model's attention looks: each attention layer's weights (softmax(Q·Kᵀ/√d) per head, a
 * T×T matrix whose row i says how much step i reads each step j) for chosen samples, and per head
 * what it does over them: how far it looks (the mean |i − j| its weights give), how spread its
 * weights are (their entropy, 0 for one step, ln T for all alike) and the offset j − i it most
 * often weighs most (+1: the next step, −1: the previous one). The weights are the Softmax outputs
 * that Dendrite's export names {@code LAYER/weights}, made extra outputs of the model.
 */
public final class AttentionMaps {

    /** The suffix of the tensor holding an attention layer's weights in Dendrite's export. */
    public static final String WEIGHTS = "/weights";

    /**
     * How one head attends over the samples read.
     *
     * @param meanDistance the mean over queries of Σ_j a_ij·|i − j|, in steps
     * @param entropy the mean over queries of −Σ_j a_ij·ln a_ij, in nats
     * @param commonestOffset the offset j − i most often weighted most
     * @param offsetShare the share of queries whose largest weight is at that offset
     */
    public record Head(int head, double meanDistance, double entropy, int commonestOffset, double offsetShare) {
    }

    /**
     * One attention layer.
     *
     * @param maps per sample, the weights [heads, T, T] row-major (T that sample's length)
     * @param causal whether no weight falls on a later step in any map read
     */
    public record Layer(String id, int headCount, boolean causal, List<float[]> maps, List<Head> heads) {
    }

    /**
     * @param lengths each sample's steps
     * @param inputs each sample's first input as the model read it (token ids or values)
     */
    public record Result(int[] samples, int[] lengths, List<HostTensor> inputs, List<Layer> layers) {
    }

    private AttentionMaps() {
    }

    /** The attention layers of a Dendrite export: their ids, by the weights tensor each one's Softmax writes. */
    public static List<String> layers(ModelProto model) {
        List<String> ids = new ArrayList<>();
        for (NodeProto node : model.getGraph().getNodeList()) {
            if (node.getOpType().equals("Softmax") && node.getOutputCount() == 1 && node.getOutput(0).endsWith(WEIGHTS)) {
                ids.add(node.getOutput(0).substring(0, node.getOutput(0).length() - WEIGHTS.length()));
            }
        }
        return ids;
    }

    /**
     * The attention maps of {@code samples} of {@code data}.
     *
     * @throws IllegalArgumentException when the model has no attention layer, or a sample is outside the data
     */
    public static Result of(ModelProto model, TensorDataset data, int[] samples) throws OrtException, ModelLoadException {
        List<String> ids = layers(model);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("the model has no attention layer (no Softmax writing LAYER" + WEIGHTS + ")");
        }
        for (int sample : samples) {
            if (sample < 0 || sample >= data.size()) {
                throw new IllegalArgumentException("sample " + sample + " is outside the data set's 0-" + (data.size() - 1));
            }
        }
        GraphProto.Builder graph = model.getGraph().toBuilder();
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (String id : ids) {
            names.add(id + WEIGHTS);
            graph.addOutput(ValueInfoProto.newBuilder().setName(id + WEIGHTS).build());
        }
        ModelProto withWeights = model.toBuilder().setGraph(graph).build();
        List<HostTensor> inputs = new ArrayList<>();
        List<Map<String, HostTensor>> outputs;
        try (ModelSession session = OnnxRuntime.open(withWeights.toByteArray(), "attention", RuntimeSettings.forTrainer())) {
            outputs = SequenceOutputs.perSample(session, data, samples, names, inputs::add);
        }
        int[] lengths = new int[samples.length];
        Map<String, List<float[]>> maps = new LinkedHashMap<>();
        Map<String, Integer> heads = new LinkedHashMap<>();
        for (int s = 0; s < samples.length; s++) {
            for (String id : ids) {
                HostTensor weights = outputs.get(s).get(id + WEIGHTS);
                long[] shape = weights.shape(); // [1, H, T, T]
                heads.put(id, (int) shape[1]);
                lengths[s] = (int) shape[2];
                maps.computeIfAbsent(id, k -> new ArrayList<>()).add(weights.floats());
            }
        }
        List<Layer> layers = new ArrayList<>();
        for (String id : ids) {
            List<float[]> layerMaps = maps.get(id);
            int headCount = heads.get(id);
            List<Head> summaries = new ArrayList<>();
            for (int h = 0; h < headCount; h++) {
                summaries.add(summary(h, layerMaps, lengths));
            }
            layers.add(new Layer(id, headCount, causal(layerMaps, headCount, lengths), layerMaps, summaries));
        }
        return new Result(samples.clone(), lengths, inputs, layers);
    }

    private static Head summary(int head, List<float[]> maps, int[] lengths) {
        double distance = 0;
        double entropy = 0;
        int queries = 0;
        Map<Integer, Integer> offsets = new java.util.TreeMap<>();
        for (int s = 0; s < maps.size(); s++) {
            int t = lengths[s];
            float[] map = maps.get(s);
            for (int i = 0; i < t; i++) {
                int row = (head * t + i) * t;
                int best = 0;
                for (int j = 0; j < t; j++) {
                    double a = map[row + j];
                    distance += a * Math.abs(i - j);
                    entropy -= a > 0 ? a * Math.log(a) : 0;
                    best = map[row + j] > map[row + best] ? j : best;
                }
                offsets.merge(best - i, 1, Integer::sum);
                queries++;
            }
        }
        var commonest = offsets.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return new Head(head, distance / queries, entropy / queries, commonest.getKey(), (double) commonest.getValue() / queries);
    }

    /** Whether every weight above the diagonal is zero (a causal layer's, or one that learnt never to look ahead). */
    private static boolean causal(List<float[]> maps, int heads, int[] lengths) {
        for (int s = 0; s < maps.size(); s++) {
            int t = lengths[s];
            for (int h = 0; h < heads; h++) {
                for (int i = 0; i < t; i++) {
                    for (int j = i + 1; j < t; j++) {
                        if (maps.get(s)[(h * t + i) * t + j] != 0) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }
}
