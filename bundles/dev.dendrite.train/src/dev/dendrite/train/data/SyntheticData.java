package dev.dendrite.train.data;

import java.util.SplittableRandom;

/** Seeded synthetic data sets: two moons, spirals, a teacher's labels (classification), 1-D functions and the manifolds Swiss roll, S-curve and sphere (regression). */
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

    /**
     * Modular addition (Power et al., 2022, "Grokking"): every pair (a, b) of the integers modulo {@code modulus}, as two one-hot
     * vectors side by side, labelled (a + b) mod {@code modulus}; the pairs shuffled by {@code seed} and the first {@code trainShare}
     * of them the training split, the rest the test split. Nothing but the group's structure generalises from one split to the other.
     */
    public static Dataset[] modularAddition(int modulus, double trainShare, long seed) {
        if (modulus < 2 || !(trainShare > 0 && trainShare < 1)) {
            throw new IllegalArgumentException("modular addition takes a modulus of 2 or more and a training share between 0 and 1, not "
                    + modulus + " and " + trainShare);
        }
        int pairs = modulus * modulus;
        int[] order = new int[pairs];
        for (int i = 0; i < pairs; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = pairs - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int train = (int) Math.round(trainShare * pairs);
        return new Dataset[] {modularPairs(modulus, java.util.Arrays.copyOfRange(order, 0, train), "modular/train"),
            modularPairs(modulus, java.util.Arrays.copyOfRange(order, train, pairs), "modular/test")};
    }

    private static Dataset modularPairs(int modulus, int[] pairs, String name) {
        int width = 2 * modulus;
        float[] x = new float[pairs.length * width];
        int[] y = new int[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            int a = pairs[i] / modulus;
            int b = pairs[i] % modulus;
            x[i * width + a] = 1;
            x[i * width + modulus + b] = 1;
            y[i] = (a + b) % modulus;
        }
        return Dataset.classification(name, new long[] {width}, x, y, modulus);
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

    /** {@code arms} interleaved spirals (one class per arm) with Gaussian noise. */
    public static Dataset spirals(int n, int arms, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[2 * n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int arm = i % arms;
            double r = random.nextDouble();
            double angle = 4 * r + 2 * Math.PI * arm / arms;
            x[2 * i] = (float) (r * Math.cos(angle) + noise * gaussian(random));
            x[2 * i + 1] = (float) (r * Math.sin(angle) + noise * gaussian(random));
            y[i] = arm;
        }
        return Dataset.classification("spirals", new long[] {2}, x, y, arms);
    }

    /** The Swiss roll: 3-D points on a rolled-up sheet; the target is the position t along the roll (a 1-D manifold coordinate). */
    public static Dataset swissRoll(int n, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[3 * n];
        float[] t = new float[n];
        for (int i = 0; i < n; i++) {
            double u = 1.5 * Math.PI * (1 + 2 * random.nextDouble());
            double height = 21 * random.nextDouble();
            x[3 * i] = (float) (u * Math.cos(u) / 10 + noise * gaussian(random));
            x[3 * i + 1] = (float) (height / 10 + noise * gaussian(random));
            x[3 * i + 2] = (float) (u * Math.sin(u) / 10 + noise * gaussian(random));
            t[i] = (float) (u / (4.5 * Math.PI));
        }
        return Dataset.regression("swiss-roll", new long[] {3}, x, t, 1);
    }

    /** The S-curve: 3-D points on an S-shaped sheet; the target is the position t along the S (its 1-D manifold coordinate). */
    public static Dataset sCurve(int n, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[3 * n];
        float[] t = new float[n];
        for (int i = 0; i < n; i++) {
            double u = 3 * Math.PI * (random.nextDouble() - 0.5);
            x[3 * i] = (float) (Math.sin(u) + noise * gaussian(random));
            x[3 * i + 1] = (float) (2 * random.nextDouble() + noise * gaussian(random));
            x[3 * i + 2] = (float) (Math.signum(u) * (Math.cos(u) - 1) + noise * gaussian(random));
            t[i] = (float) u;
        }
        return Dataset.regression("s-curve", new long[] {3}, x, t, 1);
    }

    /** Points spread evenly on the unit sphere (a 2-D manifold in 3-D); the target is the latitude in radians. */
    public static Dataset sphere(int n, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[3 * n];
        float[] latitude = new float[n];
        for (int i = 0; i < n; i++) {
            double a = gaussian(random);
            double b = gaussian(random);
            double c = gaussian(random);
            double norm = Math.max(1e-12, Math.sqrt(a * a + b * b + c * c));
            x[3 * i] = (float) (a / norm + noise * gaussian(random));
            x[3 * i + 1] = (float) (b / norm + noise * gaussian(random));
            x[3 * i + 2] = (float) (c / norm + noise * gaussian(random));
            latitude[i] = (float) Math.asin(c / norm);
        }
        return Dataset.regression("sphere", new long[] {3}, x, latitude, 1);
    }

    /**
     * A teacher network's task: inputs x ~ N(0, 1)^inputs, labels = argmax of a fixed random
     * two-layer tanh teacher's outputs. A student network of enough capacity can reach 100%.
     */
    public static Dataset teacher(int n, int inputs, int classes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom teacherRandom = new SplittableRandom(1234);
        int hidden = 16;
        double[] w1 = new double[inputs * hidden];
        double[] w2 = new double[hidden * classes];
        for (int i = 0; i < w1.length; i++) {
            w1[i] = gaussian(teacherRandom) / Math.sqrt(inputs);
        }
        for (int i = 0; i < w2.length; i++) {
            w2[i] = gaussian(teacherRandom) / Math.sqrt(hidden);
        }
        float[] x = new float[n * inputs];
        int[] y = new int[n];
        for (int s = 0; s < n; s++) {
            double[] h = new double[hidden];
            for (int k = 0; k < inputs; k++) {
                x[s * inputs + k] = (float) gaussian(random);
            }
            for (int j = 0; j < hidden; j++) {
                double sum = 0;
                for (int k = 0; k < inputs; k++) {
                    sum += x[s * inputs + k] * w1[k * hidden + j];
                }
                h[j] = Math.tanh(2 * sum);
            }
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                double score = 0;
                for (int j = 0; j < hidden; j++) {
                    score += h[j] * w2[j * classes + c];
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            y[s] = best;
        }
        return Dataset.classification("teacher", new long[] {inputs}, x, y, classes);
    }

    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
