package dev.dendrite.analysis.latent;

import java.util.Random;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.run.GeneratorModel;

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
 * @param classes per sample, the class a conditional generator drew it for; null for an unconditional one
 * @param classCount the classes a conditional generator draws; 0 for an unconditional one
 * @param lineClasses per interpolation line, its class; null for an unconditional generator
 */
public record GeneratorSpace(String input, int dims, float[][] samples, float[][] interpolation, int steps, long[] sampleShape,
        double diversity, int[] classes, int classCount, int[] lineClasses) {

    /**
     * @param count samples drawn
     * @param lines interpolations drawn
     * @param steps samples on each, its ends included
     * @param onlyClass for a conditional generator, the one class to draw; -1 for every class in turn
     */
    public record Settings(int count, int lines, int steps, long seed, int onlyClass) {

        public Settings(int count, int lines, int steps, long seed) {
            this(count, lines, steps, seed, -1);
        }

        public static Settings defaults() {
            return new Settings(64, 6, 10, 1);
        }
    }

    /** Columns for a picture of the samples: one per class where a conditional generator drew every class in turn, else 8. */
    public int columns() {
        return classCount > 0 && classes != null && classes.length > 1 && classes[0] != classes[1] ? classCount : 8;
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

    /** @throws IllegalArgumentException where the model does not read noise vectors (and at most a class) per sample */
    public static GeneratorSpace of(ModelProto model, Settings settings) throws OrtException, ModelLoadException {
        GeneratorModel generator = GeneratorModel.of(model);
        if (settings.onlyClass() >= 0 && !generator.conditional()) {
            throw new IllegalArgumentException("the generator reads no class (it is not conditional), so no class can be asked of it");
        }
        int k = generator.dims();
        Random random = new Random(settings.seed());
        float[] noise = normal(random, settings.count() * k);
        float[] ends = normal(random, settings.lines() * 2 * k);
        float[] path = new float[settings.lines() * settings.steps() * k];
        int[] lineClasses = generator.classesFor(settings.lines(), settings.onlyClass());
        int[] pathClasses = lineClasses == null ? null : new int[settings.lines() * settings.steps()];
        for (int l = 0; l < settings.lines(); l++) {
            for (int s = 0; s < settings.steps(); s++) {
                double t = settings.steps() == 1 ? 0 : s / (double) (settings.steps() - 1);
                slerp(ends, 2 * l * k, (2 * l + 1) * k, k, t, path, (l * settings.steps() + s) * k);
                if (pathClasses != null) {
                    pathClasses[l * settings.steps() + s] = lineClasses[l];
                }
            }
        }
        int[] classes = generator.classesFor(settings.count(), settings.onlyClass());
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "generator", RuntimeSettings.forTrainer())) {
            float[][] samples = generator.run(session, noise, classes);
            var output = model.getGraph().getOutput(0).getType().getTensorType().getShape();
            long[] sampleShape = new long[output.getDimCount() - 1];
            for (int d = 1; d < output.getDimCount(); d++) {
                sampleShape[d - 1] = output.getDim(d).hasDimValue() ? output.getDim(d).getDimValue() : samples[0].length;
            }
            float[][] interpolation = generator.run(session, path, pathClasses);
            return new GeneratorSpace(generator.noise(), k, samples, interpolation, settings.steps(), sampleShape, diversity(samples), classes,
                    generator.classes(), lineClasses);
        }
    }

    /**
     * {@code count} samples of noise drawn from {@code seed} (the same as {@link #of}'s first ones for one seed), a conditional
     * generator's of every class in turn; with their classes (null for an unconditional generator).
     */
    public static Drawn draw(ModelProto model, int count, long seed) throws OrtException, ModelLoadException {
        GeneratorModel generator = GeneratorModel.of(model);
        float[] noise = normal(new Random(seed), count * generator.dims());
        int[] classes = generator.classesFor(count, -1);
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "generator", RuntimeSettings.forTrainer())) {
            return new Drawn(generator.run(session, noise, classes), classes);
        }
    }

    /** Generated samples and, for a conditional generator, the class each was drawn for (else null). */
    public record Drawn(float[][] samples, int[] classes) {
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

    /**
     * Spherical interpolation of the vectors at {@code a} and {@code b} by {@code t}, into {@code out} at {@code at}: the direction
     * along the great circle between theirs, the length from one's to the other's. Slerp's weights applied to the vectors
     * themselves blow up between nearly opposite vectors of unequal lengths (common in a VAE's 2-D code: far out of the prior,
     * saturated pictures), where on unit vectors they stay on the sphere.
     */
    static void slerp(float[] values, int a, int b, int k, double t, float[] out, int at) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int d = 0; d < k; d++) {
            dot += values[a + d] * values[b + d];
            na += values[a + d] * values[a + d];
            nb += values[b + d] * values[b + d];
        }
        double lengthA = Math.sqrt(na);
        double lengthB = Math.sqrt(nb);
        double omega = Math.acos(Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb))));
        double sin = Math.sin(omega);
        if (sin < 1e-6 || lengthA == 0 || lengthB == 0) {
            // Parallel or opposite vectors (no one great circle between them), or a zero one: the straight line.
            for (int d = 0; d < k; d++) {
                out[at + d] = (float) ((1 - t) * values[a + d] + t * values[b + d]);
            }
            return;
        }
        double length = (1 - t) * lengthA + t * lengthB;
        double wa = Math.sin((1 - t) * omega) / sin * length / lengthA;
        double wb = Math.sin(t * omega) / sin * length / lengthB;
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
