package dev.dendrite.analysis.evaluation;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * Grad-CAM (Selvaraju et al., 2017): a convolutional layer's feature maps A_k weighed by the mean
 * gradient of the class's output over each map, α_k = mean_ij ∂y/∂A_kij, and the positive part of
 * Σ_k α_k A_k, scaled up to the picture (bilinear). Coarser than the input gradient, but it shows
 * where in the picture the evidence for the class lies, as the network's late layers see it. The
 * layer is the one named, or the last feature maps before the network leaves the picture's grid
 * (not a pooling's: LeNet-5's second convolution's ReLU, a ResNet's last block).
 */
final class GradCam {

    /** The layer's feature maps, an output of the gradient model beside their gradient. */
    static final String ACTIVATIONS = "saliency/activations";

    /** Operators whose output may be a layer's feature maps (a pooling's are skipped: it only shrinks the grid). */
    private static final Set<String> FEATURE_MAPS = Set.of("Conv", "Relu", "LeakyRelu", "Elu", "Sigmoid", "Tanh", "Gelu", "Clip", "HardSwish",
            "HardSigmoid", "PRelu", "BatchNormalization", "InstanceNormalization", "Add", "Mul", "Sum", "Concat");

    private GradCam() {
    }

    /**
     * The tensor of the layer {@code named} (a layer id, which names its output in an exported model), or where null the last
     * feature maps of the model, found by running it once on the samples {@code x} ({@code size} values each) for their shapes.
     *
     * @throws IllegalArgumentException naming a layer the model lacks or whose output is not feature maps, or a model with none
     */
    static String layer(ModelProto model, String named, float[] x, int size) throws OrtException, ModelLoadException {
        Set<String> candidates = new LinkedHashSet<>();
        Set<String> produced = new LinkedHashSet<>();
        for (NodeProto node : model.getGraph().getNodeList()) {
            node.getOutputList().stream().filter(o -> !o.isEmpty()).forEach(produced::add);
            if (named == null ? FEATURE_MAPS.contains(node.getOpType()) : node.getOutputList().contains(named)) {
                candidates.add(named == null ? node.getOutput(0) : named);
            }
        }
        if (named != null && candidates.isEmpty()) {
            throw new IllegalArgumentException("the model has no layer '" + named + "' (its layers' outputs: " + String.join(", ",
                    produced.stream().filter(o -> !o.contains("/")).limit(30).toList()) + ")");
        }
        String last;
        try (ModelSession probe = OnnxRuntime.open(ModelProbes.exposing(model, candidates).toByteArray(), "grad-cam probe",
                RuntimeSettings.forTrainer())) {
            String input = probe.inputNames().iterator().next();
            long[] shape = dev.dendrite.train.run.ModelOutputs.inputShape(probe, input, size).clone();
            shape[0] = x.length / size;
            try (OnnxTensor feed = OnnxTensor.createTensor(OnnxRuntime.environment(), java.nio.FloatBuffer.wrap(x), shape);
                 OrtSession.Result result = probe.session().run(Map.of(input, feed))) {
                last = lastFeatureMaps(result, candidates, named);
            }
        }
        if (last == null) {
            throw new IllegalArgumentException("grad-cam reads a convolutional layer's feature maps; the model has none (use gradient, "
                    + "smoothgrad, input-x-gradient or integrated-gradients)");
        }
        return last;
    }

    /** The last candidate of rank 4 in the probe's result (the named one must be). */
    private static String lastFeatureMaps(OrtSession.Result result, Set<String> candidates, String named) throws OrtException {
        String last = null;
        for (String tensor : candidates) {
            long[] shape = ((OnnxTensor) result.get(tensor).orElseThrow()).getInfo().getShape();
            if (named != null && shape.length != 4) {
                throw new IllegalArgumentException("layer '" + named + "' gives " + java.util.Arrays.toString(shape)
                        + ": Grad-CAM reads a convolutional layer's feature maps [N, C, H, W]");
            }
            last = shape.length == 4 ? tensor : last;
        }
        return last;
    }

    /**
     * Per sample its Grad-CAM map scaled up to the picture, in the input's layout ({@code sampleShape} [C, H, W]): the map in
     * the first channel, zeros in the others, so that {@link Saliency.Result#map} draws it.
     */
    static float[] maps(float[] gradients, float[] activations, long[] mapShape, long[] sampleShape) {
        int n = (int) mapShape[0];
        int k = (int) mapShape[1];
        int h = (int) mapShape[2];
        int w = (int) mapShape[3];
        int height = (int) sampleShape[1];
        int width = (int) sampleShape[2];
        int size = (int) (sampleShape[0] * height * width);
        float[] out = new float[n * size];
        for (int s = 0; s < n; s++) {
            float[] cam = new float[h * w];
            for (int c = 0; c < k; c++) {
                int base = ((s * k) + c) * h * w;
                double alpha = 0;
                for (int p = 0; p < h * w; p++) {
                    alpha += gradients[base + p];
                }
                alpha /= h * w;
                for (int p = 0; p < h * w; p++) {
                    cam[p] += (float) (alpha * activations[base + p]);
                }
            }
            for (int p = 0; p < cam.length; p++) {
                cam[p] = Math.max(0, cam[p]);
            }
            upsample(cam, h, w, out, s * size, height, width);
        }
        return out;
    }

    /** Bilinear scaling of an h×w map to height×width (pixel centres aligned, edges held), written at {@code offset}. */
    static void upsample(float[] map, int h, int w, float[] out, int offset, int height, int width) {
        for (int y = 0; y < height; y++) {
            double sy = Math.min(h - 1, Math.max(0, (y + 0.5) * h / height - 0.5));
            int y0 = (int) Math.floor(sy);
            int y1 = Math.min(h - 1, y0 + 1);
            double fy = sy - y0;
            for (int x = 0; x < width; x++) {
                double sx = Math.min(w - 1, Math.max(0, (x + 0.5) * w / width - 0.5));
                int x0 = (int) Math.floor(sx);
                int x1 = Math.min(w - 1, x0 + 1);
                double fx = sx - x0;
                double top = map[y0 * w + x0] * (1 - fx) + map[y0 * w + x1] * fx;
                double bottom = map[y1 * w + x0] * (1 - fx) + map[y1 * w + x1] * fx;
                out[offset + y * width + x] = (float) (top * (1 - fy) + bottom * fy);
            }
        }
    }
}
