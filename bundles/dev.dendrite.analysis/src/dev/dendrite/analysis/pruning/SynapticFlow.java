package dev.dendrite.analysis.pruning;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.autodiff.Autodiff;

/**
 * Iterative Synaptic Flow Pruning (SynFlow, Tanaka et al. 2020): pruning at initialisation with no
 * data. Every parameter replaced by its magnitude, the activations taken out and the input by ones,
 * the network's summed output R = 1ᵀ(∏|θ|)1 is the synaptic flow through it; a weight's score is |θ ⊙ ∂R/∂θ|, the flow
 * through it. Pruning a little at a time and scoring again ({@link #ITERATIONS} times, each keeping a
 * share that falls exponentially to the goal) spreads the cut over the layers so that none is cut
 * off. Here each layer ends at the sparsity of the masks given (the ticket's), as the SNIP control does.
 */
final class SynapticFlow {

    /** Scoring and pruning rounds (the paper's 100). */
    static final int ITERATIONS = 100;

    private static final String SEED = "synflow/seed";

    private SynapticFlow() {
    }

    /**
     * Masks of {@code like}'s per-layer counts for the prunable weights of {@code network} at the
     * weights {@code init}, found by {@link #ITERATIONS} rounds of synaptic-flow scoring.
     *
     * @throws IllegalArgumentException naming what does not fit: an input that is not float values
     */
    static Weights masksLike(Network network, Weights init, Weights like) throws ExportException, OrtException, ModelLoadException {
        Map<String, Integer> goal = new LinkedHashMap<>();
        Map<String, float[]> masks = new LinkedHashMap<>();
        for (var entry : like.flat().entrySet()) {
            String weight = entry.getKey().substring(0, entry.getKey().length() - ":mask".length());
            float[] all = new float[entry.getValue().size()];
            Arrays.fill(all, 1f);
            masks.put(weight, all);
            goal.put(weight, (int) kept(entry.getValue().values()));
        }
        try (Scorer scorer = new Scorer(network, init, masks.keySet())) {
            for (int round = 1; round <= ITERATIONS; round++) {
                Map<String, float[]> scores = scorer.scores(masks);
                for (var entry : masks.entrySet()) {
                    float[] mask = entry.getValue();
                    double share = Math.pow((double) goal.get(entry.getKey()) / mask.length, (double) round / ITERATIONS);
                    int keep = round == ITERATIONS ? goal.get(entry.getKey()) : (int) Math.round(share * mask.length);
                    keepTop(mask, scores.get(entry.getKey()), keep);
                }
            }
        }
        Weights result = new Weights();
        for (var entry : masks.entrySet()) {
            String[] parts = Weights.split(entry.getKey() + ":mask");
            result.put(parts[0], parts[1], new FloatTensor(like.flat().get(entry.getKey() + ":mask").shape(), entry.getValue()));
        }
        return result;
    }

    /** Keeps the {@code keep} kept weights of largest score (ties by position); pruned ones stay pruned. */
    static void keepTop(float[] mask, float[] score, int keep) {
        float[] effective = new float[mask.length];
        for (int i = 0; i < mask.length; i++) {
            effective[i] = mask[i] == 0 ? -1 : score[i];
        }
        float[] sorted = effective.clone();
        Arrays.sort(sorted);
        float threshold = keep == 0 ? Float.POSITIVE_INFINITY : sorted[sorted.length - keep];
        int above = 0;
        for (float v : effective) {
            above += v > threshold ? 1 : 0;
        }
        int ties = keep - above;
        for (int i = 0; i < mask.length; i++) {
            boolean kept = effective[i] > threshold || effective[i] == threshold && ties-- > 0;
            mask[i] = kept ? 1f : 0f;
        }
    }

    /**
     * A copy of the network with its activations taken out: the synaptic flow is that of the linear
     * network of |θ| (which ReLU's is on positive inputs; a tanh network's would saturate to nothing).
     */
    static Network linearised(Network network) {
        Network copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(network);
        List<dev.dendrite.model.network.Activation> activations = new ArrayList<>();
        copy.eAllContents().forEachRemaining(element -> {
            if (element instanceof dev.dendrite.model.network.Activation activation) {
                activations.add(activation);
            }
        });
        for (dev.dendrite.model.network.Activation activation : activations) {
            dev.dendrite.model.network.Graph graph = (dev.dendrite.model.network.Graph) activation.eContainer();
            dev.dendrite.model.network.Connection in = graph.getConnections().stream().filter(c -> c.getTarget() == activation).findFirst()
                    .orElse(null);
            if (in == null) {
                continue;
            }
            for (dev.dendrite.model.network.Connection out : graph.getConnections()) {
                if (out.getSource() == activation) {
                    out.setSource(in.getSource());
                    out.setSourcePort(in.getSourcePort());
                }
            }
            graph.getConnections().remove(in);
            graph.getLayers().remove(activation);
        }
        return copy;
    }

    private static long kept(float[] mask) {
        long kept = 0;
        for (float v : mask) {
            kept += v != 0 ? 1 : 0;
        }
        return kept;
    }

    /**
     * The network's inference graph with its prunable weights as inputs (fed |θ| ⊙ mask) and the
     * gradient of its summed output with respect to them, open in one session for every round.
     */
    static final class Scorer implements AutoCloseable {

