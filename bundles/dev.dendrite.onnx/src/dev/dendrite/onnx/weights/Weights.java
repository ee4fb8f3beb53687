package dev.dendrite.onnx.weights;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.dendrite.onnx.graph.FloatTensor;

/** A network's parameter values: layer id → parameter name → tensor. Keys are {@code layerId/param} in files. */
public final class Weights {

    private final Map<String, Map<String, FloatTensor>> values = new LinkedHashMap<>();

    public Optional<FloatTensor> get(String layerId, String parameter) {
        return Optional.ofNullable(values.getOrDefault(layerId, Map.of()).get(parameter));
    }

    public void put(String layerId, String parameter, FloatTensor tensor) {
        values.computeIfAbsent(layerId, id -> new LinkedHashMap<>()).put(parameter, tensor);
    }

    /** Every tensor under its {@code layerId/param} key, in insertion order. */
    public Map<String, FloatTensor> flat() {
        Map<String, FloatTensor> flat = new LinkedHashMap<>();
        values.forEach((layer, params) -> params.forEach((name, tensor) -> flat.put(key(layer, name), tensor)));
        return Collections.unmodifiableMap(flat);
    }

    public static String key(String layerId, String parameter) {
        return layerId + "/" + parameter;
    }

    /** Splits a {@code layerId/param} key at its last slash (layer ids inside blocks contain dots, never slashes). */
    public static String[] split(String key) {
        int slash = key.lastIndexOf('/');
        if (slash <= 0 || slash == key.length() - 1) {
            throw new IllegalArgumentException("'" + key + "' is not a layer/parameter name");
        }
        return new String[] {key.substring(0, slash), key.substring(slash + 1)};
    }

    public int size() {
        return values.values().stream().mapToInt(Map::size).sum();
    }
}
