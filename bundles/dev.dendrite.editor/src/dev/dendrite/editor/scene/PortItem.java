package dev.dendrite.editor.scene;

/**
 * One port of a node: inputs on the west side, outputs on the east side, in the kind's order.
 *
 * @param name the port's name in the model ("" is never used: the primary port has its real name)
 * @param required whether an input must be connected (drawn filled)
 */
public record PortItem(String name, boolean input, int index, boolean required) {
}
