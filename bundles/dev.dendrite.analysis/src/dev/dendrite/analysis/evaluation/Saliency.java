package dev.dendrite.analysis.evaluation;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.autodiff.Autodiff;
import dev.dendrite.train.data.Dataset;

/**
 * Gradient saliency (Simonyan et al., 2014): how much each input value moves one class's output,
 * the gradient of that output with respect to the input, for chosen samples. The gradient graph is
 * the model's own graph with Dendrite's reverse-mode differentiation appended ({@link Autodiff}),
 * seeded with a one-hot row per sample, so any model the trainer can differentiate has saliency.
 */
public final class Saliency {

    /** How the map is made. */
    public enum Method {
        /** The plain gradient: exact, but noisy for ReLU networks. */
        GRADIENT("gradient"),
        /** The mean gradient over noisy copies of the sample (Smilkov et al., 2017): the same features, far less noise. */
        SMOOTHGRAD("smoothgrad"),
        /** The gradient times the input (Shrikumar et al., 2016): what each input value contributed, zero where the input is. */
        INPUT_X_GRADIENT("input-x-gradient"),
        /**
         * The input times the mean gradient along the straight path from a zero baseline to it (Sundararajan et al., 2017):
         * the attributions add up to the output's change from the baseline (completeness), which a plain gradient's need not.
         */
        INTEGRATED_GRADIENTS("integrated-gradients"),
        /** A convolutional layer's feature maps weighed by their mean gradients (Selvaraju et al., 2017): where the evidence lies. */
        GRAD_CAM("grad-cam"),
        /** The drop of the class's output where a patch of the input is zeroed (Zeiler and Fergus, 2014): no gradient needed. */
        OCCLUSION("occlusion");

        private final String word;

