package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.prediction.ClassNames;
import dev.dendrite.analysis.prediction.GraphPredictions;
import dev.dendrite.analysis.prediction.PictureInput;
import dev.dendrite.analysis.prediction.Predictions;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.CommandFailedException;
import dev.dendrite.cli.UsageException;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.run.ModelOutputs;
import dev.dendrite.train.run.RunReader;
import dev.dendrite.train.run.RunRecord;

/**
 * {@code dendrite predict RUN_DIR|MODEL.onnx INPUT...}: a trained model on your own inputs, image
 * files (or folders of them) and CSV rows: each one's most likely classes with their probabilities
 * (named where the data set names its classes), or a regression model's values.
 */
public final class PredictCommand implements Command {

    /** Inputs one call reads at most: predictions to read, not a data set to score (evaluate does that). */
    static final int MAX_INPUTS = 10_000;

    @Override
    public String name() {
        return "predict";
    }

    @Override
    public String summary() {
        return "a trained model on your own images or CSV rows: the most likely classes and their probabilities: predict RUN_DIR digit.png";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite predict RUN_DIR|MODEL.onnx INPUT... [--inputs-from LIST] [--top K] [--invert auto|yes|no]
                                       [--centre] [--classes NAME,NAME,...] [--save-inputs DIR] [-o FILE.csv] [--json]
                Runs a trained model (a run directory's model.onnx, or any ONNX model of one input) on inputs of your own:
                image files (PNG, JPEG, GIF, BMP), folders of them, and CSV files of one input per row (a header row is
                skipped). For a classifier each input gets its --top K (default 3) most likely classes with their
                probabilities, named where the run's data set names its classes (Fashion-MNIST's garments, an images:
                folder's class folders) or as --classes gives; a regression model's inputs get its output values; an
                autoencoder's (as many outputs as inputs) its reconstruction error, the anomaly score.
                Images are scaled to the model's input (area-averaged; the whole image, so keep its aspect like the
                training pictures'), in grey where the model reads one channel, with values in [0, 1] as the data sets'.
                --invert: MNIST-style models read light ink on a dark ground; auto (the default) inverts a grey picture
                whose border is lighter than average (a drawing on paper), yes and no force it.
                --centre: place the ink as MNIST did: its bounding box scaled into 20 of 28 pixels, its centre of mass
                at the centre (for photographed or drawn digits and garments; grey models only).
                --inputs-from LIST: more inputs, one path per line of the file LIST (keeps command lines short).
                --save-inputs DIR: each picture as the model read it, as a PNG, to check scaling and inversion (and an
                autoencoder's reconstruction of it beside, NAME.reconstruction.png).
                -o FILE.csv: one row per input (input, predicted, name, probability; or input and the values).
                A graph network (a run of graphs:, or a model reading node features and an edge index) predicts the graphs
                of JSON Lines files, one graph per line as graphs:FILE.jsonl reads them ("features", "edges", "directed";
                labels optional): each graph's classes, or each node's for a node classifier, named "FILE graph G" and
                "FILE graph G node V".""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> valued = new LinkedHashMap<>();
        valued.put("--top", "top");
        valued.put("--invert", "invert");
        valued.put("--classes", "classes");
        valued.put("--save-inputs", "save-inputs");
        valued.put("-o", "out");
        valued.put("--inputs-from", "inputs-from");
        Arguments a = Arguments.parse(args, valued, Set.of("--centre"));
        if (a.positionals().isEmpty()) {
            throw new UsageException("missing RUN_DIR|MODEL.onnx and the inputs to predict (image files, folders of images, CSV files)");
        }
        List<String> named = new java.util.ArrayList<>(a.positionals().subList(1, a.positionals().size()));
        if (a.option("inputs-from") != null) {
            Path list = Path.of(a.option("inputs-from"));
            try {
                Files.readAllLines(list, java.nio.charset.StandardCharsets.UTF_8).stream().map(String::strip).filter(l -> !l.isEmpty())
                        .forEach(named::add);
            } catch (IOException e) {
                throw new UsageException("--inputs-from " + list + " cannot be read: " + e.getMessage());
            }
        }
        if (named.isEmpty()) {
            throw new UsageException("no input to predict: name image files, folders of images or CSV files after " + a.positionals().get(0));
        }
        Path given = Path.of(a.positionals().get(0));
        Path model = ModelTarget.modelFile(given, "");
        ModelTarget.refuseGenerator(given, model, "pictures or rows", "predict");
        RunRecord record = Files.isDirectory(given) ? RunReader.readWithoutMetrics(given) : null;
        int top = count(a.option("top"));
        PictureInput.Invert invert;
        try {
            invert = PictureInput.Invert.of(a.option("invert") == null ? "auto" : a.option("invert"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        byte[] bytes = Files.readAllBytes(model);
        Boolean learntClasses = record == null ? null : !Double.isNaN(record.testAccuracy());
        if (GraphPredictions.isGraphModel(inputNames(bytes, model))) {
            GraphPredictInputs.Graphs graphs = GraphPredictInputs.read(named, MAX_INPUTS);
            GraphPredictions.Result result;
            try {
                result = GraphPredictions.of(bytes, model.toString(), graphs.graphs(), learntClasses, top);
            } catch (IllegalArgumentException e) {
                throw new UsageException(model + ": " + e.getMessage());
            } catch (OrtException e) {
                throw new CommandFailedException("the model failed on the graphs: " + e.getMessage());
            }
            return report(context, a, record, model, GraphPredictInputs.named(graphs, result), result.predictions(), null);
        }
        long[] shape;
        try {
            shape = ModelOutputs.declaredInput(bytes, model.toString());
        } catch (ModelLoadException e) {
            throw new UsageException(model + " cannot be loaded: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException(model + ": " + e.getMessage());
        }
        PredictInputs inputs = PredictInputs.read(named, shape, invert, a.flag("centre"),
                MAX_INPUTS);
        // A run knows whether it learnt classes; a model file is read by its outputs.
        Boolean classifier = learntClasses;
        List<Predictions.Prediction> predictions;
        try {
            predictions = inputs.sampleShape().length > 0 && inputs.sampleShape()[0] < 0
                    ? Predictions.ofSequences(bytes, model.toString(), inputs.sampleShape(), inputs.values(), classifier, top)
                    : Predictions.of(bytes, model.toString(), inputs.sampleShape(), inputs.values(), classifier, top);
        } catch (IllegalArgumentException e) {
            throw new UsageException(model + ": " + e.getMessage());
        } catch (OrtException e) {
            throw new CommandFailedException("the model failed on the inputs: " + e.getMessage());
        }
        List<Path> seen = a.option("save-inputs") != null ? inputs.save(Path.of(a.option("save-inputs"))) : null;
        return report(context, a, record, model, inputs, predictions, seen);
    }

    /** Prints (and with -o writes) the predictions, their classes named as the run's data set or --classes names them. */
    private static int report(CommandContext context, Arguments a, RunRecord record, Path model, PredictInputs inputs,
            List<Predictions.Prediction> predictions, List<Path> seen) throws UsageException, IOException {
        int classes = predictions.isEmpty() ? 0 : predictions.get(0).values().length;
        List<String> names = a.option("classes") != null ? List.of(a.option("classes").split(",", -1))
                : ClassNames.of(record == null ? null : record.config().get("dataset") instanceof String s ? s : null, classes);
        if (a.option("classes") != null && names.size() != classes) {
            throw new UsageException("--classes names " + names.size() + " classes; the model gives " + classes + " outputs");
        }
        Map<Integer, Path> reconstructions = seen == null ? Map.of() : inputs.saveReconstructions(seen, predictions);
        PredictionReport report = new PredictionReport(model, inputs, predictions, names, seen, reconstructions);
        if (a.option("out") != null) {
            Path out = Path.of(a.option("out"));
            try {
                Files.writeString(out, report.csv(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("cannot write " + out + ": " + e.getMessage());
            }
        }
        context.print(report.json(), report.text());
        return 0;
    }

    /** The inputs a model is fed (not those an initializer defaults). */
    private static List<String> inputNames(byte[] bytes, Path model) throws UsageException {
        try {
            return dev.dendrite.analysis.evaluation.Saliency.dataInputs(ai.onnx.proto.OnnxMl.ModelProto.parseFrom(bytes).getGraph()).stream()
                    .map(i -> i.getName()).toList();
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new UsageException(model + " is not an ONNX model: " + e.getMessage());
        }
    }

    private static int count(String text) throws UsageException {
        if (text == null) {
            return 3;
        }
        try {
            int k = Integer.parseInt(text);
            if (k >= 1) {
                return k;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new UsageException("--top must be a whole number of classes, at least 1, not '" + text + "'");
    }
}
