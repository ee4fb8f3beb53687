package dev.dendrite.analysis.features;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.analysis.evaluation.Saliency;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.autodiff.Autodiff;

/**
 * Feature visualisation by activation maximisation (Erhan et al., 2009; Simonyan et al., 2014;
 * Olah et al., 2017): the input that drives one unit highest, found by gradient ascent on the
 * input with the weights fixed. Left alone, the ascent finds high-frequency patterns no data set
 * holds, so it is regularised as the literature does: an L2 pull towards the data's mean value
 * (Simonyan), a random shift of the picture before every step, so the pattern must work wherever
 * it lies (Mordvintsev et al., 2015), a slight blur every few steps (Yosinski et al., 2015), and
 * the input kept in the data's range. Every unit is one row of one batch, so a layer's units are
 * found together; the gradient graph is the model's own with Dendrite's reverse-mode
 * differentiation appended, seeded at the unit.
 */
public final class FeatureVisualization {

    /** The last visualisation's report, kept in the run directory (where the Evaluation view's Features dialog reads it again). */
    public static final String REPORT = "features.json";

    /** The gradient of the seeded units with respect to the input. */
    static final String GRADIENT = "features/gradient";
    /** The seed: per row, the weight of each value of the maximised tensor in the objective. */
    static final String SEED = "features/seed";
    /** The maximised tensor, exposed: the objective's values. */
    static final String VALUES = "features/values";

    /**
     * How the ascent runs.
     *
     * @param steps gradient steps
     * @param rate each step's length, as a share of the data's range, along the gradient normalised to unit root mean square
     * @param decay the L2 pull: each step moves the input this share of the way back to the data's mean value
     * @param jitter the largest random shift of a picture before a step, in pixels (0: none; vectors are never shifted)
     * @param blurEvery steps between blurs of a picture by a 3×3 Gaussian of σ 0.5 (0: none)
     * @param seed draws the start's noise and the shifts
     */
    public record Settings(int steps, double rate, double decay, int jitter, int blurEvery, long seed) {

        /** Settings that give recognisable pictures for the course's MNIST networks. */
        public static Settings defaults() {
            return new Settings(256, 0.02, 0.01, 1, 4, 1);
        }

        /** @throws IllegalArgumentException naming a setting out of its range */
        public Settings {
            if (steps < 1) {
                throw new IllegalArgumentException("steps must be 1 or more, not " + steps);
            }
            if (!(rate > 0) || rate > 1) {
                throw new IllegalArgumentException("the rate must be above 0 and at most 1 (a share of the data's range), not " + rate);
            }
            if (!(decay >= 0) || decay >= 1) {
                throw new IllegalArgumentException("the decay must be at least 0 and below 1, not " + decay);
            }
            if (jitter < 0 || blurEvery < 0) {
                throw new IllegalArgumentException("jitter and blur intervals must be 0 or more");
            }
        }
    }

    /**
     * A visualisation: per unit the input found (in the input's layout, {@code size} values each), the objective it reaches and the
     * one the start had, and the data's examples that drive the unit most.
     *
     * @param curve the objective's mean over the units at every step, measured at the shifted inputs the step read
     */
    public record Result(FeatureTarget target, long[] sampleShape, int size, float[] inputs, double[] reached, double[] start,
            DatasetExamples examples, Settings settings, double[] curve) {

        /** Unit {@code k}'s input (the k-th of the target's units). */
        public float[] input(int k) {
            return java.util.Arrays.copyOfRange(inputs, k * size, (k + 1) * size);
        }
    }

    private FeatureVisualization() {
    }

    /**
     * The model with the input {@link #SEED} (the maximised tensor's shape) and the outputs {@link #GRADIENT}, the gradient of the
     * seed-weighted sum of the tensor {@code target} with respect to the input, and {@link #VALUES}, the tensor itself.
     *
     * @throws IllegalArgumentException naming an operator without a gradient rule
     */
    static ModelProto gradientModel(ModelProto model, FeatureTarget target) {
        GraphProto source = model.getGraph();
        String input = Saliency.dataInputs(source).get(0).getName();
        GraphBuilder graph = GraphBuilder.extending(source, "features");
        graph.reserve(SEED);
        List<Object> dims = new java.util.ArrayList<>();
        dims.add("batch");
        for (long d : target.shape()) {
            dims.add(d);
        }
        graph.input(SEED, GraphBuilder.ElementType.FLOAT, dims);
        Map<String, String> gradients = Autodiff.backward(graph, source.getNodeList(), Map.of(target.tensor(), SEED), Set.of(input));
        if (gradients.get(input) == null) {
            throw new IllegalArgumentException("layer '" + target.layer() + "' does not depend on the model's input");
        }
        graph.nodeWithOutputs("Identity", List.of(gradients.get(input)), List.of(graph.reserve(GRADIENT)));
        graph.output(GRADIENT, GraphBuilder.ElementType.FLOAT);
        graph.nodeWithOutputs("Identity", List.of(target.tensor()), List.of(graph.reserve(VALUES)));
        graph.output(VALUES, GraphBuilder.ElementType.FLOAT);
        return model.toBuilder().setGraph(graph.graph()).build();
    }

