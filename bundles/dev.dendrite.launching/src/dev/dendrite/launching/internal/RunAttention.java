package dev.dendrite.launching.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.dendrite.train.run.RunJson;

/** {@code dendrite attention --json} of one sample of a run, in a trainer JVM: its attention maps, for the Attention view to draw. */
public final class RunAttention {

    private RunAttention() {
    }

    /** How one head attends over the samples read (as {@code dendrite attention} measures it). */
    public record Head(int head, double meanDistance, double entropy, int commonestOffset, double offsetShare, double alignment) {
    }

    /** One attention layer's weights for the sample, [heads, T, S] row-major: S = T in self-attention, the memory's steps in cross-attention. */
    public record Layer(String id, int heads, boolean causal, float[] map, List<Head> summary, int keySteps, boolean queriesFromInput,
            boolean keysFromInput) {

        /** The steps T that read (a map's rows). */
        public int querySteps() {
            return map.length / heads / keySteps;
        }

        /** The weight with which step {@code query} of head {@code head} reads key step {@code key}. */
        public float weight(int head, int query, int key) {
            return map[(head * querySteps() + query) * keySteps + key];
        }
    }

    /**
     * A sample's maps: its steps, what it held at each step (characters, token ids or values) and
     * every attention layer; {@code characters} where the data named its tokens (a text's characters).
     */
    public record Maps(int sample, int steps, List<String> input, boolean characters, List<Layer> layers) {

        /** The input as one line: characters side by side, ids and values apart. */
        public String text() {
            return String.join(characters ? "" : " ", input);
        }
    }

    /** The maps of sample {@code sample} of the run's {@code split}; cancelling ends the trainer JVM. */
    public static Maps run(Path run, String split, int sample, IProgressMonitor monitor) throws CoreException {
        String output = TrainerCommand.output(List.of("attention", run.toString(), "--split", split, "--samples", String.valueOf(sample),
                "--json"), run.toFile(), "Attention of sample " + sample + " of " + run.getFileName(), monitor);
        try {
            return parse(output);
        } catch (RuntimeException e) {
            throw new CoreException(Status.error("the attention maps could not be read: " + RunJson.problem(e)));
        }
    }

    /** The id of the map {@link #alignment} gives, beside the attention layers'. */
    public static final String SOURCE_SALIENCY = "source saliency";

    /**
     * An encoder-decoder's source saliency for sample {@code sample} ({@code dendrite saliency --json}, by {@code method}) as a
     * one-head map over the source: each output step's scores (the gradient's lengths, or the positive part of signed
     * attributions: the evidence for the token read) scaled to sum 1 as attention weights do, with
     * the summary an attention head gets; the maps' input is the source.
     */
    public static Maps alignment(Path run, String split, int sample, String method, IProgressMonitor monitor) throws CoreException {
        String output = TrainerCommand.output(List.of("saliency", run.toString(), "--split", split, "--samples", String.valueOf(sample),
                "--method", method, "--json"), run.toFile(), "Source saliency of sample " + sample + " of " + run.getFileName(), monitor);
        try {
            return parseAlignment(output);
        } catch (RuntimeException e) {
            throw new CoreException(Status.error("the source saliency could not be read: " + RunJson.problem(e)));
        }
    }

