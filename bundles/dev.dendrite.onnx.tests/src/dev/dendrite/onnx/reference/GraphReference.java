package dev.dendrite.onnx.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.gnn.Aggregation;

/** Reference graph layers over node features [V, F] and an edge index (src[e] → dst[e]). */
public final class GraphReference {

    private GraphReference() {
    }

    public static Nd gcn(Nd x, long[] src, long[] dst, Nd w, Nd b) {
        Nd h = DenseReference.dense(x, w, null);
        int v = x.dim(0), o = w.dim(1);
        double[] degree = new double[v];
        Arrays.fill(degree, 1);
        for (long target : dst) {
            degree[(int) target]++;
        }
        Nd y = Nd.zeros(v, o);
        for (int i = 0; i < v; i++) {
            for (int k = 0; k < o; k++) {
                y.set(h.get(i, k) / degree[i] + (b == null ? 0 : b.v[k]), i, k);
            }
        }
        for (int e = 0; e < src.length; e++) {
            int s = (int) src[e], t = (int) dst[e];
            double norm = 1 / Math.sqrt(degree[s] * degree[t]);
            for (int k = 0; k < o; k++) {
                y.v[t * o + k] += h.get(s, k) * norm;
            }
        }
        return y;
    }

    /**
     * GAT by its definition, edge by edge: per head, LeakyReLU(a_src·h_j + a_dst·h_i) over the edges j → i
     * (self-loops appended where asked), a softmax over each node's incoming edges, the weighted sum of
     * the h_j; heads concatenated or averaged, then the bias.
     */
    public static Nd gat(Nd x, long[] src, long[] dst, Nd w, Nd aSrc, Nd aDst, Nd bias, int heads, boolean concat, double slope,
            boolean selfLoops) {
        return gat(x, src, dst, null, w, aSrc, aDst, null, null, bias, heads, concat, slope, selfLoops);
    }

    /**
     * GAT with edge features [E, D] (or null): the logit adds a_edge·W_e·e per head, a self-loop's e being the mean of its
     * node's incoming edges' (zero where none arrive), as GATConv's edge_dim with fill_value "mean".
     */
    public static Nd gat(Nd x, long[] src, long[] dst, Nd edgeFeatures, Nd w, Nd aSrc, Nd aDst, Nd edgeW, Nd aEdge, Nd bias, int heads,
            boolean concat, double slope, boolean selfLoops) {
        Nd h = DenseReference.dense(x, w, null);
        Nd projected = edgeFeatures == null ? null : DenseReference.dense(scoredEdgeFeatures(edgeFeatures, src, dst, x.dim(0), selfLoops), edgeW, null);
        int f = aSrc.dim(1);
        return attend(x, h, src, dst, bias, heads, f, concat, selfLoops, (i, j, edge, head) -> {
            double score = 0;
            for (int k = 0; k < f; k++) {
                score += aSrc.get(head, k) * h.get(j, head * f + k) + aDst.get(head, k) * h.get(i, head * f + k)
                        + (projected == null ? 0 : aEdge.get(head, k) * projected.get(edge, head * f + k));
            }
            return score >= 0 ? score : slope * score;
        });
    }

    /** The features of every scored edge: the input's [E, D], then with self-loops the mean of each node's other incoming edges'. */
    private static Nd scoredEdgeFeatures(Nd edgeFeatures, long[] src, long[] dst, int v, boolean selfLoops) {
        int e = edgeFeatures.dim(0), d = edgeFeatures.dim(1);
        Nd all = Nd.zeros(e + (selfLoops ? v : 0), d);
        System.arraycopy(edgeFeatures.v, 0, all.v, 0, e * d);
        for (int i = 0; selfLoops && i < v; i++) {
            int count = 0;
            for (int n = 0; n < e; n++) {
                if (dst[n] == i && src[n] != i) {
                    count++;
                    for (int k = 0; k < d; k++) {
                        all.v[(e + i) * d + k] += edgeFeatures.get(n, k);
                    }
                }
            }
            for (int k = 0; k < d; k++) {
                all.v[(e + i) * d + k] /= Math.max(1, count);
            }
        }
        return all;
    }

    /** GATv2 by its definition: per edge j → i and head, a·LeakyReLU(W·x_j + W_t·x_i), then as {@link #gat}. */
    public static Nd gatv2(Nd x, long[] src, long[] dst, Nd w, Nd targetW, Nd attention, Nd bias, int heads, boolean concat, double slope,
            boolean selfLoops) {
        return gatv2(x, src, dst, null, w, targetW, null, attention, bias, heads, concat, slope, selfLoops);
    }

