package dev.dendrite.train.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSyntaxException;

/**
 * The run directory's JSON, written and read with Gson. Non-finite numbers become {@code null}
 * (JSON has no NaN), so every file stays readable by any JSON tool.
 */
public final class RunJson {

    private static final Gson COMPACT = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    private static final Gson PRETTY = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();

    private RunJson() {
    }

    /** One line of JSON (metrics.jsonl records). */
    public static String line(Map<String, ?> values) {
        return COMPACT.toJson(tree(values));
    }

    /** Indented JSON (config, summary, status, checkpoint state). */
    public static String document(Map<String, ?> values) {
        return PRETTY.toJson(tree(values)) + "\n";
    }

    /** @throws JsonSyntaxException when the text is not one JSON object */
    public static JsonObject parse(String text) {
        JsonElement element = JsonParser.parseString(text);
        if (!element.isJsonObject()) {
            throw new JsonSyntaxException("not a JSON object");
        }
        return element.getAsJsonObject();
    }

    /**
     * What is wrong with unreadable JSON, in one line for the user: Gson's own message without the
     * exception class it wraps or the troubleshooting link it appends, for example "unterminated
     * object at line 1 column 16 (at $.network)".
     */
    public static String problem(RuntimeException e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest && deepest.getCause().getMessage() != null) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() == null ? "no detail" : deepest.getMessage().lines().findFirst().orElse("no detail").strip();
        message = message.replaceFirst("^[\\w.$]+(Exception|Error): ", "").replaceFirst("^Use JsonReader\\.set\\w+\\([^)]*\\) to accept ", "")
                .replaceFirst(" path \\$$", "")
                .replaceFirst(" path (\\$\\S*)$", " (at $1)");
        return message.isEmpty() ? "no detail" : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    public static JsonElement tree(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof JsonElement element) {
            return element;
        }
        if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof Number number) {
            return new JsonPrimitive(number);
        }
        if (value instanceof Boolean bool) {
            return new JsonPrimitive(bool);
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((k, v) -> object.add(String.valueOf(k), tree(v)));
            return object;
        }
        if (value instanceof List<?> list) {
            JsonArray array = new JsonArray();
            list.forEach(v -> array.add(tree(v)));
            return array;
        }
        return new JsonPrimitive(value.toString());
    }

    /** A member as a double; NaN when absent or null. */
    public static double number(JsonObject object, String name) {
        JsonElement e = object.get(name);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber() ? Double.NaN : e.getAsDouble();
    }

    /** A member as a long, or {@code fallback} when absent or not a number. */
    public static long integer(JsonObject object, String name, long fallback) {
        JsonElement e = object.get(name);
        return e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber() ? fallback : e.getAsLong();
    }

    /** A member as a string, or null when absent or null. */
    public static String text(JsonObject object, String name) {
        JsonElement e = object.get(name);
        return e == null || e.isJsonNull() ? null : e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    /** Every numeric member (what a metrics record measures), in file order. */
    public static Map<String, Double> numbers(JsonObject object) {
        Map<String, Double> values = new LinkedHashMap<>();
        object.entrySet().forEach(entry -> {
            JsonElement e = entry.getValue();
            if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
                values.put(entry.getKey(), e.getAsDouble());
            } else if (e.isJsonNull()) {
                values.put(entry.getKey(), Double.NaN);
            }
        });
        return values;
    }
}
