package dev.dendrite.editor.scene;

/** What lies under a point: a port of a node, a node, an edge, or nothing. */
public record Hit(Kind kind, NodeItem node, PortItem port, EdgeItem edge) {

    public enum Kind {
        NOTHING, PORT, NODE, EDGE
    }

    public static final Hit NOTHING = new Hit(Kind.NOTHING, null, null, null);
}
