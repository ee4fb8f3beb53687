package dev.dendrite.model.templates;

import java.util.function.Supplier;

import dev.dendrite.model.network.Network;

/**
 * A ready-to-train example network.
 *
 * @param id the name used by {@code dendrite new ID}
 * @param topic the course topic it demonstrates
 * @param summary one line for lists and the New Network wizard
 */
public record Template(String id, String topic, String summary, Supplier<Network> factory) {

    /** A fresh network: every call builds a new one. */
    public Network create() {
        return factory.get();
    }
}
