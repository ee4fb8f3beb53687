package dev.dendrite.analysis.experiment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A sweep's random search (Bergstra and Bengio, 2012): {@code trials} settings, each drawn afresh
 * from its distribution: a list (one of its values), {@code {"log": [low, high]}} (log-uniform,
 * for rates and decays), {@code {"uniform": [low, high]}} or {@code {"int": [low, high]}} (a whole
 * number, both ends included). Continuous draws keep three significant digits, so run names stay
 * readable. The draws follow {@code seed} (default 1): the same file expands to the same runs,
 * which is how running a sweep again trains only what is left.
 *
 * <pre>"random": {"trials": 20, "lr": {"log": [1e-4, 0.1]}, "batch": [32, 64, 128], "momentum": {"uniform": [0.8, 0.99]}}</pre>
 */
final class RandomSearch {

    /** The key of a variant's trial number: it names the run and is no setting. */
    static final String TRIAL = "trial";

    private static final MathContext THREE_DIGITS = new MathContext(3);

    private RandomSearch() {
    }

    /**
     * The variants of a "random" object, each named by its trial first ("trial" is not a setting, but keeps two draws that
     * round alike apart); {@code known} checks a setting's name.
     *
     * @throws IllegalArgumentException naming what is wrong (one line)
     */
    static List<Map<String, Object>> variants(JsonElement element, String source, UnaryOperator<String> known) {
        if (!element.isJsonObject()) {
            throw new IllegalArgumentException(source + ": \"random\" must map \"trials\" and settings to their distributions");
        }
        JsonObject random = element.getAsJsonObject();
        if (!random.has("trials") || !random.get("trials").isJsonPrimitive() || !random.get("trials").getAsJsonPrimitive().isNumber()
                || random.get("trials").getAsDouble() < 1 || random.get("trials").getAsDouble() != Math.rint(random.get("trials").getAsDouble())) {
            throw new IllegalArgumentException(source + ": \"random\" needs \"trials\", how many settings to draw (a whole number, 1 or more)");
        }
        int trials = random.get("trials").getAsInt();
        long seed = random.has("seed") ? random.get("seed").getAsLong() : 1;
        Map<String, JsonElement> axes = new LinkedHashMap<>();
        for (var entry : random.entrySet()) {
            if (!entry.getKey().equals("trials") && !entry.getKey().equals("seed")) {
                String key = known.apply(entry.getKey());
                check(key, entry.getValue(), source);
                axes.put(key, entry.getValue());
            }
        }
        if (axes.isEmpty()) {
            throw new IllegalArgumentException(source + ": \"random\" draws no setting (give e.g. \"lr\": {\"log\": [1e-4, 0.1]})");
        }
        SplittableRandom draws = new SplittableRandom(seed);
        List<Map<String, Object>> variants = new ArrayList<>();
        for (int trial = 1; trial <= trials; trial++) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put(TRIAL, (double) trial);
            axes.forEach((key, distribution) -> settings.put(key, draw(distribution, draws)));
            variants.add(settings);
        }
        return variants;
    }

    /** A distribution's shape and bounds, checked before anything is drawn. */
    private static void check(String key, JsonElement distribution, String source) {
        String problem = source + ": random setting \"" + key + "\" needs a list of values or {\"log\"|\"uniform\"|\"int\": [low, high]}";
        if (distribution.isJsonArray()) {
            if (distribution.getAsJsonArray().isEmpty()) {
                throw new IllegalArgumentException(problem);
            }
            distribution.getAsJsonArray().forEach(Sweep::value);
            return;
        }
        if (!distribution.isJsonObject() || distribution.getAsJsonObject().size() != 1) {
            throw new IllegalArgumentException(problem);
        }
        var only = distribution.getAsJsonObject().entrySet().iterator().next();
        if (!List.of("log", "uniform", "int").contains(only.getKey()) || !only.getValue().isJsonArray()
                || only.getValue().getAsJsonArray().size() != 2) {
            throw new IllegalArgumentException(problem);
        }
        JsonArray bounds = only.getValue().getAsJsonArray();
        double low = bounds.get(0).getAsDouble();
        double high = bounds.get(1).getAsDouble();
        if (!(low < high) || only.getKey().equals("log") && low <= 0 || only.getKey().equals("int") && Math.floor(high) < Math.ceil(low)) {
            throw new IllegalArgumentException(source + ": random setting \"" + key + "\": " + only.getKey() + " needs low < high"
                    + (only.getKey().equals("log") ? " and low > 0" : only.getKey().equals("int") ? " with a whole number between" : "")
                    + ", not [" + bounds.get(0) + ", " + bounds.get(1) + "]");
        }
    }

    private static Object draw(JsonElement distribution, SplittableRandom random) {
        if (distribution.isJsonArray()) {
            JsonArray values = distribution.getAsJsonArray();
            return Sweep.value(values.get(random.nextInt(values.size())));
        }
        var only = distribution.getAsJsonObject().entrySet().iterator().next();
        double low = only.getValue().getAsJsonArray().get(0).getAsDouble();
        double high = only.getValue().getAsJsonArray().get(1).getAsDouble();
        return switch (only.getKey()) {
            case "log" -> rounded(Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low))));
            case "uniform" -> rounded(low + random.nextDouble() * (high - low));
            default -> (double) (Math.round(Math.ceil(low)) + random.nextLong(Math.round(Math.floor(high)) - Math.round(Math.ceil(low)) + 1));
        };
    }

    private static double rounded(double value) {
        return new BigDecimal(value).round(THREE_DIGITS).doubleValue();
    }
}
