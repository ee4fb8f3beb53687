package dev.dendrite.train.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Turns a train step's statistics outputs into a "health" record of the run's metrics
 * ({@code {"type":"health","epoch","step","layers":{ID:{mean,std,dead,saturated,min,max,histogram,
 * gradientNorm,weightNorm,updateRatio}}}}) and says, once per layer and kind, what looks wrong:
 * dead units, saturated units, vanishing gradients, updates too large for the weights.
 */
final class HealthRecords {

    /** Warn above these: half the units dead or saturated, an update over a tenth of the weights, a gradient norm under 1e-7. */
    static final double DEAD = 0.5;
    static final double SATURATED = 0.5;
    static final double UPDATE_RATIO = 0.1;
    static final double VANISHING = 1e-7;

    private final Set<String> warned = new HashSet<>();
    private final List<String> pending = new ArrayList<>();

    Map<String, Object> record(OrtSession.Result result, List<String> layers, int epoch, long step, Map<String, Object> gradientNorms)
            throws OrtException {
        Map<String, Object> byLayer = new LinkedHashMap<>();
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
                warn(layer, values, step);
            }
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", "health");
        record.put("epoch", epoch);
        record.put("step", step);
        record.put("layers", byLayer);
        return record;
    }

    /** The warnings found since the last call. */
    List<String> warnings() {
        List<String> said = List.copyOf(pending);
        pending.clear();
        return said;
    }

    private void warn(String layer, Map<String, Object> values, long step) {
        if (values.get("dead") instanceof Double dead && dead > DEAD) {
            once(layer, "dead", String.format(Locale.ROOT, "warning at step %d: %.0f%% of %s's units are dead (never positive in a batch): "
                    + "lower the learning rate, or use LeakyReLU, ELU or GELU", step, 100 * dead, layer));
        }
        if (values.get("saturated") instanceof Double saturated && saturated > SATURATED) {
            once(layer, "saturated", String.format(Locale.ROOT, "warning at step %d: %.0f%% of %s's outputs are saturated (their gradient "
                    + "is almost 0): normalise the inputs or initialise smaller", step, 100 * saturated, layer));
        }
        if (values.get("gradientNorm") instanceof Double norm && norm < VANISHING) {
            once(layer, "vanishing", String.format(Locale.ROOT, "warning at step %d: %s's gradient norm is %.1e: its gradients vanish",
                    step, layer, norm));
        }
        if (values.get("updateRatio") instanceof Double ratio && ratio > UPDATE_RATIO) {
            once(layer, "update", String.format(Locale.ROOT, "warning at step %d: one update changed %s's weights by %.0f%% of their norm: "
                    + "the learning rate is likely too high", step, layer, 100 * ratio));
        }
    }

    private void once(String layer, String kind, String message) {
        if (warned.add(layer + "/" + kind)) {
            pending.add(message);
        }
    }

    private static void put(Map<String, Object> values, String key, OrtSession.Result result, String output) {
        var tensor = result.get(output);
        if (tensor.isPresent()) {
            double value = ((OnnxTensor) tensor.get()).getFloatBuffer().get(0);
            values.put(key, Double.isFinite(value) ? value : null);
        }
    }
}