        Method(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        /** Whether its scores are signed attributions (evidence for the class and against it), not magnitudes of a gradient. */
        public boolean signed() {
            return this == INPUT_X_GRADIENT || this == INTEGRATED_GRADIENTS || this == OCCLUSION;
        }

        /** @throws IllegalArgumentException naming the methods */
        public static Method of(String word) {
            for (Method m : values()) {
                if (m.word.equals(word)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("--method must be gradient, smoothgrad, input-x-gradient, integrated-gradients, grad-cam or "
                    + "occlusion, not '" + word + "'");
        }
    }

    /** Integrated gradients' points along the path (the midpoint rule; the paper's 20 to 300). */
    static final int PATH_STEPS = 64;

    /** SmoothGrad's copies per sample and their noise, as a share of the sample's range (the paper's 10-20%). */
    static final int NOISY_COPIES = 25;
    static final double NOISE = 0.15;

    /** The seed input: one row per sample, 1 at the class whose output is differentiated. */
    static final String SEED = "saliency/seed";
    /** The output gradient: the input's shape. */
    static final String GRADIENT = "saliency/gradient";
    /** The model's first output, computed at the scaled input (at α = 0: the baseline's). */
    static final String OUTPUT = "saliency/output";

    /**
     * Per sample, the class explained, its probability and the gradient of its output (values in the
     * input's layout, {@code size} per sample); for integrated gradients also the explained output at
     * the sample and at the zero baseline, whose difference the attributions add up to (else NaN); for
     * Grad-CAM the layer read (else null), its maps in place of the gradients.
     */
    public record Result(int[] samples, int[] classes, double[] probabilities, float[] gradients, int size, long[] sampleShape,
            double[] outputs, double[] baselines, String layer) {

        /**
         * A sample's map: per pixel the largest absolute gradient over the channels, the usual way to
         * draw it; {@code sampleShape} [C, H, W] gives H·W values, any other shape one per value.
         */
        public float[] map(int index) {
            float[] map = signedMap(index);
            for (int p = 0; p < map.length; p++) {
                map[p] = Math.abs(map[p]);
            }
            return map;
        }

        /**
         * A sample's signed map, for attributions: per pixel the channel's value of the largest magnitude, its sign kept
         * (evidence for the class positive, against it negative).
         */
        public float[] signedMap(int index) {
            int channels = sampleShape.length == 3 ? (int) sampleShape[0] : 1;
            int pixels = size / channels;
            float[] map = new float[pixels];
            for (int c = 0; c < channels; c++) {
                for (int p = 0; p < pixels; p++) {
                    float v = gradients[index * size + c * pixels + p];
                    map[p] = Math.abs(v) > Math.abs(map[p]) ? v : map[p];
                }
            }
            return map;
        }

        /** The largest value of a sample's {@link #map}: what its picture's brightest pixel stands for. */
        public float largest(int index) {
            float top = 0;
            for (float v : map(index)) {
                top = Math.max(top, v);
            }
            return top;
        }
    }

    private Saliency() {
    }

    /**
     * The model with a second input, {@link #SEED} ([batch, outputs]), and a second output,
     * {@link #GRADIENT}: the gradient of the seed-weighted sum of its first output with respect to
     * its first input.
     *
     * @throws IllegalArgumentException naming an operator without a gradient rule, or a model without one float input
     */
    public static ModelProto gradientModel(ModelProto model) {
        return gradientModel(model, Map.of());
    }

    /** As {@link #gradientModel(ModelProto)}, with the static shapes of tensors the graph does not declare (fused recurrent inputs). */
    static ModelProto gradientModel(ModelProto model, Map<String, long[]> knownShapes) {
        GraphProto source = model.getGraph();
        List<ValueInfoProto> inputs = dataInputs(source);
        if (inputs.size() != 1) {
            throw new IllegalArgumentException("saliency needs a model of one input, this one has " + inputs.size());
        }
        return withGradient(model, inputs.get(0).getName(), "its input", Map.of(), knownShapes);
    }

    /**
     * The model with the input {@link #SEED} and the output {@link #GRADIENT}: the gradient of the
     * seed-weighted sum of its first output with respect to the tensor {@code wrt} ({@code what} in
     * the message when it does not depend on it); each tensor of {@code exposed} becomes an output
     * of the name it maps to. {@code knownShapes} tell the rules static shapes the graph does not
     * declare: a fused recurrent node's gradient unrolls it over the steps its input's shape gives.
     * The model reads {@code wrt} scaled by the input {@link PathScaling#ALPHA} (1: the model itself),
     * the gradient is taken at the scaled tensor, and the first output is exposed as {@link #OUTPUT}.
     */
    static ModelProto withGradient(ModelProto model, String wrt, String what, Map<String, String> exposed, Map<String, long[]> knownShapes) {
        GraphProto source = PathScaling.scaledAt(model.getGraph(), wrt);
        if (knownShapes.containsKey(wrt)) {
            knownShapes = new java.util.HashMap<>(knownShapes);
            knownShapes.put(PathScaling.SCALED, knownShapes.get(wrt));
        }
        GraphBuilder graph = GraphBuilder.extending(source, "saliency");
        graph.reserve(SEED);
        // Shaped as the output: [batch, outputs], or [batch, steps, outputs] for a tagger's output per step.
        int rank = source.getOutput(0).getType().getTensorType().getShape().getDimCount();
        graph.input(SEED, GraphBuilder.ElementType.FLOAT, rank == 3 ? List.of("batch", "steps", "outputs") : List.of("batch", "outputs"));
        Map<String, String> gradients = Autodiff.backward(graph, source.getNodeList(), Map.of(source.getOutput(0).getName(), SEED),
                Set.of(PathScaling.SCALED), StraightThrough.rounding(source), knownShapes);
        if (gradients.get(PathScaling.SCALED) == null) {
            throw new IllegalArgumentException("the model's output does not depend on " + what);
        }
        graph.nodeWithOutputs("Identity", List.of(gradients.get(PathScaling.SCALED)), List.of(graph.reserve(GRADIENT)));
        graph.output(GRADIENT, GraphBuilder.ElementType.FLOAT);
        exposed = new java.util.LinkedHashMap<>(exposed);
        exposed.put(source.getOutput(0).getName(), OUTPUT);
        for (var entry : exposed.entrySet()) {
            graph.nodeWithOutputs("Identity", List.of(entry.getKey()), List.of(graph.reserve(entry.getValue())));
            graph.output(entry.getValue(), GraphBuilder.ElementType.FLOAT);
        }
        return model.toBuilder().setGraph(graph.graph()).build();
    }

    /**
     * The class each sample's saliency explains (the one asked, or the predicted one where negative), its probability as
     * evaluate reads it (as it is, or by softmax), and the seed: 1 at each sample's explained output.
     */
    record Explained(int[] classes, double[] probabilities, float[] seeds) {

        /** @throws IllegalArgumentException for a class outside the model's outputs */
        static Explained of(float[] logits, int width, int[] asked) {
            int n = asked.length;
            int[] explained = new int[n];
            double[] probabilities = new double[n];
            float[] seeds = new float[n * width];
            boolean already = width > 1 && ClassificationReport.areProbabilities(logits, width);
            double[] row = new double[width];
            for (int i = 0; i < n; i++) {
                explained[i] = asked[i] >= 0 ? asked[i] : ClassificationReport.argmax(logits, i * width, width);
                if (explained[i] >= width) {
                    throw new IllegalArgumentException("class " + explained[i] + " is outside the model's " + width + " outputs");
                }
                ClassificationReport.probabilities(logits, i * width, width, already, row);
                probabilities[i] = row[explained[i]];
                seeds[i * width + explained[i]] = 1;
            }
            return new Explained(explained, probabilities, seeds);
        }
    }

    /**
     * Whether Grad-CAM may explain the model: it has a convolution (whose feature maps it reads). A dense network of pictures
     * has none, and a view need not offer the method only to have it refused.
     */
    public static boolean hasFeatureMaps(ModelProto model) {
        return model.getGraph().getNodeList().stream().anyMatch(n -> n.getOpType().equals("Conv"));
    }

    /** The inputs a graph is fed (not those an initializer gives a default). */
    public static List<ValueInfoProto> dataInputs(GraphProto source) {
        Set<String> initialised = new java.util.HashSet<>();
        for (TensorProto t : source.getInitializerList()) {
            initialised.add(t.getName());
        }
        return source.getInputList().stream().filter(i -> !initialised.contains(i.getName())).toList();
    }

    /**
     * Saliency of {@code samples} of {@code data} by {@code method}: for each, the output of
     * {@code classes[i]}, or of the predicted class where that is negative.
     */
    public static Result of(ModelProto model, Dataset data, int[] samples, int[] classes, Method method) throws OrtException, ModelLoadException {
        return of(model, data, samples, classes, method, null);
    }

    /**
     * As above; Grad-CAM reads the layer {@code layer} (a layer id), or where null the model's last feature maps.
     *
     * @throws IllegalArgumentException also for a layer Grad-CAM cannot read, or one named for another method
     */
    public static Result of(ModelProto model, Dataset data, int[] samples, int[] classes, Method method, String layer)
            throws OrtException, ModelLoadException {
        return of(model, data, samples, classes, method, layer, 0);
    }

    /**
     * As above; occlusion zeroes patches of {@code patch} pixels a side (values of a vector), or where 0 its default
     * ({@link Occlusion#defaultPatch}).
     *
     * @throws IllegalArgumentException also for a patch named for another method
     */
    public static Result of(ModelProto model, Dataset data, int[] samples, int[] classes, Method method, String layer, int patch)
            throws OrtException, ModelLoadException {
        if (layer != null && method != Method.GRAD_CAM) {
            throw new IllegalArgumentException("a layer is read by grad-cam only, not by " + method.word());
        }
        if (patch != 0 && method != Method.OCCLUSION) {
            throw new IllegalArgumentException("a patch is zeroed by occlusion only, not by " + method.word());
        }
        int size = data.sampleSize();
        int n = samples.length;
        float[] x = new float[n * size];
        for (int i = 0; i < n; i++) {
            if (samples[i] < 0 || samples[i] >= data.size()) {
                throw new IllegalArgumentException("sample " + samples[i] + " is outside the data set's 0-" + (data.size() - 1));
            }
            data.features(samples[i], x, i * size);
        }
        if (method == Method.OCCLUSION) {
            return Occlusion.of(model, data, samples, classes, x, size, patch == 0 ? Occlusion.defaultPatch(data.sampleShape()) : patch);
        }
        String maps = method == Method.GRAD_CAM ? GradCam.layer(model, layer, x, size) : null;
        java.util.function.Function<Map<String, long[]>, ModelProto> build = maps == null ? known -> gradientModel(model, known)
                : known -> withGradient(model, maps, "layer " + maps, Map.of(maps, GradCam.ACTIVATIONS), known);
        try (GradientSessions withGradient = new GradientSessions(model, build);
             ModelSession plain = OnnxRuntime.open(withGradient.probe().toByteArray(), "model", RuntimeSettings.forTrainer())) {
            String input = plain.inputNames().iterator().next();
            long[] shape = dev.dendrite.train.run.ModelOutputs.inputShape(plain, input, size).clone();
            shape[0] = n;
            // First the outputs alone (the plain model), for the predicted classes and the probabilities; then the gradient, seeded.
            float[] logits;
            int width;
            ModelSession session;
            try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape)) {
                try (OrtSession.Result first = plain.session().run(Map.of(input, tensor))) {
                    OnnxTensor out = (OnnxTensor) first.get(0);
                    width = (int) (out.getInfo().getShape().length < 2 ? 1 : out.getInfo().getShape()[1]);
                    logits = new float[n * width];
                    out.getFloatBuffer().get(logits);
                    session = withGradient.forRun(first);
                }
                Explained read = Explained.of(logits, width, classes);
                int[] explained = read.classes();
                double[] probabilities = read.probabilities();
                float[] seeds = read.seeds();
                float[] gradients = switch (method) {
                    case SMOOTHGRAD -> SaliencyRuns.smoothed(session, input, x, shape, seeds, width, size);
                    case INTEGRATED_GRADIENTS -> SaliencyRuns.integrated(session, input, x, shape, seeds, width);
                    case GRAD_CAM -> SaliencyRuns.gradCam(session, input, x, shape, seeds, width, data.sampleShape());
                    default -> SaliencyRuns.run(session, input, x, shape, seeds, width, 1f, GRADIENT);
                };
                if (method == Method.INPUT_X_GRADIENT || method == Method.INTEGRATED_GRADIENTS) {
                    for (int k = 0; k < gradients.length; k++) {
                        gradients[k] *= x[k];
                    }
                }
                double[] outputs = new double[n];
                double[] baselines = new double[n];
                Arrays.fill(outputs, Double.NaN);
                Arrays.fill(baselines, Double.NaN);
                if (method == Method.INTEGRATED_GRADIENTS) {
                    float[] atBaseline = SaliencyRuns.run(session, input, x, shape, seeds, width, 0f, OUTPUT);
                    for (int i = 0; i < n; i++) {
                        outputs[i] = logits[i * width + explained[i]];
                        baselines[i] = atBaseline[i * width + explained[i]];
                    }
                }
                return new Result(samples.clone(), explained, probabilities, gradients, size, data.sampleShape(), outputs, baselines, maps);
            }
        }
    }
}
