package dev.dendrite.train.data;

import java.util.SplittableRandom;

/** Seeded synthetic data sets: two moons (classification) and 1-D functions (regression). */
public final class SyntheticData {

    private SyntheticData() {
    }

    /** Two interleaved half circles with Gaussian noise; label 0 upper moon, 1 lower moon. */
    public static Dataset twoMoons(int n, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[2 * n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            double t = Math.PI * random.nextDouble();
            double px = label == 0 ? Math.cos(t) : 1 - Math.cos(t);
            double py = label == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
            x[2 * i] = (float) (px + noise * gaussian(random));
            x[2 * i + 1] = (float) (py + noise * gaussian(random));
            y[i] = label;
        }
        return Dataset.classification("two-moons", new long[] {2}, x, y, 2);
    }

    /** y = f(x) on [from, to] for "sine", "cosine", "abs", "square" or "step". */
    public static Dataset function(String name, int n, double from, double to, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            double v = from + (to - from) * random.nextDouble();
            x[i] = (float) v;
            y[i] = (float) switch (name) {
                case "sine" -> Math.sin(v);
                case "cosine" -> Math.cos(v);
                case "abs" -> Math.abs(v);
                case "square" -> v * v;
                case "step" -> v < 0 ? -1 : 1;
                default -> throw new IllegalArgumentException("unknown function '" + name + "': use sine, cosine, abs, square or step");
            };
        }
        return Dataset.regression(name, new long[] {1}, x, y, 1);
    }

    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
