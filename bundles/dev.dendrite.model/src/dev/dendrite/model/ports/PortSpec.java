package dev.dendrite.model.ports;

import dev.dendrite.model.shape.ValueKind;

/**
 * One port of a layer, as its kind defines it.
 *
 * @param name the port name used by connections
 * @param accepts for inputs, the value kind expected; for outputs, the kind produced
 * @param required for inputs, whether the layer cannot work without it
 * @param primary the port an empty port name in a connection means
 */
public record PortSpec(String name, ValueKind accepts, boolean required, boolean primary) {

    public static PortSpec primary(String name) {
        return new PortSpec(name, ValueKind.TENSOR, true, true);
    }

    public static PortSpec of(String name, ValueKind kind, boolean required) {
        return new PortSpec(name, kind, required, false);
    }
}
