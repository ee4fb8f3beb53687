package dev.dendrite.analysis.evaluation;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;

/**
 * The runs of a picture or vector model's gradient model that {@link Saliency} combines into its
 * methods: one output at a point of the path, the mean over the path (integrated gradients), the
 * mean over noisy copies (SmoothGrad), Grad-CAM's maps.
 */
final class SaliencyRuns {

    private SaliencyRuns() {
    }

    /** One output ({@link Saliency#GRADIENT}, {@link Saliency#OUTPUT}) of the gradient model for the rows of {@code x}, read scaled by {@code alpha}. */
    static float[] run(ModelSession session, String input, float[] x, long[] shape, float[] seed, int width, float alpha, String output)
            throws OrtException {
        long[] seedShape = {shape[0], width};
        try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape);
             OnnxTensor seeds = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(seed), seedShape);
             OnnxTensor scale = PathScaling.alpha(alpha);
             OrtSession.Result result = session.session().run(Map.of(input, tensor, Saliency.SEED, seeds, PathScaling.ALPHA, scale), Set.of(output))) {
            FloatBuffer values = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] out = new float[values.remaining()];
            values.get(out);
            return out;
        }
    }

    /** Grad-CAM's maps, in the input's layout: the layer's gradient and feature maps from one run. */
    static float[] gradCam(ModelSession session, String input, float[] x, long[] shape, float[] seed, int width, long[] sampleShape)
            throws OrtException {
        if (sampleShape.length != 3) {
            throw new IllegalArgumentException("grad-cam draws its map over pictures [C, H, W]; these samples are " + Arrays.toString(sampleShape));
        }
        try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape);
             OnnxTensor seeds = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(seed), new long[] {shape[0], width});
             OnnxTensor scale = PathScaling.alpha(1);
             OrtSession.Result result = session.session().run(Map.of(input, tensor, Saliency.SEED, seeds, PathScaling.ALPHA, scale),
                     Set.of(Saliency.GRADIENT, GradCam.ACTIVATIONS))) {
            OnnxTensor gradient = (OnnxTensor) result.get(Saliency.GRADIENT).orElseThrow();
            OnnxTensor activations = (OnnxTensor) result.get(GradCam.ACTIVATIONS).orElseThrow();
            float[] g = new float[gradient.getFloatBuffer().remaining()];
            gradient.getFloatBuffer().get(g);
            float[] a = new float[activations.getFloatBuffer().remaining()];
            activations.getFloatBuffer().get(a);
            return GradCam.maps(g, a, activations.getInfo().getShape(), sampleShape);
        }
    }

    /** Integrated gradients before the product with the input: the mean gradient over the path's {@link Saliency#PATH_STEPS} midpoints. */
    static float[] integrated(ModelSession session, String input, float[] x, long[] shape, float[] seed, int width)
            throws OrtException {
        float[] mean = new float[x.length];
        for (float alpha : PathScaling.midpoints(Saliency.PATH_STEPS)) {
            float[] g = run(session, input, x, shape, seed, width, alpha, Saliency.GRADIENT);
            for (int k = 0; k < mean.length; k++) {
                mean[k] += g[k] / Saliency.PATH_STEPS;
            }
        }
        return mean;
    }

    /**
     * SmoothGrad: per sample the mean gradient over {@link Saliency#NOISY_COPIES} copies with Gaussian noise
     * of {@link Saliency#NOISE} times the sample's range (fixed seed, so a map is the same every time).
     */
    static float[] smoothed(ModelSession session, String input, float[] x, long[] shape, float[] seed, int width, int size)
            throws OrtException {
        int n = (int) shape[0];
        float[] mean = new float[n * size];
        java.util.SplittableRandom random = new java.util.SplittableRandom(17);
        long[] copiesShape = shape.clone();
        copiesShape[0] = (long) Saliency.NOISY_COPIES;
        for (int i = 0; i < n; i++) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < size; k++) {
                min = Math.min(min, x[i * size + k]);
                max = Math.max(max, x[i * size + k]);
            }
            double sigma = Saliency.NOISE * (max > min ? max - min : 1);
            float[] copies = new float[Saliency.NOISY_COPIES * size];
            float[] seeds = new float[Saliency.NOISY_COPIES * width];
            for (int copy = 0; copy < Saliency.NOISY_COPIES; copy++) {
                for (int k = 0; k < size; k++) {
                    copies[copy * size + k] = (float) (x[i * size + k] + sigma * random.nextGaussian());
                }
                System.arraycopy(seed, i * width, seeds, copy * width, width);
            }
            float[] g = run(session, input, copies, copiesShape, seeds, width, 1f, Saliency.GRADIENT);
            for (int copy = 0; copy < Saliency.NOISY_COPIES; copy++) {
                for (int k = 0; k < size; k++) {
                    mean[i * size + k] += g[copy * size + k] / Saliency.NOISY_COPIES;
                }
            }
        }
        return mean;
    }
}