    /** GATv2 with edge features [E, D] (or null): W_e·e joins W·x_j + W_t·x_i inside the LeakyReLU, self-loops' e as in {@link #gat}. */
    public static Nd gatv2(Nd x, long[] src, long[] dst, Nd edgeFeatures, Nd w, Nd targetW, Nd edgeW, Nd attention, Nd bias, int heads,
            boolean concat, double slope, boolean selfLoops) {
        Nd h = DenseReference.dense(x, w, null);
        Nd t = DenseReference.dense(x, targetW, null);
        Nd projected = edgeFeatures == null ? null : DenseReference.dense(scoredEdgeFeatures(edgeFeatures, src, dst, x.dim(0), selfLoops), edgeW, null);
        int f = attention.dim(1);
        return attend(x, h, src, dst, bias, heads, f, concat, selfLoops, (i, j, edge, head) -> {
            double score = 0;
            for (int k = 0; k < f; k++) {
                double joined = h.get(j, head * f + k) + t.get(i, head * f + k) + (projected == null ? 0 : projected.get(edge, head * f + k));
                score += attention.get(head, k) * (joined >= 0 ? joined : slope * joined);
            }
            return score;
        });
    }

    /** An edge's attention logit: target i, source j, the edge's place among the scored edges (the input's, then the self-loops), head. */
    private interface EdgeScore {
        double of(int i, int j, int edge, int head);
    }

    /** Softmax of {@code score} over each node's incoming edges, the weighted sum of the h_j per head, heads joined, the bias. */
    private static Nd attend(Nd x, Nd h, long[] src, long[] dst, Nd bias, int heads, int f, boolean concat, boolean selfLoops, EdgeScore score) {
        int v = x.dim(0);
        List<long[]> edges = new ArrayList<>();
        for (int e = 0; e < src.length; e++) {
            edges.add(new long[] {src[e], dst[e]});
        }
        for (int i = 0; selfLoops && i < v; i++) {
            edges.add(new long[] {i, i});
        }
        int width = concat ? heads * f : f;
        Nd y = Nd.zeros(v, width);
        for (int i = 0; i < v; i++) {
            for (int head = 0; head < heads; head++) {
                List<Integer> from = new ArrayList<>();
                List<Double> logits = new ArrayList<>();
                for (int n = 0; n < edges.size(); n++) {
                    long[] edge = edges.get(n);
                    // With loops appended, the input's own loops are removed first (GATConv's remove_self_loops).
                    if (edge[1] != i || selfLoops && n < src.length && edge[0] == edge[1]) {
                        continue;
                    }
                    int j = (int) edge[0];
                    from.add(j);
                    logits.add(score.of(i, j, n, head));
                }
                double largest = logits.stream().mapToDouble(Double::doubleValue).max().orElse(0);
                double total = logits.stream().mapToDouble(l -> Math.exp(l - largest)).sum();
                for (int n = 0; n < from.size(); n++) {
                    double alpha = Math.exp(logits.get(n) - largest) / total;
                    for (int k = 0; k < f; k++) {
                        int column = concat ? head * f + k : k;
                        y.v[i * width + column] += alpha * h.get(from.get(n), head * f + k) / (concat ? 1 : heads);
                    }
                }
            }
            for (int k = 0; bias != null && k < width; k++) {
                y.v[i * width + k] += bias.v[k];
            }
        }
        return y;
    }

    /** Aggregates rows of {@code messages} (one per edge/node) into groups {@code into[i]}; empty groups give 0. */
    public static Nd aggregate(Nd messages, long[] into, int groups, Aggregation aggregation) {
        int m = messages.dim(1);
        Nd y = Nd.zeros(groups, m);
        int[] count = new int[groups];
        for (int e = 0; e < into.length; e++) {
            int g = (int) into[e];
            for (int k = 0; k < m; k++) {
                double value = messages.get(e, k);
                int i = g * m + k;
                y.v[i] = aggregation == Aggregation.MAX ? (count[g] == 0 ? value : Math.max(y.v[i], value)) : y.v[i] + value;
            }
            count[g]++;
        }
        if (aggregation == Aggregation.MEAN) {
            for (int g = 0; g < groups; g++) {
                for (int k = 0; k < m; k++) {
                    y.v[g * m + k] /= Math.max(1, count[g]);
                }
            }
        }
        return y;
    }

    /** With {@code edgeFeatures} [E, D], each edge's message adds e·W_e ({@code edgeW} [D, message width]). */
    public static Nd messagePassing(Nd x, long[] src, long[] dst, Nd edgeFeatures, Nd messageW, Nd edgeW, Nd updateW, Nd selfW, Nd bias,
            Aggregation aggregation, ActivationFunction activation) {
        return messagePassing(x, src, dst, edgeFeatures, messageW, edgeW, updateW, selfW, bias, aggregation, activation, false);
    }

