package dev.dendrite.analysis.pruning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;

/**
 * Magnitude pruning of weight matrices and kernels, as pruning masks ({@code layerId/weight:mask},
 * 1 keeps a weight, 0 prunes it) that the train step multiplies in: pruned weights stay exactly
 * zero and receive no updates. Each round removes a fraction of the weights that remain.
 */
public final class MagnitudePruning {

    private MagnitudePruning() {
    }

    /**
     * The rate of every prunable weight ({@code layerId/weight}): dense, the output layer (a dense
     * layer feeding a loss), convolutions, and attention's four projections
     * ({@code layerId/query_weight}, ...) at the dense rate, as lottery tickets in transformers
     * prune every weight matrix (Chen et al., 2020).
     */
    public static Map<String, Double> ratesByWeight(Network network, PruningRates rates) {
        Map<String, Double> byWeight = new LinkedHashMap<>();
        List<Layer> layers = new ArrayList<>(network.getLayers());
        network.getBlocks().forEach((Block b) -> layers.addAll(b.getLayers()));
        for (Layer layer : layers) {
            if (layer instanceof Dense) {
                byWeight.put(layer.getId() + "/weight", feedsLoss(network, layer) ? rates.output() : rates.dense());
            } else if (layer instanceof Convolution) {
                byWeight.put(layer.getId() + "/weight", rates.convolution());
            } else if (layer instanceof Attention) {
                for (String role : new String[] {"query", "key", "value", "output"}) {
                    byWeight.put(layer.getId() + "/" + role + "_weight", rates.dense());
                }
            }
        }
        return byWeight;
    }

    private static boolean feedsLoss(Network network, Layer layer) {
        for (Connection c : network.getConnections()) {
            if (c.getSource() == layer && c.getTarget() instanceof Loss) {
                return true;
            }
        }
        return false;
    }

    /** Masks keeping every weight ({@code layerId/weight:mask} of 1s) for the given weights. */
    public static Weights keepAll(Weights weights, Map<String, Double> rates) {
        Weights masks = new Weights();
        for (String key : rates.keySet()) {
            FloatTensor w = weights.flat().get(key);
            if (w == null) {
                throw new IllegalArgumentException("no weights for " + key);
            }
            masks.put(layer(key), mask(key), FloatTensor.filled(1f, w.shape()));
        }
        return masks;
    }

    /**
     * The next round's masks: per weight, {@code rate} of the weights still kept are pruned, those
     * of smallest magnitude (ties by position, so the result is deterministic). With
     * {@code global}, the weights of every layer but the output layer are ranked together at the
     * dense rate.
     */
    public static Weights prune(Weights trained, Weights masks, Map<String, Double> rates, boolean global, String outputWeight) {
        Weights next = new Weights();
        List<String> pooled = new ArrayList<>();
        for (var entry : rates.entrySet()) {
            String key = entry.getKey();
            if (global && !key.equals(outputWeight)) {
                pooled.add(key);
                continue;
            }
            next.put(layer(key), mask(key), pruneOne(List.of(key), trained, masks, entry.getValue()).get(key));
        }
        if (!pooled.isEmpty()) {
            double rate = rates.get(pooled.get(0));
            pruneOne(pooled, trained, masks, rate).forEach((key, mask) -> next.put(layer(key), mask(key), mask));
        }
        return next;
    }

    /** The mask's name within its layer for the weight {@code layerId/param}: {@code param:mask}. */
    static String mask(String key) {
        return key.substring(key.lastIndexOf('/') + 1) + ":mask";
    }

    private static Map<String, FloatTensor> pruneOne(List<String> keys, Weights trained, Weights masks, double rate) {
        List<long[]> kept = new ArrayList<>(); // {key index, element}
        List<Float> magnitudes = new ArrayList<>();
        Map<String, FloatTensor> result = new LinkedHashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            FloatTensor w = trained.flat().get(key);
            FloatTensor m = masks.flat().get(key + ":mask");
            if (w == null || m == null) {
                throw new IllegalArgumentException("no weights or mask for " + key);
            }
            result.put(key, new FloatTensor(m.shape(), m.values().clone()));
            for (int i = 0; i < m.size(); i++) {
                if (m.values()[i] != 0) {
                    kept.add(new long[] {k, i});
                    magnitudes.add(Math.abs(w.values()[i]));
                }
            }
        }
        int prune = (int) Math.round(kept.size() * rate);
        Integer[] order = new Integer[kept.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(magnitudes.get(a), magnitudes.get(b)));
        for (int i = 0; i < prune; i++) {
            long[] at = kept.get(order[i]);
            result.get(keys.get((int) at[0])).values()[(int) at[1]] = 0f;
        }
        return result;
    }

    /** Masks with each layer's sparsity of {@code like}, at random positions (the random-pruning control). */
    public static Weights randomLike(Weights like, long seed) {
        Weights masks = new Weights();
        SplittableRandom random = new SplittableRandom(seed);
        for (var entry : like.flat().entrySet()) {
            FloatTensor m = entry.getValue();
            int keep = 0;
            for (float v : m.values()) {
                keep += v != 0 ? 1 : 0;
            }
            int[] order = dev.dendrite.train.data.Dataset.permutation(m.size(), random.nextLong());
            float[] values = new float[m.size()];
            for (int i = 0; i < keep; i++) {
                values[order[i]] = 1f;
            }
            String[] parts = Weights.split(entry.getKey());
            masks.put(parts[0], parts[1], new FloatTensor(m.shape(), values));
        }
        return masks;
    }

    /**
     * Masks with each layer's sparsity of {@code like}, keeping the weights of largest {@code scores} (by weight key; ties by
     * position): pruning at initialisation by a score, at the ticket's per-layer sparsity.
     */
    public static Weights topByScoreLike(Weights like, Map<String, float[]> scores) {
        Weights masks = new Weights();
        for (var entry : like.flat().entrySet()) {
            String weight = entry.getKey().substring(0, entry.getKey().length() - ":mask".length());
            float[] score = scores.get(weight);
            FloatTensor m = entry.getValue();
            if (score == null || score.length != m.size()) {
                throw new IllegalArgumentException("no scores for " + weight);
            }
            int keep = (int) kept(m);
            Integer[] order = new Integer[m.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Float.compare(score[b], score[a]));
            float[] values = new float[m.size()];
            for (int i = 0; i < keep; i++) {
                values[order[i]] = 1f;
            }
            String[] parts = Weights.split(entry.getKey());
            masks.put(parts[0], parts[1], new FloatTensor(m.shape(), values));
        }
        return masks;
    }

    /** The fraction of weights each mask keeps, by weight key ({@code layerId/weight}). */
    public static Map<String, Double> remainingByLayer(Weights masks) {
        Map<String, Double> remaining = new LinkedHashMap<>();
        masks.flat().forEach((key, m) -> remaining.put(key.substring(0, key.length() - ":mask".length()), kept(m) / (double) m.size()));
        return remaining;
    }

    /** The fraction of all masked weights kept. */
    public static double remaining(Weights masks) {
        long kept = 0;
        long total = 0;
        for (FloatTensor m : masks.flat().values()) {
            kept += kept(m);
            total += m.size();
        }
        return total == 0 ? 1 : kept / (double) total;
    }

    private static long kept(FloatTensor m) {
        long kept = 0;
        for (float v : m.values()) {
            kept += v != 0 ? 1 : 0;
        }
        return kept;
    }

    private static String layer(String weightKey) {
        return weightKey.substring(0, weightKey.lastIndexOf('/'));
    }
}
