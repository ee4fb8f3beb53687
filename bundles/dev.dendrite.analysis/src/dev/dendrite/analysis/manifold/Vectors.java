package dev.dendrite.analysis.manifold;

import java.util.SplittableRandom;

/** The few dense-vector operations the eigen-solvers and layouts here share, and seeded Gaussian draws. */
final class Vectors {

    private Vectors() {
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Scales v to unit length (a zero vector stays zero). */
    static void normalise(double[] v) {
        double norm = Math.sqrt(dot(v, v));
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= norm;
            }
        }
    }

    /** Gram-Schmidt: each vector of the basis made orthogonal to {@code against} (a unit vector, or null) and to those before it, then unit. */
    static void orthonormalise(double[][] basis, double[] against) {
        for (int c = 0; c < basis.length; c++) {
            if (against != null) {
                subtract(basis[c], against);
            }
            for (int p = 0; p < c; p++) {
                subtract(basis[c], basis[p]);
            }
            normalise(basis[c]);
        }
    }

    /** Removes v's component along a unit vector. */
    private static void subtract(double[] v, double[] unit) {
        double projection = dot(v, unit);
        for (int i = 0; i < v.length; i++) {
            v[i] -= projection * unit[i];
        }
    }

    /** A standard normal draw (Box-Muller). */
    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Every index below n when there are at most {@code count}; otherwise {@code count} of them drawn without replacement (seeded). */
    static int[] sample(int n, int count, long seed) {
        int[] all = java.util.stream.IntStream.range(0, n).toArray();
        if (n <= count) {
            return all;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, count);
    }
}
