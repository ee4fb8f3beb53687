package dev.dendrite.train.data;

import java.util.Arrays;

/**
 * Samples held in memory: flat float features of a fixed per-sample shape, and either class
 * labels or float targets.
 */
public final class Dataset {

    private final String name;
    private final long[] sampleShape;
    private final int sampleSize;
    private final float[] features;
    private final int[] labels;
    private final float[] targets;
    private final int targetSize;
    private final int classes;

    private Dataset(String name, long[] sampleShape, float[] features, int[] labels, float[] targets, int targetSize, int classes) {
        this.name = name;
        this.sampleShape = sampleShape.clone();
        this.sampleSize = (int) Arrays.stream(sampleShape).reduce(1, (a, b) -> a * b);
        this.features = features;
        this.labels = labels;
        this.targets = targets;
        this.targetSize = targetSize;
        this.classes = classes;
        if (sampleSize == 0 || features.length % sampleSize != 0) {
            throw new IllegalArgumentException(name + ": " + features.length + " values do not split into samples of " + sampleSize);
        }
    }

    public static Dataset classification(String name, long[] sampleShape, float[] features, int[] labels, int classes) {
        Dataset d = new Dataset(name, sampleShape, features, labels, null, 0, classes);
        if (labels.length != d.size()) {
            throw new IllegalArgumentException(name + ": " + d.size() + " samples but " + labels.length + " labels");
        }
        return d;
    }

    public static Dataset regression(String name, long[] sampleShape, float[] features, float[] targets, int targetSize) {
        Dataset d = new Dataset(name, sampleShape, features, null, targets, targetSize, 0);
        if (targets.length != (long) d.size() * targetSize) {
            throw new IllegalArgumentException(name + ": " + d.size() + " samples but " + targets.length / Math.max(1, targetSize) + " targets");
        }
        return d;
    }

    public String name() {
        return name;
    }

    public int size() {
        return features.length / sampleSize;
    }

    public long[] sampleShape() {
        return sampleShape.clone();
    }

    public int sampleSize() {
        return sampleSize;
    }

    public boolean hasLabels() {
        return labels != null;
    }

    public int classes() {
        return classes;
    }

    public int targetSize() {
        return targetSize;
    }

    public int label(int i) {
        return labels[i];
    }

    /** Copies sample {@code i}'s features into {@code into} at {@code offset}. */
    public void features(int i, float[] into, int offset) {
        System.arraycopy(features, i * sampleSize, into, offset, sampleSize);
    }

    public void targets(int i, float[] into, int offset) {
        System.arraycopy(targets, i * targetSize, into, offset, targetSize);
    }

    /** The samples at the given indices, in that order. */
    public Dataset subset(int[] indices, String suffix) {
        float[] f = new float[indices.length * sampleSize];
        for (int k = 0; k < indices.length; k++) {
            features(indices[k], f, k * sampleSize);
        }
        if (labels != null) {
            int[] l = new int[indices.length];
            for (int k = 0; k < indices.length; k++) {
                l[k] = labels[indices[k]];
            }
            return classification(name + suffix, sampleShape, f, l, classes);
        }
        float[] t = new float[indices.length * targetSize];
        for (int k = 0; k < indices.length; k++) {
            targets(indices[k], t, k * targetSize);
        }
        return regression(name + suffix, sampleShape, f, t, targetSize);
    }

    /** A seeded permutation of 0..n-1 (Fisher-Yates with a SplittableRandom: the same on every machine). */
    public static int[] permutation(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Splits off the last {@code fraction} of a seeded permutation: [first part, second part]. */
    public Dataset[] split(double fraction, long seed, String first, String second) {
        int[] order = permutation(size(), seed);
        int cut = size() - (int) Math.round(size() * fraction);
        return new Dataset[] {subset(Arrays.copyOfRange(order, 0, cut), first), subset(Arrays.copyOfRange(order, cut, order.length), second)};
    }
}
