package dev.dendrite.train.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code synthetic:lookup}: Brody et al.'s dictionary lookup (2022), the task static attention cannot
 * learn. Each graph holds {@value #KEYS} key nodes and as many query nodes; every key sends an edge
 * to every query. A key's features are a flag, its attribute (one-hot of {@value #KEYS}) and its value
 * (one-hot, a random permutation per graph); a query's are its attribute alone. A query's label is the
 * value of the key with its attribute, which it must pick out of all the keys; a key's label is its
 * own value (read off its own features, so half the nodes are easy). GAT ranks the keys alike for
 * every query (its score is monotone in the key's part), so all queries hear the same key; GATv2's
 * score can peak at a different key for each query.
 */
public final class LookupData {

    /** Keys (and queries) per graph. */
    public static final int KEYS = 8;
    /** Node features: the key flag, the attribute, the value. */
    public static final int FEATURES = 1 + 2 * KEYS;

    private LookupData() {
    }

    public static GraphDataset lookup(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<GraphDataset.Graph> graphs = new ArrayList<>();
        int n = 2 * KEYS;
        for (int g = 0; g < count; g++) {
            int[] value = Dataset.permutation(KEYS, random.nextLong());
            int[] queried = Dataset.permutation(KEYS, random.nextLong());
            float[] features = new float[n * FEATURES];
            long[] labels = new long[n];
            for (int k = 0; k < KEYS; k++) {
                // Key k has attribute k and value value[k]; query q asks for attribute queried[q].
                features[k * FEATURES] = 1;
                features[k * FEATURES + 1 + k] = 1;
                features[k * FEATURES + 1 + KEYS + value[k]] = 1;
                labels[k] = value[k];
                int q = KEYS + k;
                features[q * FEATURES + 1 + queried[k]] = 1;
                labels[q] = value[queried[k]];
            }
            int[][] edges = new int[KEYS * KEYS][];
            for (int k = 0; k < KEYS; k++) {
                for (int q = 0; q < KEYS; q++) {
                    edges[k * KEYS + q] = new int[] {k, KEYS + q};
                }
            }
            graphs.add(new GraphDataset.Graph(n, features, edges, labels));
        }
        return new GraphDataset("lookup", graphs, FEATURES, KEYS, true);
    }
}
