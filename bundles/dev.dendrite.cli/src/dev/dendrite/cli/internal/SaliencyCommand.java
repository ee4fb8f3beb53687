package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.analysis.evaluation.Saliency;
import dev.dendrite.analysis.evaluation.SaliencyImages;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;

/**
 * {@code dendrite saliency RUN_DIR|MODEL.onnx --samples I,J,...}: which input values move a class's
 * output, as the gradient of that output with respect to the input (Simonyan et al., 2014), for
 * chosen samples: pictures of each sample beside its map, and the maps themselves with {@code --json}.
 */
public final class SaliencyCommand implements Command {

    /** Samples one call explains at most: the maps of a strip of thumbnails, not of a data set. */
    static final int MAX_SAMPLES = 256;

    @Override
    public String name() {
        return "saliency";
    }

    @Override
    public String summary() {
        return "gradient saliency: which input values move a class's output, for chosen samples: saliency RUN_DIR --samples 3,17";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite saliency RUN_DIR|MODEL.onnx --samples I,J,... [--positions P,Q,...] [--class predicted|actual|K]
                                        [--method smoothgrad|gradient|input-x-gradient|integrated-gradients|grad-cam [--layer ID]|occlusion [--patch P]] [--data SPEC]
                                        [--split test|train] [-o DIR] [--data-cache DIR] [--json]
                For each sample (its index in the split, as evaluate's mistakes name them) the gradient of one class's
                output with respect to the input: the input values that move that output most. --class predicted (the
                default) explains what the model read, actual the sample's own class, K class K. The gradient graph is
                the model's with Dendrite's reverse-mode differentiation appended, so any model Dendrite can train has
                saliency. --method smoothgrad (the default) averages the gradient over 25 copies of the sample with
                Gaussian noise of 15% of its range (Smilkov et al., 2017), which keeps the features a plain gradient
                shows and drops most of its noise; gradient is the plain gradient; input-x-gradient multiplies it by
                the input (what each value contributed); integrated-gradients multiplies the input by the mean gradient
                at 64 points of the straight path from zeros to it (Sundararajan et al., 2017), whose attributions add
                up to the output's change from that baseline: the text and JSON give both (output, baselineOutput,
                attributionSum) to check it. grad-cam weighs a convolutional layer's feature maps by their mean
                gradient and draws the positive part of their sum scaled up to the picture (Selvaraju et al., 2017):
                --layer ID reads that layer (default: the last feature maps before the network leaves the picture's
                grid, e.g. LeNet-5's relu2); "layer" in JSON. occlusion sets a patch of P×P pixels (default a seventh
                of the shorter side; P values of a vector, default 1) to zero, sliding in strides of half a patch, and
                scores each value by the mean drop of the class's output (Zeiler and Fergus, 2014): no gradient, so
                any model that runs is explained, one run per patch. Image samples are written as PNGs, the sample beside its map (black through red to yellow,
                each pixel's largest absolute gradient over the channels), to DIR (default RUN_DIR/saliency, or
                saliency/ beside a model file). --json adds each map's values (one per pixel, or per input value).
                A model of token sequences (a text CNN, a token classifier) is differentiated at its embedding, each
                sequence run alone as long as it is: a score per token, the gradient's length (gradient, the default
                there) or the gradient times the embedded vector summed over its dims (input-x-gradient, signed;
                integrated-gradients likewise along the path from zero vectors).
                A tagger (an output per step) is explained at one step of each sequence, --positions P,Q,... (one per
                sample, or one for all, as evaluate names its mistakes' positions): which tokens the tag there was read from.
                A model of sequences of values (an RNN over bits, an LSTM forecaster) is scored per step likewise at its
                input: the gradient's length over the step's values, or input-x-gradient summed over them ("values" in
                JSON, each step's list). Recurrent layers (ONNX's fused RNN, LSTM, GRU) are unrolled over each sequence's
                steps for their gradient (backpropagation through time).
                A graph network's sample is a graph, or a node (numbered over the split's graphs, as evaluate numbers
                them): a score per node at its features (gradient, the default, smoothgrad, input-x-gradient and
                integrated-gradients summed over them, or occlusion: the drop with the node's features zeroed and its
                edges left out) and per edge (the drop with it left out, both directions of an undirected one); JSON
                "nodes", "edges", "edgeScores", and a PNG of the graph coloured by them, the explained node ringed;
                with edge features, per edge feature the drop with it zeroed on every edge ("edgeFeatures").
                An encoder-decoder's pair (a source and a decoder input) is explained at every output step, teacher-forced:
                each step's scores over the source tokens (gradient, the default, input-x-gradient, integrated-gradients),
                a T×S map per pair ("map", a row per step; "alignment": the correlation of each step with the source
                position it reads most, -1 in reverse) and its PNG: where each output came from, also without attention.
                At most""" + " " + MAX_SAMPLES + " samples per call.";
    }

    /** One step per sample (or one for all) from {@code --positions}; every -1 (none) without it. */
    static int[] positions(String option, int samples) throws UsageException {
        int[] positions = new int[samples];
        java.util.Arrays.fill(positions, -1);
        if (option == null) {
            return positions;
        }
        int[] given = indices(option);
        if (given.length != 1 && given.length != samples) {
            throw new UsageException("--positions gives one step per sample or one for all: " + given.length + " for " + samples + " samples");
        }
        for (int i = 0; i < samples; i++) {
            positions[i] = given[given.length == 1 ? 0 : i];
        }
        return positions;
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(ModelTarget.OPTIONS);
        options.put("--samples", "samples");
        options.put("--class", "class");
        options.put("-o", "out");
        options.put("--method", "method");
        options.put("--positions", "positions");
        options.put("--layer", "layer");
        options.put("--patch", "patch");
        Arguments a = Arguments.parse(args, options, Set.of());
        if (a.option("samples") == null) {
            throw new UsageException("--samples is needed: the indices of the samples to explain (e.g. --samples 3,17)");
        }
        int[] samples = indices(a.option("samples"));
        String which = a.option("class") == null ? "predicted" : a.option("class");
        Saliency.Method method;
        try {
            method = Saliency.Method.of(a.option("method") == null ? "smoothgrad" : a.option("method"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ModelTarget target = ModelTarget.resolve(a, "saliency");
        if (a.option("layer") != null && method != Saliency.Method.GRAD_CAM) {
            throw new UsageException("--layer names the layer grad-cam reads; --method is " + method.word());
        }
        if (a.option("patch") != null && method != Saliency.Method.OCCLUSION) {
            throw new UsageException("--patch sizes what occlusion zeroes; --method is " + method.word());
        }
        int patch = a.option("patch") == null ? 0 : positiveInt(a.option("patch"), "--patch");
        if (target.sequences() != null && SourceAlignmentOutput.holdsPairs(target.sequenceInputs())) {
            if (a.option("positions") != null) {
                throw new UsageException("--positions names one step; an encoder-decoder's saliency explains every output step of each pair");
            }
            if (a.option("class") != null) {
                throw new UsageException("--class names one class; an encoder-decoder's saliency explains the token read at each output step");
            }
            return SourceAlignmentOutput.run(context, a, target, target.sequenceInputs(), samples, a.option("method") == null
                    ? Saliency.Method.GRADIENT : method);
        }
        if (target.sequences() != null) {
            // Token ids have no gradient: scores per token at the embedding, by the gradient unless asked otherwise.
            return SequenceSaliencyOutput.run(context, target, samples, positions(a.option("positions"), samples.length), which,
                    a.option("method") == null ? Saliency.Method.GRADIENT : method);
        }
        if (target.source() instanceof dev.dendrite.train.data.GraphDataset graphs) {
            if (a.option("positions") != null) {
                throw new UsageException("--positions names steps of token sequences; " + target.spec() + " holds graphs");
            }
            if (a.option("patch") != null) {
                throw new UsageException("--patch sizes the patches occlusion zeroes in pictures; a graph's occlusion leaves out one node at a time");
            }
            return GraphSaliencyOutput.run(context, a, target, graphs, samples, which, a.option("method") == null ? Saliency.Method.GRADIENT : method);
        }
        if (a.option("positions") != null) {
            throw new UsageException("--positions names steps of token sequences; " + target.spec() + " holds none");
        }
        dev.dendrite.train.data.Dataset samplesData = target.samples("saliency");
        int[] classes = new int[samples.length];
        for (int i = 0; i < samples.length; i++) {
            if (samples[i] >= samplesData.size()) {
                throw new UsageException("sample " + samples[i] + " is outside the " + target.split() + " split of " + target.spec() + " (0-"
                        + (samplesData.size() - 1) + ")");
            }
            classes[i] = explained(which, samplesData.hasLabels() ? samplesData.label(samples[i]) : -1,
                    "--class actual needs class labels; " + target.spec() + " has float targets");
        }
        Saliency.Result result = target.analyse("saliency", model -> Saliency.of(model, samplesData, samples, classes, method, a.option("layer"),
                patch));
        Path out = target.outputFolder(a, "saliency");
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s saliency of %s on the %s split of %s%n", method.word(), target.model(),
                target.split(), target.spec()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < samples.length; i++) {
            Path file = out.resolve(String.format(Locale.ROOT, "sample-%d-class-%d.png", samples[i], result.classes()[i]));
            boolean written = SaliencyImages.write(result, i, samplesData, file, method.signed());
            float[] map = result.map(i);
            float top = result.largest(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sample", samples[i]);
            row.put("label", samplesData.hasLabels() ? samplesData.label(samples[i]) : null);
            row.put("class", result.classes()[i]);
            row.put("probability", result.probabilities()[i]);
            row.put("largestGradient", (double) top);
            row.put("file", written ? file.toString() : null);
            List<Double> values = new ArrayList<>(map.length);
            for (float v : map) {
                values.add((double) v);
            }
            row.put("map", values);
            if (method.signed()) {
                List<Double> signedValues = new ArrayList<>(map.length);
                for (float v : result.signedMap(i)) {
                    signedValues.add((double) v);
                }
                row.put("signedMap", signedValues);
            }
            double sum = 0;
            for (int k = 0; k < result.size(); k++) {
                sum += result.gradients()[i * result.size() + k];
            }
            String complete = completeness(row, result.outputs()[i], result.baselines()[i], sum);
            rows.add(row);
            text.append(String.format(Locale.ROOT, "sample %d%s: class %d (probability %.3f), largest %s %.3g%s%s%n", samples[i],
                    samplesData.hasLabels() ? " (a " + samplesData.label(samples[i]) + ")" : "", result.classes()[i], result.probabilities()[i],
                    switch (method) {
                        case GRADIENT, SMOOTHGRAD -> "gradient";
                        case GRAD_CAM -> "Grad-CAM value";
                        case OCCLUSION -> "output drop";
                        default -> "attribution";
                    }, top, complete,
                    written ? ", " + file : ""));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", target.model().toString());
        json.put("dataset", target.spec());
        json.put("split", target.split());
        json.put("method", method.word());
        json.put("mapShape", mapShape(result.sampleShape()));
        if (result.layer() != null) {
            json.put("layer", result.layer());
            text.insert(text.indexOf("\n"), " at layer " + result.layer());
        }
        json.put("samples", rows);
        context.print(json, text.toString().stripTrailing());
        return 0;
    }

    private static int positiveInt(String text, String option) throws UsageException {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new UsageException(option + " must be a whole number, 1 or more, not '" + text + "'");
    }

    /**
     * Integrated gradients' completeness check, where {@code output} is known (else ""): the explained output at the sample and
     * at the zero baseline, and the attributions' sum, into the JSON row and as the text's words.
     */
    static String completeness(Map<String, Object> row, double output, double baseline, double sum) {
        if (Double.isNaN(output)) {
            return "";
        }
        row.put("output", output);
        row.put("baselineOutput", baseline);
        row.put("attributionSum", sum);
        return String.format(Locale.ROOT, ", attributions sum to %.4g of the output's change %.4g from the zero baseline's %.4g", sum,
                output - baseline, baseline);
    }

    /**
     * The class {@code --class} asks to explain: −1 for the predicted one, the sample's {@code label}
     * (refused with {@code noLabel} where it is −1), or a class number.
     */
    static int explained(String which, int label, String noLabel) throws UsageException {
        return switch (which) {
            case "predicted" -> -1;
            case "actual" -> {
                if (label < 0) {
                    throw new UsageException(noLabel);
                }
                yield label;
            }
            default -> {
                try {
                    yield Integer.parseInt(which);
                } catch (NumberFormatException e) {
                    throw new UsageException("--class must be predicted, actual or a class number, not '" + which + "'");
                }
            }
        };
    }

    /** The map's shape: [H, W] for image samples, else the sample's own shape. */
    private static List<Long> mapShape(long[] sampleShape) {
        int[] image = SaliencyImages.imageShape(sampleShape);
        if (image != null) {
            return List.of((long) image[1], (long) image[2]);
        }
        List<Long> shape = new ArrayList<>();
        for (long d : sampleShape) {
            shape.add(d);
        }
        return shape;
    }

    /** Sample indices from a comma-separated list, at most {@link #MAX_SAMPLES}. */
    static int[] indices(String list) throws UsageException {
        String[] parts = list.split(",");
        if (parts.length > MAX_SAMPLES) {
            throw new UsageException("--samples names " + parts.length + " samples, at most " + MAX_SAMPLES + " per call");
        }
        int[] indices = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                indices[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new UsageException("--samples takes sample indices separated by commas, not '" + parts[i].strip() + "'");
            }
            if (indices[i] < 0) {
                throw new UsageException("--samples takes indices of 0 or more, not " + indices[i]);
            }
        }
        return indices;
    }
}
