package dev.dendrite.train.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** synthetic:lookup: every key feeds every query, and a query's label is the value of the key that shares its attribute. */
class LookupDataTest {

    private static final int K = LookupData.KEYS;

    @Test
    void eachQueryIsLabelledWithTheValueOfItsKey() {
        GraphDataset set = LookupData.lookup(20, 3);
        assertEquals(K, set.classes());
        for (GraphDataset.Graph g : set.graphs()) {
            assertEquals(2 * K, g.nodes());
            assertEquals(K * K, g.edges().length);
            for (int[] edge : g.edges()) {
                assertEquals(true, edge[0] < K && edge[1] >= K, "keys to queries only");
            }
            for (int q = K; q < 2 * K; q++) {
                int attribute = oneHot(g, q, 1);
                assertEquals(-1, oneHot(g, q, 1 + K), "a query holds no value");
                int key = -1;
                for (int k = 0; k < K; k++) {
                    if (oneHot(g, k, 1) == attribute) {
                        key = k;
                    }
                }
                assertEquals(oneHot(g, key, 1 + K), g.labels()[q], "query " + q);
                assertEquals(oneHot(g, key, 1 + K), g.labels()[key], "a key is labelled with its own value");
            }
        }
    }

    /** The index set among the K features from {@code offset} of node {@code v}, or -1. */
    private static int oneHot(GraphDataset.Graph g, int v, int offset) {
        for (int i = 0; i < K; i++) {
            if (g.features()[v * LookupData.FEATURES + offset + i] == 1) {
                return i;
            }
        }
        return -1;
    }
}
