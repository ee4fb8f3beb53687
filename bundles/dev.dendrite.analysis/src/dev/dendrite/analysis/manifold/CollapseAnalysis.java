package dev.dendrite.analysis.manifold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.ProbeLabels;

/**
 * Neural collapse of a trained classifier and over its training: {@link NeuralCollapse}'s measures of
 * the features its last dense layer reads, for samples of a data set run through the model, and for
 * the probe set a run recorded every few epochs ({@code --taps}), where those features were tapped.
 */
public final class CollapseAnalysis {

    /** The last report of {@code dendrite collapse}, kept in the run directory (where the Neural Collapse dialog reads it again). */
    public static final String REPORT = "collapse.json";

    /** One recorded epoch's measures, on the run's probe set (its first test or training samples; no classifier weights were recorded). */
    public record Epoch(int epoch, NeuralCollapse.Measures measures) {
    }

    /**
     * What the recorded activations allow.
     *
     * @param features the tapped layer the classifier reads (null: not tapped)
     * @param logits the tapped layer of the logits (null: not tapped, so no NC4 over training)
     * @param epochs the recorded epochs in order (empty where the features were not tapped)
     * @param why where {@code epochs} is empty, why, in words; else null
     */
    public record OverTraining(String features, String logits, List<Epoch> epochs, String why) {

        /** Nothing over training: a model file, not a run. */
        public static OverTraining none() {
            return new OverTraining(null, null, List.of(), null);
        }
    }

    private CollapseAnalysis() {
    }

    /** The features and logits of the first {@code samples} samples of {@code data} run through {@code model}. */
    public record Readout(int samples, int width, float[] features, float[] logits, int[] labels) {
    }

    /** Runs the model on the first {@code samples} samples of {@code data} and reads what its last layer reads and writes. */
    public static Readout read(ModelProto model, ClassifierLayer layer, Dataset data, int samples) throws OrtException, ModelLoadException {
        if (!data.hasLabels()) {
            throw new IllegalArgumentException("neural collapse reads class labels; " + data.name() + " has float targets");
        }
        List<String> tensors = layer.features().equals(layer.logits()) ? List.of(layer.logits()) : List.of(layer.features(), layer.logits());
        LayerActivations read = LayerActivations.of(model, data, samples, tensors);
        int[] labels = new int[read.samples()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = data.label(i);
        }
        return new Readout(read.samples(), read.width(layer.features()), read.values().get(layer.features()), read.values().get(layer.logits()),
                labels);
    }

    /** The measures of a readout, the nearest class mean decided by {@code deciding} (null: the readout's own means). */
    public static NeuralCollapse.Measures measure(Readout readout, ClassifierLayer layer, int classes, NeuralCollapse.ClassMeans deciding) {
        double[] weights = layer.weights() != null && layer.width() == readout.width() && layer.classes() == classes ? layer.weights() : null;
        return NeuralCollapse.of(readout.features(), readout.width(), readout.labels(), classes, readout.logits(), weights, deciding);
    }

    /**
     * The measures at every epoch recorded in {@code activations} (a run's {@code activations} folder), where the run tapped the layer
     * {@code layer} reads; NC2 of the classifier's rows and NC3 too at the epochs whose weights the run kept ({@code weights/epoch-E.onnx}
     * beside it, {@code train --keep-weights-every}).
     */
    public static OverTraining overTraining(ModelProto model, ClassifierLayer layer, Path activations, int classes) throws IOException {
        List<Integer> epochs = recordedEpochs(activations);
        if (epochs.isEmpty()) {
            return new OverTraining(null, null, List.of(), "the run recorded no activations (train with --taps all)");
        }
        List<Epoch> measured = new ArrayList<>();
        String features = null;
        String logits = null;
        for (int epoch : epochs) {
            Weights recorded = recorded(activations.resolve("epoch-" + epoch + ".onnx"));
            java.util.Set<String> tapped = tappedLayers(recorded);
            features = ClassifierLayer.recordedAs(model, layer.features(), tapped);
            if (features == null) {
                return new OverTraining(null, null, List.of(), "the run did not tap the layer the classifier reads ('" + layer.features()
                        + "'; train with --taps all or name it)");
            }
            logits = ClassifierLayer.recordedAs(model, layer.logits(), tapped);
            FloatTensor x = recorded.get(features, "activations").orElseThrow();
            int rows = (int) x.shape()[0];
            FloatTensor labelTensor = ProbeLabels.forRows(recorded, rows);
            if (labelTensor == null) {
                return new OverTraining(features, logits, List.of(), "the probe set's labels were not recorded");
            }
            int[] labels = new int[rows];
            for (int i = 0; i < rows; i++) {
                labels[i] = Math.round(labelTensor.values()[i]);
            }
            float[] logitValues = logits == null ? null : recorded.get(logits, "activations").orElseThrow().values();
            if (logitValues != null && logitValues.length != (long) rows * classes) {
                logitValues = null;
            }
            measured.add(new Epoch(epoch, NeuralCollapse.of(x.values(), x.values().length / rows, labels, classes, logitValues, keptRows(
                    activations.resolveSibling(dev.dendrite.train.run.RunFiles.KEPT_WEIGHTS).resolve("epoch-" + epoch + ".onnx"), layer, x
                            .values().length / rows, classes))));
        }
        return new OverTraining(features, logits, List.copyOf(measured), null);
    }

    /** The classifier's rows in the weights kept at an epoch, or null where none were kept (or they do not fit the features). */
    private static double[] keptRows(Path file, ClassifierLayer layer, int width, int classes) throws IOException {
        if (!Files.isRegularFile(file) || layer.weights() == null || layer.width() != width || layer.classes() != classes) {
            return null;
        }
        return layer.rowsOf(recorded(file).flat().get(layer.weightName()));
    }

    /** A recorded epoch's or kept epoch's weights file, one that is no such file named as an {@link IOException}. */
    static Weights recorded(Path file) throws IOException {
        try {
            return WeightsFile.read(file);
        } catch (OnnxFormatException e) {
            throw new IOException(file + " cannot be read: " + e.getMessage());
        }
    }

    /** The epochs of {@code activations/epoch-E.onnx} files, in order (none where the folder is missing). */
    public static List<Integer> recordedEpochs(Path activations) throws IOException {
        if (!Files.isDirectory(activations)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(activations)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("epoch-\\d+\\.onnx")).map(n -> Integer.parseInt(n.substring(6,
                    n.length() - 5))).sorted().toList();
        }
    }

    /** The layers whose activations a recorded epoch holds (not the probe set's labels), in the file's order. */
    static java.util.Set<String> tappedLayers(Weights recorded) {
        java.util.Set<String> layers = new java.util.LinkedHashSet<>();
        for (String key : recorded.flat().keySet()) {
            String[] parts = Weights.split(key);
            if (!parts[0].equals("probe") && parts[1].equals("activations")) {
                layers.add(parts[0]);
            }
        }
        return layers;
    }
}
