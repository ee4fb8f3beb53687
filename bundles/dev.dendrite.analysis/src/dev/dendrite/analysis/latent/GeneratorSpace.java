package dev.dendrite.analysis.latent;

import java.util.Random;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * A generator's noise space (a GAN's model reads noise z ~ N(0, I) and outputs samples): samples of the noise, spherical
 * interpolations between pairs of noise vectors (White, 2016: a Gaussian's mass lies near a sphere, which a straight line
 * between two draws leaves through its middle), and how varied the samples are, their root mean square distance from one
 * another per value, beside the data's own: a generator whose samples are far less varied than the data has collapsed
 * onto a few of its modes.
 *
 * @param input the model's noise input
 * @param dims the noise's dimensions
 * @param samples the generated samples, in the order of their noise
 * @param interpolation per line, its steps from one noise vector to the other, row after row
 * @param sampleShape one sample's shape (the model output's, without the batch)
 * @param diversity the samples' root mean square distance per value from one another
 */
public record GeneratorSpace(String input, int dims, float[][] samples, float[][] interpolation, int steps, long[] sampleShape,
        double diversity) {

    /**
     * @param count samples drawn
     * @param lines interpolations drawn
     * @param steps samples on each, its ends included
     */
    public record Settings(int count, int lines, int steps, long seed) {

        public static Settings defaults() {
            return new Settings(64, 6, 10, 1);
        }
    }

    /** Whether a model is a GAN's generator: the network it embeds trains by a GAN loss. */
    public static boolean isGenerator(ModelProto model) {
        return model.getMetadataPropsList().stream().filter(p -> p.getKey().equals(dev.dendrite.onnx.importer.OnnxImporter.EMBEDDED_NETWORK))
                .findFirst().flatMap(p -> dev.dendrite.model.io.DnetIO.parse(p.getValue(), model.getGraph().getName()).network())
                .map(dev.dendrite.model.GanParts::isGan).orElse(false);
    }

    /** Whether the model file is a GAN's generator; false where it cannot be read (its reader names why). */
    public static boolean isGenerator(java.nio.file.Path model) {
        try {
            return isGenerator(ModelProto.parseFrom(java.nio.file.Files.readAllBytes(model)));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** @throws IllegalArgumentException where the model does not read one noise vector per sample */
    public static GeneratorSpace of(ModelProto model, Settings settings) throws OrtException, ModelLoadException {
        if (model.getGraph().getInputCount() != 1) {
            throw new IllegalArgumentException("a generator reads one input, noise; the model reads " + model.getGraph().getInputCount());
        }
        ValueInfoProto input = model.getGraph().getInput(0);
        var shape = input.getType().getTensorType().getShape();
        if (shape.getDimCount() != 2 || !shape.getDim(1).hasDimValue()) {
            throw new IllegalArgumentException("a generator reads noise vectors [N, K]; the model's input '" + input.getName() + "' is not");
        }
        int k = (int) shape.getDim(1).getDimValue();
        Random random = new Random(settings.seed());
        float[] noise = normal(random, settings.count() * k);
        float[] ends = normal(random, settings.lines() * 2 * k);
        float[] path = new float[settings.lines() * settings.steps() * k];
        for (int l = 0; l < settings.lines(); l++) {
            for (int s = 0; s < settings.steps(); s++) {
                double t = settings.steps() == 1 ? 0 : s / (double) (settings.steps() - 1);
                slerp(ends, 2 * l * k, (2 * l + 1) * k, k, t, path, (l * settings.steps() + s) * k);
            }
        }
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "generator", RuntimeSettings.forTrainer())) {
            float[][] samples = LatentSpace.decode(session, input.getName(), noise, k);
            var output = model.getGraph().getOutput(0).getType().getTensorType().getShape();
            long[] sampleShape = new long[output.getDimCount() - 1];
            for (int d = 1; d < output.getDimCount(); d++) {
                sampleShape[d - 1] = output.getDim(d).hasDimValue() ? output.getDim(d).getDimValue() : samples[0].length;
            }
            float[][] interpolation = LatentSpace.decode(session, input.getName(), path, k);
            return new GeneratorSpace(input.getName(), k, samples, interpolation, settings.steps(), sampleShape, diversity(samples));
        }
    }

    /** The root mean square distance per value between every two of {@code rows} (0 for fewer than two). */
    public static double diversity(float[][] rows) {
        if (rows.length < 2) {
            return 0;
        }
        // Σ_{i<j} |a_i − a_j|² = n·Σ|a_i|² − |Σ a_i|², per value.
        int size = rows[0].length;
        double squares = 0;
        double[] sum = new double[size];
        for (float[] row : rows) {
            for (int v = 0; v < size; v++) {
                squares += (double) row[v] * row[v];
                sum[v] += row[v];
            }
        }
        double total = rows.length * squares;
        for (double s : sum) {
            total -= s * s;
        }
        double pairs = rows.length * (rows.length - 1) / 2.0;
        return Math.sqrt(Math.max(0, total) / pairs / size);
    }

    /** Spherical interpolation of the vectors at {@code a} and {@code b} by {@code t}, into {@code out} at {@code at}. */
    static void slerp(float[] values, int a, int b, int k, double t, float[] out, int at) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int d = 0; d < k; d++) {
            dot += values[a + d] * values[b + d];
            na += values[a + d] * values[a + d];
            nb += values[b + d] * values[b + d];
        }
        double omega = Math.acos(Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb))));
        double sin = Math.sin(omega);
        // Nearly parallel vectors: the straight line is the arc.
        double wa = sin < 1e-6 ? 1 - t : Math.sin((1 - t) * omega) / sin;
        double wb = sin < 1e-6 ? t : Math.sin(t * omega) / sin;
        for (int d = 0; d < k; d++) {
            out[at + d] = (float) (wa * values[a + d] + wb * values[b + d]);
        }
    }

    private static float[] normal(Random random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }
}
