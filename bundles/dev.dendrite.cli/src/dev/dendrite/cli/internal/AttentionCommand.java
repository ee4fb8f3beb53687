package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.analysis.evaluation.AttentionImages;
import dev.dendrite.analysis.evaluation.AttentionMaps;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.CommandFailedException;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.data.GraphDataset;
import dev.dendrite.train.data.HostTensor;

/**
 * {@code dendrite attention RUN_DIR|MODEL.onnx [--samples I,J]}: where each attention head of a
 * trained transformer looks, as its weights for chosen samples (PNG maps) and, per head over those
 * samples, how far it looks, how spread its weights are and the offset it most often reads.
 */
public final class AttentionCommand implements Command {

    @Override
    public String name() {
        return "attention";
    }

    @Override
    public String summary() {
        return "where each attention head looks, for chosen sequences (maps as PNGs, distance, entropy, offset) or a GAT's graphs: attention RUN_DIR";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite attention RUN_DIR|MODEL.onnx [--samples I,J,...] [--data SPEC] [--split test|train]
                                          [-o DIR] [--data-cache DIR] [--edges] [--json]
                The weights of every attention layer (softmax(QK^T/sqrt(d)) per head: row i, how much step i reads each
                step j) for the samples named (default 0,1,2,3: indices in the split), each sample at its own length.
                Per layer and head over those samples: the mean distance |i - j| its weights give (in steps), their
                entropy (0: one step, ln T: all alike) and the offset j - i it most often weighs most, with the share
                of queries that do (+1: the next step, -1: the previous one, 0: itself). One PNG per sample, a row per
                layer and a column per head (white: no weight, dark blue: all of it), to DIR (default
                RUN_DIR/attention, or attention/ beside a model file). --json adds the maps themselves.
                Reads sequence data sets; the model is a Dendrite export (its attention writes LAYER/weights).
                On graph data, a graph attention (GAT) network's coefficients: --samples names graphs (default every graph
                of the split); per layer and head over their nodes, the entropy of each node's weights over its incoming
                edges beside uniform weights' (ln d), the weight a node keeps on itself, and where the data label nodes,
                the share of its attention to other nodes that goes to its own class beside the share of such neighbours
                (JSON: graphAttention, per layer its summary per head: entropy, uniformEntropy, selfWeight, sameClass,
                sameClassUniform); the first four graphs drawn as graph-G.png, a row per layer and a column per head, each edge
                from white to dark blue by its weight against a mean's, rings by the weight a node keeps on itself (JSON
                pictures); --edges adds every graph's edges with their coefficients per layer (JSON edges: per graph its
                nodes, labels and, per layer, source, target and weights, edge by edge and head by head).""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(ModelTarget.OPTIONS);
        options.put("--samples", "samples");
        options.put("-o", "out");
        Arguments a = Arguments.parse(args, options, Set.of("--edges"));
        ModelTarget target = ModelTarget.resolve(a, "attention");
        if (target.source() instanceof GraphDataset graphs) {
            return GraphAttentionOutput.run(context, a, target, graphs);
        }
        if (target.sequences() == null) {
            throw new UsageException("attention reads sequence and graph data sets; " + target.spec() + " holds vectors or images");
        }
        int size = target.sequences().size();
        int[] samples = a.option("samples") == null ? java.util.stream.IntStream.range(0, Math.min(4, size)).toArray()
                : SaliencyCommand.indices(a.option("samples"));
        for (int sample : samples) {
            if (sample >= size) {
                throw new UsageException("sample " + sample + " is outside the " + target.split() + " split of " + target.spec() + " (0-"
                        + (size - 1) + ")");
            }
        }
        AttentionMaps.Result result;
        try {
            result = target.analyse("attention maps", model -> AttentionMaps.of(model, target.sequences(), samples));
        } catch (UsageException e) {
            // An encoder-decoder without attention still shows where its outputs came from.
            if (!SourceAlignmentOutput.holdsPairs(target.sequenceInputs()) || !e.getMessage().contains("no attention layer")) {
                throw e;
            }
            String chosen = a.option("samples") == null ? "0" : a.option("samples");
            throw new UsageException(e.getMessage() + "; an encoder-decoder's output steps over its source: dendrite saliency "
                    + (target.run() != null ? target.run() : target.model()) + " --samples " + chosen);
        }
        Path out = target.outputFolder(a, "attention");
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "attention of %s on the %s split of %s, %d samples%n", target.model(),
                target.split(), target.spec(), samples.length));
        int width = Math.max(5, result.layers().stream().mapToInt(l -> l.id().length()).max().orElse(0));
        text.append(String.format(Locale.ROOT, "%-" + width + "s %4s %9s %8s %7s %6s %6s%n", "layer", "head", "distance", "entropy", "offset", "share",
                "align"));
        List<Map<String, Object>> layers = new ArrayList<>();
        for (AttentionMaps.Layer layer : result.layers()) {
            List<Map<String, Object>> heads = new ArrayList<>();
            for (AttentionMaps.Head head : layer.heads()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("head", head.head());
                row.put("meanDistance", head.meanDistance());
                row.put("entropy", head.entropy());
                row.put("commonestOffset", head.commonestOffset());
                row.put("offsetShare", head.offsetShare());
                row.put("alignment", head.alignment());
                heads.add(row);
                text.append(String.format(Locale.ROOT, "%-" + width + "s %4d %9.2f %8.3f %+7d %5.0f%% %+6.2f%n", layer.id(), head.head(),
                        head.meanDistance(), head.entropy(), head.commonestOffset(), 100 * head.offsetShare(), head.alignment()));
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("layer", layer.id());
            entry.put("heads", layer.headCount());
            entry.put("causal", layer.causal());
            entry.put("keySteps", java.util.Arrays.stream(layer.keySteps()).boxed().toList());
            entry.put("queriesFromInput", layer.queriesFromInput());
            entry.put("keysFromInput", layer.keysFromInput());
            entry.put("summary", heads);
            if (context.json()) {
                entry.put("maps", layer.maps().stream().map(AttentionCommand::values).toList());
            }
            layers.add(entry);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        // Names for the ids up to a generous vocabulary: a text's characters (the samples rarely hold all of them).
        List<String> names = dev.dendrite.analysis.prediction.ClassNames.of(target.spec(), Math.max(alphabet(result), 4096));
        for (int i = 0; i < samples.length; i++) {
            Path file = out.resolve(String.format(Locale.ROOT, "sample-%d.png", samples[i]));
            try {
                AttentionImages.write(result, i, file);
            } catch (java.io.IOException e) {
                throw new CommandFailedException("cannot write " + file + ": " + e.getMessage());
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sample", samples[i]);
            row.put("steps", result.lengths()[i]);
            row.put("input", input(result.inputs().get(i), names));
            row.put("file", file.toString());
            rows.add(row);
            text.append(String.format(Locale.ROOT, "sample %d (%d steps): %s%n", samples[i], result.lengths()[i], file));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", target.model().toString());
        json.put("dataset", target.spec());
        json.put("split", target.split());
        json.put("layers", layers);
        json.put("samples", rows);
        context.print(json, text.toString().stripTrailing());
        return 0;
    }

    /** The token ids a sample's input holds, as names where the data names them (a text's characters), else as numbers. */
    private static List<Object> input(HostTensor tensor, List<String> names) {
        List<Object> values = new ArrayList<>();
        if (tensor.longs() != null) {
            for (long id : tensor.longs()) {
                values.add(names.isEmpty() || id >= names.size() ? (Object) id : names.get((int) id));
            }
        } else if (tensor.floats() != null) {
            for (float v : tensor.floats()) {
                values.add((double) v);
            }
        }
        return values;
    }

    /** One past the largest token id the samples hold (0 for values). */
    private static int alphabet(AttentionMaps.Result result) {
        long largest = -1;
        for (HostTensor tensor : result.inputs()) {
            if (tensor.longs() != null) {
                for (long id : tensor.longs()) {
                    largest = Math.max(largest, id);
                }
            }
        }
        return (int) (largest + 1);
    }

    private static List<Double> values(float[] map) {
        List<Double> values = new ArrayList<>(map.length);
        for (float v : map) {
            values.add((double) v);
        }
        return values;
    }
}
