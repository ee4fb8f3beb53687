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
 * T×S matrix whose row i says how much step i reads each key step j: T = S in self-attention, S the
 * memory's steps in cross-attention) for chosen samples, and per head
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
     * @param alignment the correlation of a query's step i with the step j it weighs most, over the
     *        queries read: +1 reads in order (a copy, or each step itself), −1 in reverse (a reversal's
     *        cross-attention), near 0 no order; 0 where either does not vary
     */
    public record Head(int head, double meanDistance, double entropy, int commonestOffset, double offsetShare, double alignment) {
    }

    /**
     * One attention layer.
     *
     * @param maps per sample, the weights [heads, T, S] row-major (T its query steps, S its key steps)
     * @param causal whether no weight falls on a later step in any map read
     * @param keySteps per sample, the steps S each query reads (its own T in self-attention)
     * @param queriesFromInput whether the steps that read are the steps of the sample's input (the model's first input)
     * @param keysFromInput whether the steps read are (not so for a decoder's cross-attention to its source, say)
     */
    public record Layer(String id, int headCount, boolean causal, List<float[]> maps, List<Head> heads, int[] keySteps,
            boolean queriesFromInput, boolean keysFromInput) {

        /** Per sample, the steps T that read (rows of a map). */
        public int querySteps(int sample) {
            return maps.get(sample).length / headCount / keySteps[sample];
        }
    }

    /**
     * @param lengths each sample's steps (as the first attention layer reads them)
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
        Map<String, int[]> keySteps = new LinkedHashMap<>();
        Map<String, Integer> heads = new LinkedHashMap<>();
        for (int s = 0; s < samples.length; s++) {
            for (String id : ids) {
                HostTensor weights = outputs.get(s).get(id + WEIGHTS);
                long[] shape = weights.shape(); // [1, H, T, S]
                heads.put(id, (int) shape[1]);
                if (id.equals(ids.get(0))) {
                    lengths[s] = (int) shape[2];
                }
                keySteps.computeIfAbsent(id, k -> new int[samples.length])[s] = (int) shape[3];
                maps.computeIfAbsent(id, k -> new ArrayList<>()).add(weights.floats());
            }
        }
        Producers producers = new Producers(model.getGraph());
        List<Layer> layers = new ArrayList<>();
        for (String id : ids) {
            List<float[]> layerMaps = maps.get(id);
            int headCount = heads.get(id);
            int[] keys = keySteps.get(id);
            List<Head> summaries = new ArrayList<>();
            for (int h = 0; h < headCount; h++) {
                summaries.add(summary(h, headCount, layerMaps, keys));
            }
            layers.add(new Layer(id, headCount, causal(layerMaps, headCount, keys), layerMaps, summaries, keys,
                    producers.readsOnlyFirstInput(id + "/query_matmul"), producers.readsOnlyFirstInput(id + "/key_matmul")));
        }
        // The layers over the input first (an encoder's), then the others (a decoder's), each in the model's order.
        layers.sort(java.util.Comparator.comparing(layer -> !layer.queriesFromInput()));
        return new Result(samples.clone(), lengths, inputs, layers);
    }

    /** A model's graph inputs (initializers aside) and the node writing each tensor, read once for every layer's question. */
    private static final class Producers {
        private final List<String> inputs;
        private final Map<String, NodeProto> producers = new java.util.HashMap<>();

        Producers(GraphProto graph) {
            java.util.Set<String> initializers = new java.util.HashSet<>();
            graph.getInitializerList().forEach(t -> initializers.add(t.getName()));
            inputs = graph.getInputList().stream().map(ValueInfoProto::getName).filter(n -> !initializers.contains(n)).toList();
            for (NodeProto node : graph.getNodeList()) {
                node.getOutputList().forEach(o -> producers.put(o, node));
            }
        }

        /**
         * Whether the projection node writing {@code projection} reads a tensor computed from the
         * model's first input alone: then a map's steps are that input's steps, which the samples show.
         */
        boolean readsOnlyFirstInput(String projection) {
            NodeProto start = producers.get(projection);
            if (inputs.isEmpty() || start == null || start.getInputCount() == 0) {
                return false;
            }
            java.util.Set<String> reached = new java.util.HashSet<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            java.util.Deque<String> open = new java.util.ArrayDeque<>(List.of(start.getInput(0)));
            while (!open.isEmpty()) {
                String tensor = open.pop();
                if (!seen.add(tensor)) {
                    continue;
                }
                if (inputs.contains(tensor)) {
                    reached.add(tensor);
                }
                NodeProto producer = producers.get(tensor);
                if (producer != null) {
                    open.addAll(producer.getInputList());
                }
            }
            return reached.equals(java.util.Set.of(inputs.get(0)));
        }
    }

    /**
     * What head {@code head} of one sample's map ([heads, T, S] weights, each row summing to 1) does, measured as the attention
     * layers' heads are: for maps made otherwise (an encoder-decoder's source saliency, rows scaled to sum 1).
     */
    public static Head summary(float[] map, int head, int headCount, int keySteps) {
        return summary(head, headCount, List.of(map), new int[] {keySteps});
    }

    private static Head summary(int head, int headCount, List<float[]> maps, int[] keySteps) {
        double distance = 0;
        double entropy = 0;
        int queries = 0;
        Map<Integer, Integer> offsets = new java.util.TreeMap<>();
        double[] sums = new double[5]; // Σi, Σj, Σi², Σj², Σij of each query's step and its most weighted key
        for (int s = 0; s < maps.size(); s++) {
            int k = keySteps[s];
            float[] map = maps.get(s);
            int t = map.length / headCount / k;
            for (int i = 0; i < t; i++) {
                int row = (head * t + i) * k;
                int best = 0;
                for (int j = 0; j < k; j++) {
                    double a = map[row + j];
                    distance += a * Math.abs(i - j);
                    entropy -= a > 0 ? a * Math.log(a) : 0;
                    best = map[row + j] > map[row + best] ? j : best;
                }
                offsets.merge(best - i, 1, Integer::sum);
                sums[0] += i;
                sums[1] += best;
                sums[2] += (double) i * i;
                sums[3] += (double) best * best;
                sums[4] += (double) i * best;
                queries++;
            }
        }
        var commonest = offsets.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        double covariance = sums[4] / queries - sums[0] / queries * (sums[1] / queries);
        double spread = Math.sqrt(Math.max(0, sums[2] / queries - Math.pow(sums[0] / queries, 2))
                * Math.max(0, sums[3] / queries - Math.pow(sums[1] / queries, 2)));
        return new Head(head, distance / queries, entropy / queries, commonest.getKey(), (double) commonest.getValue() / queries,
                spread > 1e-12 ? covariance / spread : 0);
    }

    /** Whether every weight above the diagonal is zero (a causal layer's, or one that learnt never to look ahead). */
    private static boolean causal(List<float[]> maps, int heads, int[] keySteps) {
        for (int s = 0; s < maps.size(); s++) {
            int k = keySteps[s];
            int t = maps.get(s).length / heads / k;
            for (int h = 0; h < heads; h++) {
                for (int i = 0; i < t; i++) {
                    for (int j = i + 1; j < k; j++) {
                        if (maps.get(s)[(h * t + i) * k + j] != 0) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }
}