    /** The first sample of {@code dendrite saliency --json} for an encoder-decoder, as maps of one layer. */
    public static Maps parseAlignment(String json) {
        JsonObject object = RunJson.parse(json);
        JsonObject sample = object.getAsJsonArray("samples").get(0).getAsJsonObject();
        // Signed attributions (input × gradient, integrated gradients): the evidence for the token read, not against it.
        boolean signed = !"gradient".equals(object.get("method").getAsString());
        JsonArray rows = sample.getAsJsonArray("map");
        List<String> source = new ArrayList<>();
        sample.getAsJsonArray("source").forEach(e -> source.add(e.getAsString()));
        int keys = source.size();
        float[] map = new float[rows.size() * keys];
        for (int i = 0; i < rows.size(); i++) {
            JsonArray row = rows.get(i).getAsJsonArray();
            double[] share = new double[keys];
            double sum = 0;
            for (int j = 0; j < keys; j++) {
                double v = row.get(j).getAsDouble();
                share[j] = signed ? Math.max(0, v) : Math.abs(v);
                sum += share[j];
            }
            for (int j = 0; j < keys; j++) {
                map[i * keys + j] = sum > 0 ? (float) (share[j] / sum) : 0f;
            }
        }
        var head = dev.dendrite.analysis.evaluation.AttentionMaps.summary(map, 0, 1, keys);
        Layer layer = new Layer(SOURCE_SALIENCY, 1, false, map, List.of(new Head(0, head.meanDistance(), head.entropy(), head.commonestOffset(),
                head.offsetShare(), head.alignment())), keys, false, true);
        return new Maps(sample.get("sample").getAsInt(), keys, List.copyOf(source), false, List.of(layer));
    }

    /** {@code maps} with the layers of {@code more} after its own. */
    public static Maps with(Maps maps, Maps more) {
        List<Layer> layers = new ArrayList<>(maps.layers());
        layers.addAll(more.layers());
        return new Maps(maps.sample(), maps.steps(), maps.input(), maps.characters(), List.copyOf(layers));
    }

    /** A flag of a layer's entry; true where an older trainer did not write it (self-attention over the input). */
    private static boolean flag(JsonObject layer, String key) {
        return !layer.has(key) || layer.get(key).getAsBoolean();
    }

    /** The first sample's maps in the output of {@code dendrite attention --json}. */
    public static Maps parse(String json) {
        JsonObject object = RunJson.parse(json);
        JsonObject sample = object.getAsJsonArray("samples").get(0).getAsJsonObject();
        List<String> input = new ArrayList<>();
        boolean characters = !sample.getAsJsonArray("input").isEmpty();
        for (JsonElement e : sample.getAsJsonArray("input")) {
            characters &= !e.getAsJsonPrimitive().isNumber();
            input.add(e.getAsJsonPrimitive().isNumber() && e.getAsDouble() != Math.rint(e.getAsDouble())
                    ? String.format(java.util.Locale.ROOT, "%.2f", e.getAsDouble()) : e.getAsString());
        }
        List<Layer> layers = new ArrayList<>();
        for (JsonElement e : object.getAsJsonArray("layers")) {
            JsonObject layer = e.getAsJsonObject();
            JsonArray values = layer.getAsJsonArray("maps").get(0).getAsJsonArray();
            float[] map = new float[values.size()];
            for (int i = 0; i < map.length; i++) {
                map[i] = values.get(i).getAsFloat();
            }
            List<Head> summary = new ArrayList<>();
            for (JsonElement h : layer.getAsJsonArray("summary")) {
                JsonObject head = h.getAsJsonObject();
                summary.add(new Head(head.get("head").getAsInt(), head.get("meanDistance").getAsDouble(), head.get("entropy").getAsDouble(),
                        head.get("commonestOffset").getAsInt(), head.get("offsetShare").getAsDouble(),
                        head.has("alignment") ? head.get("alignment").getAsDouble() : Double.NaN));
            }
            int heads = layer.get("heads").getAsInt();
            // keySteps came with cross-attention; a self-attention map without it is square.
            int keySteps = layer.has("keySteps") ? layer.getAsJsonArray("keySteps").get(0).getAsInt()
                    : (int) Math.round(Math.sqrt(map.length / (double) Math.max(1, heads)));
            layers.add(new Layer(layer.get("layer").getAsString(), heads, layer.get("causal").getAsBoolean(), map,
                    List.copyOf(summary), Math.max(1, keySteps), flag(layer, "queriesFromInput"), flag(layer, "keysFromInput")));
        }
        return new Maps(sample.get("sample").getAsInt(), sample.get("steps").getAsInt(), List.copyOf(input), characters, List.copyOf(layers));
    }
}
