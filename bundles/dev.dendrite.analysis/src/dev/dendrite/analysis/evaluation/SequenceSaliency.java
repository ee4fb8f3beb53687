package dev.dendrite.analysis.evaluation;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * Saliency of token ids: token ids have no gradient, so a model that embeds them is differentiated
 * at its embedding's output (Li et al., 2016): per token, the gradient's length (how much that
 * token's vector moves the class's output), or the gradient times the embedded vector summed over
 * its dims (what the token contributed, signed: Shrikumar et al.'s input × gradient). Each sequence
 * runs alone, as long as it is. A tagger (an output per step) is explained at one step of each
 * sequence: which tokens its tag there was read from. Sequences of values are scored per step the
 * same way at the model's input ({@link #ofValues}).
 */
public final class SequenceSaliency {

    /** The embedded tokens (a sequence's values), a second output of the gradient model. */
    static final String EMBEDDED = "saliency/embedded";

    /**
     * Per sample: the class explained, its probability, the sample's tokens and a score per token.
     */
    public record Result(int[] samples, int[] classes, double[] probabilities, List<long[]> tokens, List<float[]> scores, double[] outputs,
            double[] baselines) {
    }

    /** Per sample: the class explained, its probability, the sample's values (steps × features) and a score per step. */
    public record ValueResult(int[] samples, int[] classes, double[] probabilities, List<float[]> values, int features, List<float[]> scores,
            double[] outputs, double[] baselines) {
    }

    private SequenceSaliency() {
    }

    /**
     * Saliency of {@code sequences} (each one sample's token ids) by {@code method} (gradient or
     * input × gradient): for each, the output of {@code classes[i]}, or of the predicted class where
     * that is negative.
     *
     * @throws IllegalArgumentException naming what does not fit: SmoothGrad, a model whose ids feed no embedding, an output per step
     */
    public static Result of(ModelProto model, int[] samples, List<long[]> sequences, int[] classes, Saliency.Method method)
            throws OrtException, ModelLoadException {
        int[] none = new int[sequences.size()];
        Arrays.fill(none, -1);
        return of(model, samples, sequences, classes, none, method);
    }

    /**
     * As above; for a model with an output per step, each sequence's output at {@code positions[i]} is explained (its class
     * {@code classes[i]}, or the one predicted there).
     *
     * @throws IllegalArgumentException also for an output per step without a position, or a position outside the sequence
     */
    public static Result of(ModelProto model, int[] samples, List<long[]> sequences, int[] classes, int[] positions, Saliency.Method method)
            throws OrtException, ModelLoadException {
        if (method == Saliency.Method.SMOOTHGRAD) {
            throw new IllegalArgumentException("smoothgrad adds noise to input values; token ids have none: use gradient, input-x-gradient or "
                    + "integrated-gradients");
        }
        refusePictureMethods(method);
        embedded(model); // named before anything runs, where a model has no one embedding of int64 ids
        Explained e = explain(model, known -> gradientModel(model, known), samples, sequences.size(), i -> {
            long[] ids = sequences.get(i);
            return OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(ids), new long[] {1, ids.length});
        }, i -> sequences.get(i).length, classes, positions, method);
        return new Result(samples.clone(), e.classes(), e.probabilities(), List.copyOf(sequences), e.scores(), e.outputs(), e.baselines());
    }

    /**
     * Saliency of sequences of values ({@code sequences.get(i)}: its steps × {@code features} values) at the model's
     * input: per step the gradient's length over its features, or the gradient times the values summed over them.
     * A classifier's output or a tagger's at {@code positions[i]} is explained, as for tokens.
     *
     * @throws IllegalArgumentException for SmoothGrad, a model without one float input, an output per step without a position
     */
    public static ValueResult ofValues(ModelProto model, int[] samples, List<float[]> sequences, int features, int[] classes, int[] positions,
            Saliency.Method method) throws OrtException, ModelLoadException {
        if (method == Saliency.Method.SMOOTHGRAD) {
            throw new IllegalArgumentException("smoothgrad is for pictures and vectors; explain sequences of values by gradient, "
                    + "input-x-gradient or integrated-gradients");
        }
        refusePictureMethods(method);
        List<ValueInfoProto> inputs = Saliency.dataInputs(model.getGraph());
        if (inputs.size() != 1 || inputs.get(0).getType().getTensorType().getElemType() != TensorProto.DataType.FLOAT_VALUE) {
            throw new IllegalArgumentException("saliency of sequences of values needs a model of one float input");
        }
        String input = inputs.get(0).getName();
        Explained e = explain(model, known -> Saliency.withGradient(model, input, "its input", Map.of(input, EMBEDDED), known),
                samples, sequences.size(), i -> {
                    float[] values = sequences.get(i);
                    return OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(values),
                            new long[] {1, values.length / features, features});
                }, i -> sequences.get(i).length / features, classes, positions, method);
        return new ValueResult(samples.clone(), e.classes(), e.probabilities(), List.copyOf(sequences), features, e.scores(), e.outputs(),
                e.baselines());
    }

    private static void refusePictureMethods(Saliency.Method method) {
        if (method == Saliency.Method.GRAD_CAM || method == Saliency.Method.OCCLUSION) {
            throw new IllegalArgumentException(method.word() + " explains pictures and vectors; explain sequences by gradient, "
                    + "input-x-gradient or integrated-gradients");
        }
    }

    /** One sample's input tensor. */
    @FunctionalInterface
    private interface Feed {
        OnnxTensor tensor(int sample) throws OrtException;
    }

    /** Per sample: the class explained, its probability and a score per step. */
    private record Explained(int[] classes, double[] probabilities, List<float[]> scores, double[] outputs, double[] baselines) {
    }

    private static Explained explain(ModelProto model, Function<Map<String, long[]>, ModelProto> gradientModel, int[] samples, int n, Feed feed,
            IntUnaryOperator steps, int[] classes, int[] positions, Saliency.Method method) throws OrtException, ModelLoadException {
        int[] explained = new int[n];
        double[] probabilities = new double[n];
        double[] outputs = new double[n];
        double[] baselines = new double[n];
        Arrays.fill(outputs, Double.NaN);
        Arrays.fill(baselines, Double.NaN);
        List<float[]> scores = new ArrayList<>();
        try (GradientSessions withGradient = new GradientSessions(model, gradientModel);
             ModelSession plain = OnnxRuntime.open(withGradient.probe().toByteArray(), "model", RuntimeSettings.forTrainer())) {
            String input = plain.inputNames().iterator().next();
            for (int i = 0; i < n; i++) {
                try (OnnxTensor sample = feed.tensor(i)) {
                    float[] logits;
                    long[] outShape;
                    int position = positions[i];
                    ModelSession session;
                    try (OrtSession.Result first = plain.session().run(Map.of(input, sample))) {
                        session = withGradient.forRun(first);
                        OnnxTensor out = (OnnxTensor) first.get(0);
                        outShape = out.getInfo().getShape();
                        if (outShape.length > 2 && (position < 0 || position >= outShape[1])) {
                            throw new IllegalArgumentException("the model gives an output per step " + Arrays.toString(outShape)
                                    + (position < 0 ? ": name the step to explain (--positions)" : ": step " + position + " is outside sample "
                                            + samples[i] + "'s " + outShape[1] + " steps"));
                        }
                        int width = (int) outShape[outShape.length - 1];
                        float[] all = new float[out.getFloatBuffer().remaining()];
                        out.getFloatBuffer().get(all);
                        int offset = outShape.length > 2 ? position * width : 0;
                        logits = Arrays.copyOfRange(all, offset, offset + width);
                    }
                    int width = logits.length;
                    explained[i] = classes[i] >= 0 ? classes[i] : ClassificationReport.argmax(logits, 0, width);
                    if (explained[i] >= width) {
                        throw new IllegalArgumentException("class " + explained[i] + " is outside the model's " + width + " outputs");
                    }
                    double[] row = new double[width];
                    ClassificationReport.probabilities(logits, 0, width, width > 1 && ClassificationReport.areProbabilities(logits, width), row);
                    probabilities[i] = row[explained[i]];
                    boolean perStep = outShape.length > 2;
                    float[] seed = new float[perStep ? (int) outShape[1] * width : width];
                    seed[(perStep ? position * width : 0) + explained[i]] = 1;
                    long[] seedShape = perStep ? new long[] {1, outShape[1], width} : new long[] {1, width};
                    try (OnnxTensor seeds = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(seed), seedShape)) {
                        Map<String, OnnxTensor> feeds = new java.util.HashMap<>(Map.of(input, sample, Saliency.SEED, seeds));
                        boolean integrated = method == Saliency.Method.INTEGRATED_GRADIENTS;
                        float[][] gradientAndValues = gradient(session, feeds, integrated);
                        scores.add(perStep(gradientAndValues[0], gradientAndValues[1], steps.applyAsInt(i), method));
                        if (integrated) {
                            // The explained output at the zero baseline (α = 0), which the attributions' sum is measured against.
                            int at = (perStep ? position * width : 0) + explained[i];
                            outputs[i] = logits[explained[i]];
                            try (OnnxTensor scale = PathScaling.alpha(0)) {
                                feeds.put(PathScaling.ALPHA, scale);
                                try (OrtSession.Result result = session.session().run(feeds, Set.of(Saliency.OUTPUT))) {
                                    baselines[i] = floats(result, Saliency.OUTPUT)[at];
                                }
                            }
                        }
                    }
                }
            }
        }
        return new Explained(explained, probabilities, scores, outputs, baselines);
    }

    /**
     * The gradient at the embedded tokens (the values) and those, for {@code feeds} without α: at the sample itself, or its
     * mean over the path's midpoints from zeros (integrated gradients).
     */
    private static float[][] gradient(ModelSession session, Map<String, OnnxTensor> feeds, boolean integrated) throws OrtException {
        float[] gradient = null;
        float[] values = null;
        for (float alpha : integrated ? PathScaling.midpoints(Saliency.PATH_STEPS) : new float[] {1}) {
            try (OnnxTensor scale = PathScaling.alpha(alpha)) {
                feeds.put(PathScaling.ALPHA, scale);
                try (OrtSession.Result result = session.session().run(feeds, Set.of(Saliency.GRADIENT, EMBEDDED))) {
                    float[] g = floats(result, Saliency.GRADIENT);
                    values = floats(result, EMBEDDED);
                    gradient = gradient == null ? new float[g.length] : gradient;
                    for (int k = 0; k < g.length; k++) {
                        gradient[k] += integrated ? g[k] / Saliency.PATH_STEPS : g[k];
                    }
                }
            }
        }
        return new float[][] {gradient, values};
    }

    /** An output by name: a result's order is not the requested set's. */
    private static float[] floats(OrtSession.Result result, String name) throws OrtException {
        FloatBuffer buffer = ((OnnxTensor) result.get(name).orElseThrow()).getFloatBuffer();
        float[] values = new float[buffer.remaining()];
        buffer.get(values);
        return values;
    }

    /** Per step (token): the gradient's length, or the gradient times the embedded vector (the values) summed over its dims. */
    private static float[] perStep(float[] gradient, float[] embedded, int steps, Saliency.Method method) {
        // Input × gradient and integrated gradients attribute signed contributions: the gradient times the values.
        boolean signed = method == Saliency.Method.INPUT_X_GRADIENT || method == Saliency.Method.INTEGRATED_GRADIENTS;
        int dims = gradient.length / steps;
        float[] scores = new float[steps];
        for (int t = 0; t < steps; t++) {
            double sum = 0;
            for (int d = 0; d < dims; d++) {
                float g = gradient[t * dims + d];
                sum += signed ? g * embedded[t * dims + d] : g * g;
            }
            scores[t] = (float) (signed ? sum : Math.sqrt(sum));
        }
        return scores;
    }

    /**
     * The model with the seed input and two outputs more: the gradient of the seed-weighted output
     * with respect to the embedded tokens (the output of the one Gather that reads the token ids)
     * and those embedded tokens.
     */
    static ModelProto gradientModel(ModelProto model, Map<String, long[]> knownShapes) {
        String embedded = embedded(model);
        return Saliency.withGradient(model, embedded, "its tokens", Map.of(embedded, EMBEDDED), knownShapes);
    }

    /** The embedded tokens: the output of the one Gather that reads the model's token ids. */
    private static String embedded(ModelProto model) {
        GraphProto source = model.getGraph();
        List<ValueInfoProto> inputs = Saliency.dataInputs(source);
        if (inputs.size() != 1 || inputs.get(0).getType().getTensorType().getElemType() != TensorProto.DataType.INT64_VALUE) {
            throw new IllegalArgumentException("token saliency needs a model of one input of token ids (int64)");
        }
        String ids = inputs.get(0).getName();
        List<NodeProto> embeddings = source.getNodeList().stream().filter(node -> node.getOpType().equals("Gather")
                && node.getInputCount() == 2 && node.getInput(1).equals(ids)).toList();
        if (embeddings.size() != 1) {
            throw new IllegalArgumentException("token saliency differentiates at the embedding of the token ids; the model's ids feed "
                    + embeddings.size() + " embeddings (Gather)");
        }
        return embeddings.get(0).getOutput(0);
    }
}