    /**
     * Visualises the {@code target}'s units: the ascent from the data's mean sample (with a little noise, so units that read the same
     * start apart); the data's strongest {@code examples} (null: none) are kept beside it in the result.
     */
    public static Result of(ModelProto model, FeatureTarget target, DataRange range, DatasetExamples examples, Settings settings)
            throws OrtException, ModelLoadException {
        int units = target.units().length;
        int size = range.mean().length;
        long[] sampleShape = range.sampleShape();
        int[] picture = dev.dendrite.analysis.evaluation.SaliencyImages.imageShape(sampleShape);
        Random random = new Random(settings.seed());
        float[] x = new float[units * size];
        double span = range.high() - range.low();
        for (int k = 0; k < units; k++) {
            for (int v = 0; v < size; v++) {
                x[k * size + v] = (float) clamp(range.mean()[v] + 0.02 * span * random.nextGaussian(), range);
            }
        }
        float[] seeds = seeds(target);
        String input = Saliency.dataInputs(model.getGraph()).get(0).getName();
        double[] curve = new double[settings.steps()];
        try (ModelSession session = OnnxRuntime.open(gradientModel(model, target).toByteArray(), "feature visualisation",
                RuntimeSettings.forTrainer())) {
            long[] shape = dev.dendrite.train.run.ModelOutputs.inputShape(session, input, size).clone();
            shape[0] = units;
            double[] start = objectives(session, input, x, shape, seeds, target);
            float[] shifted = new float[x.length];
            float[] gradient = new float[x.length];
            double[] values = new double[units];
            for (int step = 0; step < settings.steps(); step++) {
                int[] shifts = new int[2 * units];
                for (int k = 0; k < units && picture != null && settings.jitter() > 0; k++) {
                    shifts[2 * k] = random.nextInt(2 * settings.jitter() + 1) - settings.jitter();
                    shifts[2 * k + 1] = random.nextInt(2 * settings.jitter() + 1) - settings.jitter();
                }
                Jitter.shift(x, shifted, units, picture, shifts, false);
                float[] g = run(session, input, shifted, shape, seeds, target, values);
                Jitter.shift(g, gradient, units, picture, shifts, true);
                curve[step] = java.util.Arrays.stream(values).average().orElse(Double.NaN);
                ascend(x, gradient, units, size, settings, range);
                if (picture != null && settings.blurEvery() > 0 && (step + 1) % settings.blurEvery() == 0) {
                    Jitter.blur(x, units, picture);
                }
            }
            double[] reached = objectives(session, input, x, shape, seeds, target);
            return new Result(target, sampleShape, size, x, reached, start, examples, settings, curve);
        }
    }

    /** One step up every unit's normalised gradient, the pull towards the mean value, and the range's clamp. */
    private static void ascend(float[] x, float[] gradient, int units, int size, Settings settings, DataRange range) {
        double span = range.high() - range.low();
        for (int k = 0; k < units; k++) {
            double squares = 0;
            for (int v = 0; v < size; v++) {
                double g = gradient[k * size + v];
                squares += g * g;
            }
            double rms = Math.sqrt(squares / size);
            double scale = rms > 0 && Double.isFinite(rms) ? settings.rate() * span / rms : 0;
            for (int v = 0; v < size; v++) {
                int i = k * size + v;
                double moved = x[i] + scale * gradient[i];
                moved -= settings.decay() * (moved - range.meanValue());
                x[i] = (float) clamp(moved, range);
            }
        }
    }

    private static double clamp(double v, DataRange range) {
        return Math.max(range.low(), Math.min(range.high(), v));
    }

    /** Per unit the seed row: 1 at a vector's unit, 1/(H·W) over a channel's positions (their mean). */
    static float[] seeds(FeatureTarget target) {
        int width = target.width();
        int span = target.positions();
        int[] units = target.units();
        float[] seeds = new float[units.length * width];
        for (int k = 0; k < units.length; k++) {
            for (int p = 0; p < span; p++) {
                seeds[k * width + units[k] * span + p] = 1f / span;
            }
        }
        return seeds;
    }

    /** Each unit's objective at {@code x}, unshifted. */
    private static double[] objectives(ModelSession session, String input, float[] x, long[] shape, float[] seeds, FeatureTarget target)
            throws OrtException {
        double[] values = new double[target.units().length];
        run(session, input, x, shape, seeds, target, values);
        return values;
    }

    /** One run: the input's gradient; each unit's objective into {@code values}. */
    private static float[] run(ModelSession session, String input, float[] x, long[] shape, float[] seeds, FeatureTarget target,
            double[] values) throws OrtException {
        int units = target.units().length;
        long[] seedShape = new long[target.shape().length + 1];
        seedShape[0] = units;
        System.arraycopy(target.shape(), 0, seedShape, 1, target.shape().length);
        try (OnnxTensor feed = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape);
             OnnxTensor seed = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(seeds), seedShape);
             OrtSession.Result result = session.session().run(Map.of(input, feed, SEED, seed), Set.of(GRADIENT, VALUES))) {
            FloatBuffer read = ((OnnxTensor) result.get(VALUES).orElseThrow()).getFloatBuffer();
            float[] tensor = new float[read.remaining()];
            read.get(tensor);
            int width = target.width();
            for (int k = 0; k < units; k++) {
                values[k] = target.score(tensor, k * width, target.units()[k]);
            }
            FloatBuffer g = ((OnnxTensor) result.get(GRADIENT).orElseThrow()).getFloatBuffer();
            float[] gradient = new float[g.remaining()];
            g.get(gradient);
            for (float v : gradient) {
                if (!Float.isFinite(v)) {
                    throw new IllegalArgumentException("the gradient of layer '" + target.layer() + "' is not finite at the visualised inputs");
                }
            }
            return gradient;
        }
    }
}