    /** With {@code activateMessages}, each message passes through the activation before the aggregation (GINE). */
    public static Nd messagePassing(Nd x, long[] src, long[] dst, Nd edgeFeatures, Nd messageW, Nd edgeW, Nd updateW, Nd selfW, Nd bias,
            Aggregation aggregation, ActivationFunction activation, boolean activateMessages) {
        int v = x.dim(0), f = x.dim(1);
        Nd gathered = Nd.zeros(src.length, f);
        for (int e = 0; e < src.length; e++) {
            for (int k = 0; k < f; k++) {
                gathered.set(x.get((int) src[e], k), e, k);
            }
        }
        Nd messages = messageW == null ? gathered : DenseReference.dense(gathered, messageW, null);
        if (edgeFeatures != null) {
            messages = DenseReference.add(messages, DenseReference.dense(edgeFeatures, edgeW, null));
        }
        if (activateMessages) {
            messages = DenseReference.activation(messages, activation, 0.01, -1);
        }
        Nd aggregated = aggregate(messages, dst, v, aggregation);
        Nd pre;
        if (updateW != null) {
            int m = aggregated.dim(1);
            Nd joined = Nd.zeros(v, f + m);
            for (int i = 0; i < v; i++) {
                for (int k = 0; k < f; k++) {
                    joined.set(x.get(i, k), i, k);
                }
                for (int k = 0; k < m; k++) {
                    joined.set(aggregated.get(i, k), i, f + k);
                }
            }
            pre = DenseReference.dense(joined, updateW, bias);
        } else {
            pre = DenseReference.add(DenseReference.dense(x, selfW, bias), aggregated);
        }
        return DenseReference.activation(pre, activation, 0.01, -1);
    }

    /** Nodes, renumbered edges and graph assignment kept by top-k pooling, and each kept edge's features (null without). */
    public record TopK(Nd nodes, long[][] edges, long[] batch, Nd edgeFeatures) {
    }

    public static TopK topK(Nd x, long[] src, long[] dst, long[] batch, Nd p, double ratio, int k) {
        return topK(x, src, dst, batch, null, p, ratio, k);
    }

    /** As above, with the edges' features [E, D] kept where their edges are (or null). */
    public static TopK topK(Nd x, long[] src, long[] dst, long[] batch, Nd edgeFeatures, Nd p, double ratio, int k) {
        int v = x.dim(0), f = x.dim(1);
        double norm = 0;
        for (double value : p.v) {
            norm += value * value;
        }
        norm = Math.sqrt(norm);
        double[] score = new double[v];
        for (int i = 0; i < v; i++) {
            double dot = 0;
            for (int c = 0; c < f; c++) {
                dot += x.get(i, c) * p.v[c];
            }
            // ONNX computes in float32: round like it so that ties and near-ties rank alike
            score[i] = (float) Math.tanh((float) ((float) dot / (float) norm));
        }
        long[] graphOf = batch == null ? new long[v] : batch;
        boolean[] keep = new boolean[v];
        for (int i = 0; i < v; i++) {
            int rank = 0, size = 0;
            for (int j = 0; j < v; j++) {
                if (graphOf[j] != graphOf[i]) {
                    continue;
                }
                size++;
                if (score[j] > score[i] || (score[j] == score[i] && j < i)) {
                    rank++;
                }
            }
            double limit = k > 0 ? Math.min(size, k) : Math.ceil((float) ((float) size * (float) ratio));
            keep[i] = rank < limit;
        }
        List<Integer> kept = new ArrayList<>();
        int[] newId = new int[v];
        Arrays.fill(newId, -1);
        for (int i = 0; i < v; i++) {
            if (keep[i]) {
                newId[i] = kept.size();
                kept.add(i);
            }
        }
        Nd nodes = Nd.zeros(kept.size(), f);
        long[] newBatch = new long[kept.size()];
        for (int n = 0; n < kept.size(); n++) {
            int i = kept.get(n);
            newBatch[n] = graphOf[i];
            for (int c = 0; c < f; c++) {
                nodes.set(x.get(i, c) * score[i], n, c);
            }
        }
        List<long[]> edges = new ArrayList<>();
        List<Integer> keptEdges = new ArrayList<>();
        for (int e = 0; e < src.length; e++) {
            if (keep[(int) src[e]] && keep[(int) dst[e]]) {
                edges.add(new long[] {newId[(int) src[e]], newId[(int) dst[e]]});
                keptEdges.add(e);
            }
        }
        long[][] index = new long[2][edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            index[0][e] = edges.get(e)[0];
            index[1][e] = edges.get(e)[1];
        }
        Nd features = null;
        if (edgeFeatures != null) {
            int d = edgeFeatures.dim(1);
            features = Nd.zeros(keptEdges.size(), d);
            for (int e = 0; e < keptEdges.size(); e++) {
                for (int c = 0; c < d; c++) {
                    features.set(edgeFeatures.get(keptEdges.get(e), c), e, c);
                }
            }
        }
        return new TopK(nodes, index, newBatch, features);
    }

    public static Nd globalPool(Nd x, long[] batch, Aggregation aggregation) {
        if (batch == null) {
            return aggregate(x, new long[x.dim(0)], 1, aggregation);
        }
        int graphs = (int) Arrays.stream(batch).max().orElse(0) + 1;
        return aggregate(x, batch, graphs, aggregation);
    }
}
