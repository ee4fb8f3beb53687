package dev.dendrite.train.run;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;

import javax.imageio.ImageIO;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Input;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * A trained GAN's generator run on fixed noise: {@code samples.png}, an 8 × 8 grid of what it makes, the same noise for every
 * run of a seed, so that runs compare picture by picture. Pictures are samples of one channel ([H, W], [1, H, W] or a square
 * number of values); values in [0, 1] are drawn as they are, others stretched from their least to their largest.
 */
final class GanSamples {

    static final String SAMPLES = "samples.png";
    static final int SIDE = 8;

    private GanSamples() {
    }

    /** The generated values of {@code count} samples of noise drawn from {@code seed}: [count × sample size]. */
    static float[] generate(byte[] generator, Input noise, int count, long seed) throws OrtException, dev.dendrite.runtime.ModelLoadException {
        long size = noise.getDims().stream().mapToLong(Integer::longValue).reduce(1, (a, b) -> a * b);
        float[] z = new float[(int) (count * size)];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) random.nextGaussian();
        }
        long[] shape = new long[noise.getDims().size() + 1];
        shape[0] = count;
        for (int d = 1; d < shape.length; d++) {
            shape[d] = noise.getDims().get(d - 1);
        }
        var env = OnnxRuntime.environment();
        try (ModelSession session = OnnxRuntime.open(generator, "trained generator", RuntimeSettings.forTrainer());
             OnnxTensor fed = OnnxTensor.createTensor(env, FloatBuffer.wrap(z), shape);
             OrtSession.Result result = session.session().run(Map.of(session.inputNames().iterator().next(), fed))) {
            FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] values = new float[out.remaining()];
            out.get(values);
            return values;
        }
    }

    /**
     * Writes {@code samples.png} into {@code dir} when the samples are pictures of one channel.
     *
     * @return whether it was written
     */
    static boolean write(byte[] generator, Input noise, Path dir, long seed) throws OrtException, IOException, dev.dendrite.runtime.ModelLoadException {
        float[] values = generate(generator, noise, SIDE * SIDE, seed);
        int size = values.length / (SIDE * SIDE);
        int side = (int) Math.round(Math.sqrt(size));
        if (side * side != size || side < 2) {
            return false;
        }
        double least = 0;
        double largest = 1;
        for (float v : values) {
            least = Math.min(least, v);
            largest = Math.max(largest, v);
        }
        double span = Math.max(largest - least, 1e-12);
        BufferedImage image = new BufferedImage(SIDE * (side + 1) + 1, SIDE * (side + 1) + 1, BufferedImage.TYPE_BYTE_GRAY);
        for (int s = 0; s < SIDE * SIDE; s++) {
            int x0 = 1 + (s % SIDE) * (side + 1);
            int y0 = 1 + (s / SIDE) * (side + 1);
            for (int i = 0; i < size; i++) {
                image.getRaster().setSample(x0 + i % side, y0 + i / side, 0, (int) Math.round(255 * (values[s * size + i] - least) / span));
            }
        }
        ImageIO.write(image, "png", dir.resolve(SAMPLES).toFile());
        return true;
    }
}
