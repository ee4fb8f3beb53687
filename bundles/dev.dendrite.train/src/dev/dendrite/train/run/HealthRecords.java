package dev.dendrite.train.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Turns a train step's statistics outputs into a "health" record of the run's metrics
 * ({@code {"type":"health","epoch","step","layers":{ID:{mean,std,dead,saturated,min,max,histogram,
 * gradientNorm,weightNorm,updateRatio}}}}) and hands it to the {@link HealthRules}, keeping what
 * they raise for the loop to write and say.
 */
final class HealthRecords {

    private final HealthRules rules = new HealthRules();
    private final List<HealthWarning> pending = new ArrayList<>();

    Map<String, Object> record(OrtSession.Result result, List<String> layers, int epoch, long step, Map<String, Object> gradientNorms)
            throws OrtException {
        Map<String, Map<String, Object>> byLayer = new LinkedHashMap<>();
        for (String layer : layers) {
            Map<String, Object> values = new LinkedHashMap<>();
            put(values, "mean", result, "act_mean:" + layer);
            put(values, "std", result, "act_std:" + layer);
            put(values, "dead", result, "act_dead:" + layer);
            put(values, "saturated", result, "act_saturated:" + layer);
            put(values, "min", result, "act_min:" + layer);
            put(values, "max", result, "act_max:" + layer);
            var histogram = result.get("act_hist:" + layer);
            if (histogram.isPresent()) {
                var buffer = ((OnnxTensor) histogram.get()).getFloatBuffer();
                List<Long> counts = new ArrayList<>();
                while (buffer.hasRemaining()) {
                    counts.add((long) buffer.get());
                }
                values.put("histogram", counts);
            }
            if (gradientNorms.get(layer) instanceof Double norm) {
                values.put("gradientNorm", norm);
            }
            put(values, "weightNorm", result, "weight_norm:" + layer);
            put(values, "updateRatio", result, "update_ratio:" + layer);
            if (!values.isEmpty()) {
                byLayer.put(layer, values);
            }
        }
        pending.addAll(rules.apply(byLayer, epoch, step));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", "health");
        record.put("epoch", epoch);
        record.put("step", step);
        record.put("layers", byLayer);
        return record;
    }

    /** The warnings raised since the last call. */
    List<HealthWarning> warnings() {
        List<HealthWarning> said = List.copyOf(pending);
        pending.clear();
        return said;
    }

    private static void put(Map<String, Object> values, String key, OrtSession.Result result, String output) {
        var tensor = result.get(output);
        if (tensor.isPresent()) {
            double value = ((OnnxTensor) tensor.get()).getFloatBuffer().get(0);
            values.put(key, Double.isFinite(value) ? value : null);
        }
    }
}
