package dev.dendrite.model.shape;

/** What a value flowing along a connection is, beyond its shape: graph layers need graph data. */
public enum ValueKind {
    /** An ordinary tensor (batch first). */
    TENSOR,
    /** Node features [V, F] of a (batch of) graph(s). */
    NODES,
    /** Edge index [2, E] (int64): source and target node of each edge. */
    EDGE_INDEX,
    /** Edge features [E, F]. */
    EDGE_FEATURES,
    /** Graph assignment [V] (int64): which graph of the batch each node belongs to. */
    GRAPH_ASSIGNMENT,
    /** A scalar training loss. */
    LOSS
}
