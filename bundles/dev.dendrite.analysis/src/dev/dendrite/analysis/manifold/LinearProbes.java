package dev.dendrite.analysis.manifold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.Trainer;
import dev.dendrite.train.run.TrainingException;
import dev.dendrite.train.run.TrainingResult;

/**
 * Linear probes (Alain and Bengio, 2016): how linearly the classes can be read from each layer's
 * activations, a softmax classifier trained on one layer's values of training samples (the
 * network fixed) and scored on test samples. The accuracy by depth shows where the classes become
 * separable: a trained network's rises towards its output, a random one's does not beyond its
 * input's. Each probe is a one-layer network trained by Dendrite's own trainer, on the layer's
 * values standardised by the training samples' mean and deviation per value, so every layer is
 * probed at the same rate.
 */
public final class LinearProbes {

    /** The last probes' report, kept in the run directory (where the Layer Similarity view reads it again). */
    public static final String REPORT = "probes.json";

    /**
     * How each probe trains.
     *
     * @param epochs epochs of Adam over the training samples
     * @param learningRate Adam's rate
     * @param l2 the weights' L2 penalty
     * @param seed the probes' initial weights and order
     */
    public record Settings(int epochs, double learningRate, double l2, long seed) {

        public static Settings defaults() {
            return new Settings(20, 1e-2, 1e-4, 1);
        }

        /** @throws IllegalArgumentException naming a setting out of range */
        public Settings {
            if (epochs < 1 || !(learningRate > 0) || !(l2 >= 0)) {
                throw new IllegalArgumentException("a probe needs 1 or more epochs, a rate above 0 and an L2 penalty of 0 or more");
            }
        }
    }

    /** One layer's probe: its values per sample, and the probe's accuracy and loss on the training and test samples. */
    public record Probe(String layer, int width, double trainAccuracy, double testAccuracy, double testLoss) {
    }

    /** Every probe, in the model's order, with how many training and test samples they read. */
    public record Report(List<Probe> probes, int trainSamples, int testSamples, int classes, Settings settings) {
    }

    private LinearProbes() {
    }

    /**
     * Probes {@code layers} (null: {@link LayerActivations#defaultLayers}, the input first) of {@code model} on the first
     * {@code trainSamples} of {@code train} and the first {@code testSamples} of {@code test}; each probe's run is made under
     * {@code scratch} and deleted; {@code progress} hears each layer.
     *
     * @throws IllegalArgumentException for data without class labels, a layer the model lacks, or a probe that cannot train
     */
    public static Report of(ModelProto model, Dataset train, Dataset test, int trainSamples, int testSamples, List<String> layers,
            Settings settings, Path scratch, Consumer<String> progress) throws OrtException, ModelLoadException, IOException {
        if (!train.hasLabels() || !test.hasLabels()) {
            throw new IllegalArgumentException("linear probes read class labels; the data set has float targets");
        }
        List<String> chosen = layers == null ? LayerActivations.defaultLayers(model) : layers;
        List<Probe> probes = new ArrayList<>();
        int n = Math.min(trainSamples, train.size());
        int m = Math.min(testSamples, test.size());
        for (String layer : chosen) {
            LayerActivations fit = LayerActivations.of(model, train, n, List.of(layer));
            LayerActivations held = LayerActivations.of(model, test, m, List.of(layer));
            int width = fit.width(layer);
            float[] x = fit.values().get(layer);
            float[] y = held.values().get(layer);
            standardise(x, y, width);
            progress.accept(String.format(java.util.Locale.ROOT, "probing %s (%,d values per sample)", layer, width));
            probes.add(probe(layer, width, labelled(train, x, n, width), labelled(test, y, m, width), train.classes(), settings, scratch));
        }
        return new Report(List.copyOf(probes), n, m, train.classes(), settings);
    }

    /** Standardises both splits' values by the training split's mean and deviation per value (a constant value becomes 0). */
    static void standardise(float[] train, float[] test, int width) {
        int n = train.length / width;
        double[] mean = new double[width];
        double[] squares = new double[width];
        for (int s = 0; s < n; s++) {
            for (int v = 0; v < width; v++) {
                double value = train[s * width + v];
                mean[v] += value;
                squares[v] += value * value;
            }
        }
        double[] scale = new double[width];
        for (int v = 0; v < width; v++) {
            mean[v] /= n;
            double deviation = Math.sqrt(Math.max(0, squares[v] / n - mean[v] * mean[v]));
            scale[v] = deviation > 1e-6 ? 1 / deviation : 0;
        }
        for (float[] values : new float[][] {train, test}) {
            for (int i = 0; i < values.length; i++) {
                int v = i % width;
                values[i] = (float) ((values[i] - mean[v]) * scale[v]);
            }
        }
    }

    private static Dataset labelled(Dataset data, float[] values, int n, int width) {
        int[] labels = new int[n];
        for (int s = 0; s < n; s++) {
            labels[s] = data.label(s);
        }
        return Dataset.classification("probe", new long[] {width}, values, labels, data.classes());
    }

    private static Probe probe(String layer, int width, Dataset train, Dataset test, int classes, Settings settings, Path scratch)
            throws IOException {
        NetworkBuilder b = new NetworkBuilder("probe", "a linear probe of " + layer);
        b.loss(b.dense(b.input("values", width), "probe", classes), LossKind.CROSS_ENTROPY);
        b.training("probe:" + layer, settings.epochs(), 64, OptimizerKind.ADAM, settings.learningRate());
        b.regularization(0, settings.l2());
        Network network = b.network();
        network.getTraining().setValidationFraction(0);
        network.getTraining().setSeed(settings.seed());
        Path run = Files.createTempDirectory(Files.createDirectories(scratch), "probe-");
        try {
            TrainingResult result = new Trainer(network, TrainingConfig.from(network), line -> { }).train(new Weights(), train, test, run,
                    false);
            var last = result.epochs().get(result.epochs().size() - 1);
            return new Probe(layer, width, last.trainAccuracy(), result.testAccuracy(), result.testLoss());
        } catch (TrainingException e) {
            throw new IllegalArgumentException("the probe of layer '" + layer + "' did not train: " + e.getMessage());
        } finally {
            delete(run);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
