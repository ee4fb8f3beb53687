package dev.dendrite.train.data;

import java.util.Arrays;

/**
 * Samples held in memory: flat float features of a fixed per-sample shape, and either class
 * labels or float targets. As a {@link BatchSource} it has the fields "features" and "labels"
 * (int64) or "targets".
 */
public final class Dataset implements BatchSource {

    public static final String FEATURES = "features";
    public static final String LABELS = "labels";
    public static final String TARGETS = "targets";

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

    @Override
    public String name() {
        return name;
    }

    @Override
    public java.util.List<Field> fields() {
        java.util.List<Object> dims = new java.util.ArrayList<>();
        for (long d : sampleShape) {
            dims.add(d);
        }
        Field features = new Field(FEATURES, Field.Role.INPUT, Field.ElementType.FLOAT, dims);
        Field target = labels != null ? new Field(LABELS, Field.Role.TARGET, Field.ElementType.INT64, java.util.List.of())
                : new Field(TARGETS, Field.Role.TARGET, Field.ElementType.FLOAT, java.util.List.of((long) targetSize));
        return java.util.List.of(features, target);
    }

    @Override
    public Batch batch(int[] order, int from, int rows) {
        float[] values = new float[rows * sampleSize];
        for (int k = 0; k < rows; k++) {
            System.arraycopy(features, order[from + k] * sampleSize, values, k * sampleSize, sampleSize);
        }
        long[] shape = new long[sampleShape.length + 1];
        shape[0] = rows;
        System.arraycopy(sampleShape, 0, shape, 1, sampleShape.length);
        java.util.Map<String, HostTensor> tensors = new java.util.LinkedHashMap<>();
        tensors.put(FEATURES, HostTensor.of(shape, values));
        if (labels != null) {
            long[] picked = new long[rows];
            for (int k = 0; k < rows; k++) {
                picked[k] = labels[order[from + k]];
            }
            tensors.put(LABELS, HostTensor.of(new long[] {rows}, picked));
        } else {
            float[] picked = new float[rows * targetSize];
            for (int k = 0; k < rows; k++) {
                System.arraycopy(targets, order[from + k] * targetSize, picked, k * targetSize, targetSize);
            }
            tensors.put(TARGETS, HostTensor.of(new long[] {rows, targetSize}, picked));
        }
        return new Batch(rows, tensors, java.util.Map.of("N", (long) rows));
    }

    @Override
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

    @Override
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
    @Override
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
    @Override
    public Dataset[] split(double fraction, long seed, String first, String second) {
        int[] order = permutation(size(), seed);
        int cut = size() - (int) Math.round(size() * fraction);
        return new Dataset[] {subset(Arrays.copyOfRange(order, 0, cut), first), subset(Arrays.copyOfRange(order, cut, order.length), second)};
    }
}
