package dev.dendrite.train.run;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

import javax.imageio.ImageIO;

import ai.onnxruntime.OrtException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * A trained GAN's generator run on fixed noise: {@code samples.png}, an 8 × 8 grid of what it makes (a conditional generator's
 * 8 rows of a column per class), the same noise for every
 * run of a seed, so that runs compare picture by picture. Pictures are samples of one channel ([H, W], [1, H, W] or a square
 * number of values); values in [0, 1] are drawn as they are, others stretched from their least to their largest.
 */
final class GanSamples {

    static final String SAMPLES = "samples.png";
    static final int SIDE = 8;

    private GanSamples() {
    }

    /**
     * The generated values of {@code count} samples of noise drawn from {@code seed}: [count × sample size]; a conditional
     * generator's samples are of classes 0, 1, ... in turn.
     */
    static float[] generate(byte[] generator, int count, long seed) throws OrtException, dev.dendrite.runtime.ModelLoadException, IOException {
        GeneratorModel model = GeneratorModel.of(ai.onnx.proto.OnnxMl.ModelProto.parseFrom(generator));
        float[] z = new float[count * model.dims()];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) random.nextGaussian();
        }
        try (ModelSession session = OnnxRuntime.open(generator, "trained generator", RuntimeSettings.forTrainer())) {
            float[][] rows = model.run(session, z, model.classesFor(count, -1));
            float[] values = new float[count * rows[0].length];
            for (int i = 0; i < count; i++) {
                System.arraycopy(rows[i], 0, values, i * rows[i].length, rows[i].length);
            }
            return values;
        }
    }

    /**
     * Writes {@code samples.png} into {@code dir} when the samples are pictures of one channel.
     *
     * @return whether it was written
     */
    static boolean write(byte[] generator, Path dir, long seed) throws OrtException, IOException, dev.dendrite.runtime.ModelLoadException {
        // A conditional generator's classes stand in columns, one class each.
        int classes = GeneratorModel.of(ai.onnx.proto.OnnxMl.ModelProto.parseFrom(generator)).classes();
        int columns = classes > 0 ? classes : SIDE;
        float[] values = generate(generator, SIDE * columns, seed);
        int size = values.length / (SIDE * columns);
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
        BufferedImage image = new BufferedImage(columns * (side + 1) + 1, SIDE * (side + 1) + 1, BufferedImage.TYPE_BYTE_GRAY);
        for (int s = 0; s < SIDE * columns; s++) {
            int x0 = 1 + (s % columns) * (side + 1);
            int y0 = 1 + (s / columns) * (side + 1);
            for (int i = 0; i < size; i++) {
                image.getRaster().setSample(x0 + i % side, y0 + i / side, 0, (int) Math.round(255 * (values[s * size + i] - least) / span));
            }
        }
        ImageIO.write(image, "png", dir.resolve(SAMPLES).toFile());
        return true;
    }
}
