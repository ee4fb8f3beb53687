package dev.dendrite.train.bench;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;

/** One measured configuration: a network, an optimizer and a batch size; {@code training} false measures inference. */
public record BenchmarkCase(String name, Network network, OptimizerKind optimizer, int batch, boolean training) {
}
