package dev.dendrite.analysis.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.dendrite.train.run.RunJson;

/**
 * A sweep file: a network, settings shared by every run, a grid of settings (every combination),
 * a random search ({@link RandomSearch}) and/or a list of runs, and seeds; it expands to one
 * {@link RunSpec} per variant and seed.
 *
 * <pre>{"network": "nets/mlp.dnet", "epochs": 5, "grid": {"lr": [0.01, 0.03], "batch": [32, 64]}, "seeds": [1, 2]}</pre>
 *
 * @param network the .dnet file, resolved against the sweep file's folder
 * @param halving successive halving of the runs ({@code "halving"}), or null: every run trains all its epochs
 */
public record Sweep(String name, Path network, Map<String, Object> shared, List<Map<String, Object>> variants, List<Long> seeds,
        Halving halving) {

    /** A sweep trained whole. */
    public Sweep(String name, Path network, Map<String, Object> shared, List<Map<String, Object>> variants, List<Long> seeds) {
        this(name, network, shared, variants, seeds, null);
    }

    /** The settings a run may override. */
    public static final Set<String> SETTINGS = Set.of("data", "epochs", "batch", "optimizer", "lr", "momentum", "weightDecay", "clip",
            "patience", "threads", "augment", "freeze", "trainOnly", "labelSmoothing", "classWeights", "ema", "mixup", "teacher",
            "distillTemperature", "distillWeight", "adversarial", "adversarialRange", "adversarialSteps", "certified", "certifiedRange", "certifiedWarmup", "certifiedRamp", "certifiedWeight",
            "certifiedBounds",
            "beta1", "beta2",
            "discriminatorLr", "discriminatorSteps", SweepJudging.JUDGE, SweepJudging.EVERY, SweepJudging.SAMPLES);
    private static final int MAX_RUNS = 10_000;

    /**
     * @throws IllegalArgumentException naming what is wrong with the file (one line)
     */
    public static Sweep read(Path file) throws IOException {
        String source = file.getFileName().toString();
        JsonObject json;
        try {
            JsonElement parsed = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (!parsed.isJsonObject()) {
                throw new IllegalArgumentException(source + " is not a JSON object");
            }
            json = parsed.getAsJsonObject();
        } catch (com.google.gson.JsonParseException e) {
            throw new IllegalArgumentException(source + " is not valid JSON: " + RunJson.problem(e));
        }
        if (!json.has("network") || !json.get("network").isJsonPrimitive()) {
            throw new IllegalArgumentException(source + " names no \"network\" (the .dnet file to train)");
        }
        Path network = file.toAbsolutePath().getParent().resolve(json.get("network").getAsString()).normalize();
        Map<String, Object> shared = new LinkedHashMap<>();
        List<Map<String, Object>> variants = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        JsonElement halving = null;
        int hyperbandTrials = hyperbandTrials(json, source);
        for (var entry : json.entrySet()) {
            String key = entry.getKey();
            switch (key) {
                case "network", "name" -> {
                    // read above / below
                }
                case "halving" -> halving = entry.getValue();
                case "seeds" -> {
                    if (!entry.getValue().isJsonArray() || entry.getValue().getAsJsonArray().isEmpty()) {
                        throw new IllegalArgumentException(source + ": \"seeds\" must be a non-empty list of whole numbers");
                    }
                    entry.getValue().getAsJsonArray().forEach(s -> seeds.add(s.getAsLong()));
                }
                case "grid" -> variants.addAll(grid(entry.getValue(), source));
                case "random" -> variants.addAll(RandomSearch.variants(hyperbandTrials == 0 ? entry.getValue() : withTrials(entry.getValue(),
                        hyperbandTrials, source), source, setting -> known(setting, source)));
                case "runs" -> {
                    if (!entry.getValue().isJsonArray()) {
                        throw new IllegalArgumentException(source + ": \"runs\" must be a list of settings objects");
                    }
                    for (JsonElement run : entry.getValue().getAsJsonArray()) {
                        Map<String, Object> settings = new LinkedHashMap<>();
                        for (var setting : run.getAsJsonObject().entrySet()) {
                            settings.put(known(setting.getKey(), source), value(setting.getValue()));
                        }
                        variants.add(settings);
                    }
                }
                default -> shared.put(known(key, source), value(entry.getValue()));
            }
        }
        if (hyperbandTrials > 0 && (json.has("grid") || json.has("runs") || !json.has("random"))) {
            throw new IllegalArgumentException(source + ": Hyperband draws its trials from a \"random\" search (its brackets decide how many, "
                    + hyperbandTrials + " here): no \"grid\" or \"runs\"");
        }
        if (variants.isEmpty()) {
            variants.add(Map.of());
        }
        // A teacher and a judge are paths, resolved as the network is; one for every run (run directories are named by what varies).
        sharedModel(file, source, shared, variants, "teacher", " and vary distillTemperature or distillWeight");
        sharedModel(file, source, shared, variants, SweepJudging.JUDGE, "");
        if (seeds.isEmpty()) {
            seeds.add(1L);
        }
        if ((long) variants.size() * seeds.size() > MAX_RUNS) {
            throw new IllegalArgumentException(source + " expands to " + (long) variants.size() * seeds.size() + " runs; at most " + MAX_RUNS);
        }
        String name = json.has("name") ? json.get("name").getAsString() : source.replaceAll("\\.json$", "");
        return new Sweep(name, network, shared, variants, seeds, halving == null ? null : halving(halving, shared, variants, source));
    }

    /**
     * Resolves the model path {@code key} names beside the sweep file, a run directory to its model.onnx (as train --teacher and
     * --judge take them); refused where a variant sets it, since every run shares it.
     */
    private static void sharedModel(Path file, String source, Map<String, Object> shared, List<Map<String, Object>> variants, String key,
            String instead) {
        if (variants.stream().anyMatch(v -> v.containsKey(key))) {
            throw new IllegalArgumentException(source + ": \"" + key + "\" is a path every run shares; set it beside \"network\"" + instead);
        }
        if (shared.get(key) instanceof String path) {
            Path resolved = file.toAbsolutePath().getParent().resolve(path).normalize();
            shared.put(key, (java.nio.file.Files.isDirectory(resolved) ? resolved.resolve("model.onnx") : resolved).toString());
        }
    }

    /** Every variant with every seed, named by what it sets ("lr=0.01,batch=32,seed=1"). */
    public List<RunSpec> expand() {
        List<RunSpec> specs = new ArrayList<>();
        for (Map<String, Object> variant : variants) {
            for (long seed : seeds) {
                Map<String, Object> settings = new LinkedHashMap<>(shared);
                settings.putAll(variant);
                List<String> parts = new ArrayList<>();
                variant.forEach((key, value) -> parts.add(key + "=" + text(value)));
                // A random search's trial number names the run only: it is no setting of training.
                settings.remove(RandomSearch.TRIAL);
                parts.add("seed=" + seed);
                specs.add(new RunSpec(String.join(",", parts), settings, seed));
            }
        }
        return specs;
    }

    /** How many trials a Hyperband sweep's brackets draw, or 0 for any other sweep (read first: the random search needs it). */
    private static int hyperbandTrials(JsonObject json, String source) {
        JsonElement halving = json.get("halving");
        JsonElement epochs = json.get("epochs");
        if (halving == null || !halving.isJsonObject() || !halving.getAsJsonObject().has("hyperband") || epochs == null
                || !epochs.isJsonPrimitive() || !epochs.getAsJsonPrimitive().isNumber() || epochs.getAsDouble() < 1
                || epochs.getAsDouble() != Math.rint(epochs.getAsDouble())) {
            return 0; // no Hyperband, or a problem the halving's own check names below
        }
        Halving read = Halving.read(halving, source, epochs.getAsInt());
        return read.hyperband() ? read.trials() : 0;
    }

    /** The random search with the trials Hyperband's brackets need; a different count in the file is refused, not overridden. */
    private static JsonElement withTrials(JsonElement random, int trials, String source) {
        if (!random.isJsonObject()) {
            return random; // named by RandomSearch
        }
        JsonObject copy = random.getAsJsonObject().deepCopy();
        JsonElement given = copy.get("trials");
        if (given != null && !(given.isJsonPrimitive() && given.getAsJsonPrimitive().isNumber() && given.getAsDouble() == trials)) {
            throw new IllegalArgumentException(source + ": Hyperband's brackets draw " + trials + " trials for these epochs, eta and minEpochs: "
                    + "leave \"trials\" out of \"random\" (it is " + given + ")");
        }
        copy.addProperty("trials", trials);
        return copy;
    }

    /** Successive halving over the sweep's epochs, which every run shares (the last rung). */
    private static Halving halving(JsonElement element, Map<String, Object> shared, List<Map<String, Object>> variants, String source) {
        if (variants.stream().anyMatch(v -> v.containsKey("epochs"))) {
            throw new IllegalArgumentException(source + ": successive halving gives every run the sweep's \"epochs\" (its last rung): do not "
                    + "vary it");
        }
        if (!(shared.get("epochs") instanceof Double epochs) || epochs != Math.rint(epochs) || epochs < 1) {
            throw new IllegalArgumentException(source + ": successive halving needs the sweep's \"epochs\" (a whole number: the last rung's)");
        }
        return Halving.read(element, source, epochs.intValue());
    }

    private static List<Map<String, Object>> grid(JsonElement element, String source) {
        if (!element.isJsonObject()) {
            throw new IllegalArgumentException(source + ": \"grid\" must map settings to lists of values");
        }
        List<Map<String, Object>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>());
        for (var axis : element.getAsJsonObject().entrySet()) {
            String key = known(axis.getKey(), source);
            if (!axis.getValue().isJsonArray() || axis.getValue().getAsJsonArray().isEmpty()) {
                throw new IllegalArgumentException(source + ": grid setting \"" + key + "\" needs a non-empty list of values");
            }
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : combinations) {
                for (JsonElement value : axis.getValue().getAsJsonArray()) {
                    Map<String, Object> extended = new LinkedHashMap<>(partial);
                    extended.put(key, value(value));
                    next.add(extended);
                }
            }
            combinations = next;
        }
        return combinations;
    }

    private static String known(String key, String source) {
        if (!SETTINGS.contains(key)) {
            throw new IllegalArgumentException(source + ": unknown setting \"" + key + "\"; a sweep sets " + String.join(", ", SETTINGS.stream()
                    .sorted().toList()) + " (and network, name, grid, random, runs, seeds, halving)");
        }
        return key;
    }

    static Object value(JsonElement element) {
        if (!element.isJsonPrimitive()) {
            throw new IllegalArgumentException("a setting's value must be a number or a string, not " + element);
        }
        var primitive = element.getAsJsonPrimitive();
        return primitive.isNumber() ? (Object) primitive.getAsDouble() : primitive.getAsString();
    }

    static String text(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return value instanceof Double d ? String.format(Locale.ROOT, "%s", d) : value.toString();
    }
}
