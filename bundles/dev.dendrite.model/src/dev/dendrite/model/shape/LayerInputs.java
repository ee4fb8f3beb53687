package dev.dendrite.model.shape;

import java.util.Map;
import java.util.function.BiConsumer;

import dev.dendrite.model.network.Layer;

/** What a shape rule sees: the layer, the values on its connected input ports, and a place for warnings. */
public final class LayerInputs {

    private final Layer layer;
    private final Map<String, Value> values;
    private final String primaryPort;
    private final BiConsumer<String, String> warnings;

    LayerInputs(Layer layer, Map<String, Value> values, String primaryPort, BiConsumer<String, String> warnings) {
        this.layer = layer;
        this.values = values;
        this.primaryPort = primaryPort;
        this.warnings = warnings;
    }

    public Layer layer() {
        return layer;
    }

    /** The value on a port, or null when the port is not connected. */
    public Value value(String port) {
        return values.get(port);
    }

    public Value primary() {
        Value value = values.get(primaryPort);
        if (value == null) {
            throw new ShapeException(primaryPort, "input '" + primaryPort + "' is not connected");
        }
        return value;
    }

    public String primaryPort() {
        return primaryPort;
    }

    public Map<String, Value> all() {
        return values;
    }

    /** The primary input, which must have one of the given ranks. */
    public Value primaryWithRank(String expected, int... ranks) {
        Value value = primary();
        for (int rank : ranks) {
            if (value.rank() == rank) {
                return value;
            }
        }
        throw new ShapeException(primaryPort, "expects " + expected + ", got " + value.shape());
    }

    public void warn(String port, String message) {
        warnings.accept(port, message);
    }

    /** Fails unless {@code value >= min}; names the setting in the message. */
    public static void atLeast(String setting, long value, long min) {
        if (value < min) {
            throw new ShapeException(null, setting + " must be at least " + min + ", is " + value);
        }
    }

    /** A known size of the given dim, or a clear failure naming what needed it. */
    public static long known(Value value, int index, String port, String what) {
        long size = value.shape().size(index);
        if (size < 0) {
            throw new ShapeException(port, what + " must be known, but the input " + value.shape() + " leaves it symbolic");
        }
        return size;
    }
}
