package dev.dendrite.launching.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.dendrite.train.run.RunJson;

/**
 * {@code dendrite saliency --json} of a run's samples in a trainer JVM: each sample's map (a picture's), or its scores
 * per token (a token model's), for the Evaluation view to overlay.
 */
public final class RunSaliency {

    private RunSaliency() {
    }

    /**
     * Saliency maps by sample index, each {@code shape} (the map's height and width for images; null: scores per token); a
     * tagger's by sample and step ({@code bySteps}, keyed {@link #step}); a graph network's scores per node by sample, and
     * per edge ({@code edgesBySample}, empty for other models).
     */
    public record Maps(Map<Integer, float[]> bySample, long[] shape, Map<String, float[]> bySteps, Map<Integer, float[]> edgesBySample) {
    }

    /** The key of a tagger's step in {@link Maps#bySteps}. */
    public static String step(int sample, int position) {
        return sample + "@" + position;
    }

    /**
     * The SmoothGrad maps (a token model's gradient scores) of the predicted class for {@code samples} of the run's
     * {@code split}; cancelling ends the trainer JVM.
     */
    public static Maps run(Path run, String split, List<Integer> samples, IProgressMonitor monitor) throws CoreException {
        return run(run, split, samples, null, null, monitor);
    }

    /**
     * As above; for a tagger, each sample's {@code positions} (one per sample, or null for none); by {@code method} (a
     * {@code --method} word), or the command's default for the data where null.
     */
    public static Maps run(Path run, String split, List<Integer> samples, List<Integer> positions, String method, IProgressMonitor monitor)
            throws CoreException {
        String list = samples.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<String> args = new java.util.ArrayList<>(List.of("saliency", run.toString(), "--split", split, "--samples", list));
        if (positions != null) {
            args.addAll(List.of("--positions", positions.stream().map(String::valueOf).collect(Collectors.joining(","))));
        }
        if (method != null) {
            args.addAll(List.of("--method", method));
        }
        args.add("--json");
        String output = TrainerCommand.output(args, run.toFile(), "Saliency of " + samples.size() + " samples of " + run.getFileName(), monitor);
        try {
            return parse(output);
        } catch (RuntimeException e) {
            throw new CoreException(Status.error("the saliency's output could not be read: " + RunJson.problem(e)));
        }
    }

    /** The maps of {@code dendrite saliency --json}: a picture's ({@code map}), a sequence's ({@code scores}) or a graph's ({@code nodes}, {@code edgeScores}). */
    public static Maps parse(String json) {
        JsonObject object = RunJson.parse(json);
        JsonArray shape = object.getAsJsonArray("mapShape");
        long[] dims = shape == null ? null : new long[shape.size()];
        for (int i = 0; dims != null && i < dims.length; i++) {
            dims[i] = shape.get(i).getAsLong();
        }
        Map<Integer, float[]> maps = new HashMap<>();
        Map<String, float[]> steps = new HashMap<>();
        Map<Integer, float[]> edges = new HashMap<>();
        boolean graphs = object.has("unit");
        for (JsonElement e : object.getAsJsonArray("samples")) {
            JsonObject sample = e.getAsJsonObject();
            if (sample.has("decoderInput")) {
                // An encoder-decoder's pair: a row of scores over the source per output step.
                JsonArray rows = sample.getAsJsonArray("map");
                for (int t = 0; t < rows.size(); t++) {
                    steps.put(step(sample.get("sample").getAsInt(), t), floats(rows.get(t).getAsJsonArray()));
                }
                continue;
            }
            // Attributions come signed (evidence against the class too): their signed map where given.
            JsonArray values = sample.getAsJsonArray(graphs ? "nodes" : dims == null ? "scores" : sample.has("signedMap") ? "signedMap" : "map");
            float[] map = floats(values);
            maps.put(sample.get("sample").getAsInt(), map);
            if (graphs) {
                edges.put(sample.get("sample").getAsInt(), floats(sample.getAsJsonArray("edgeScores")));
            }
            if (sample.has("position") && sample.get("position").isJsonPrimitive()) {
                steps.put(step(sample.get("sample").getAsInt(), sample.get("position").getAsInt()), map);
            }
        }
        return new Maps(Map.copyOf(maps), dims, Map.copyOf(steps), Map.copyOf(edges));
    }

    private static float[] floats(JsonArray values) {
        float[] floats = new float[values.size()];
        for (int i = 0; i < floats.length; i++) {
            floats[i] = values.get(i).getAsFloat();
        }
        return floats;
    }
}