        private final ModelSession session;
        private final Map<String, FloatTensor> magnitudes = new HashMap<>();
        private final Map<String, String> gradientOutputs = new LinkedHashMap<>();
        private final String input;
        private final long[] inputShape;
        private final int outputs;

        Scorer(Network network, Weights init, Set<String> prunable) throws ExportException, OrtException, ModelLoadException {
            Weights absolute = new Weights();
            init.flat().forEach((key, tensor) -> {
                float[] values = tensor.values().clone();
                for (int i = 0; i < values.length; i++) {
                    values[i] = Math.abs(values[i]);
                }
                String[] parts = Weights.split(key);
                absolute.put(parts[0], parts[1], new FloatTensor(tensor.shape(), values));
            });
            for (String key : prunable) {
                magnitudes.put(key, absolute.flat().get(key));
            }
            ModelProto model = OnnxExporter.export(linearised(network), absolute, "synflow").model();
            GraphProto source = model.getGraph();
            if (source.getInputCount() != 1 || source.getInput(0).getType().getTensorType().getElemType() != TensorProto.DataType.FLOAT_VALUE) {
                throw new IllegalArgumentException("synflow scores networks of one input of float values (it feeds ones), not this one's "
                        + source.getInputCount() + " input(s)");
            }
            input = source.getInput(0).getName();
            List<Long> dims = new ArrayList<>();
            dims.add(1L);
            source.getInput(0).getType().getTensorType().getShape().getDimList().stream().skip(1).forEach(d -> dims.add(d.getDimValue()));
            inputShape = dims.stream().mapToLong(Long::longValue).toArray();
            GraphBuilder graph = GraphBuilder.extending(source, "synflow");
            // The prunable weights become inputs, so that each round feeds its masked magnitudes to the one session.
            List<TensorProto> kept = source.getInitializerList().stream().filter(t -> !prunable.contains(t.getName())).toList();
            graph.graph().clearInitializer().addAllInitializer(kept);
            for (String key : prunable) {
                List<Object> shape = new ArrayList<>();
                for (long d : magnitudes.get(key).shape()) {
                    shape.add(d);
                }
                graph.input(key, GraphBuilder.ElementType.FLOAT, shape);
            }
            graph.reserve(SEED);
            graph.input(SEED, GraphBuilder.ElementType.FLOAT, List.of(1L, "outputs"));
            Map<String, String> gradients = Autodiff.backward(graph, source.getNodeList(), Map.of(source.getOutput(0).getName(), SEED), prunable);
            for (String key : prunable) {
                if (gradients.get(key) == null) {
                    throw new IllegalArgumentException("the network's output does not depend on " + key);
                }
                String out = graph.reserve("synflow/" + key);
                graph.nodeWithOutputs("Identity", List.of(gradients.get(key)), List.of(out));
                graph.output(out, GraphBuilder.ElementType.FLOAT);
                gradientOutputs.put(key, out);
            }
            long width = 1;
            var outShape = source.getOutput(0).getType().getTensorType().getShape().getDimList();
            for (int d = 1; d < outShape.size(); d++) {
                width *= outShape.get(d).getDimValue();
            }
            outputs = (int) width;
            session = OnnxRuntime.open(model.toBuilder().setGraph(graph.graph()).build().toByteArray(), "synflow", RuntimeSettings.forTrainer());
        }

        /** Per prunable weight, |θ| ⊙ mask ⊙ ∂R/∂θ at the masked magnitudes. */
        Map<String, float[]> scores(Map<String, float[]> masks) throws OrtException {
            Map<String, OnnxTensor> feeds = new HashMap<>();
            try {
                long size = 1;
                for (long d : inputShape) {
                    size *= d;
                }
                float[] ones = new float[(int) size];
                Arrays.fill(ones, 1f);
                feeds.put(input, OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(ones), inputShape));
                float[] seed = new float[outputs];
                Arrays.fill(seed, 1f);
                feeds.put(SEED, OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(seed), new long[] {1, outputs}));
                Map<String, float[]> masked = new HashMap<>();
                for (var entry : masks.entrySet()) {
                    FloatTensor magnitude = magnitudes.get(entry.getKey());
                    float[] values = magnitude.values().clone();
                    for (int i = 0; i < values.length; i++) {
                        values[i] *= entry.getValue()[i];
                    }
                    masked.put(entry.getKey(), values);
                    feeds.put(entry.getKey(), OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(values), magnitude.shape()));
                }
                Map<String, float[]> scores = new HashMap<>();
                try (OrtSession.Result result = session.session().run(feeds, Set.copyOf(gradientOutputs.values()))) {
                    for (var entry : gradientOutputs.entrySet()) {
                        FloatBuffer buffer = ((OnnxTensor) result.get(entry.getValue()).orElseThrow()).getFloatBuffer();
                        float[] score = new float[buffer.remaining()];
                        buffer.get(score);
                        float[] w = masked.get(entry.getKey());
                        for (int i = 0; i < score.length; i++) {
                            score[i] = Math.abs(score[i] * w[i]);
                        }
                        scores.put(entry.getKey(), score);
                    }
                }
                return scores;
            } finally {
                feeds.values().forEach(OnnxTensor::close);
            }
        }

        @Override
        public void close() throws OrtException {
            session.close();
        }
    }
}
