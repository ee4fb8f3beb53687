package dev.dendrite.analysis.landscape;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

import dev.dendrite.train.run.ParameterGradients;
import dev.dendrite.train.run.TrainingException;

/**
 * The Hessian's eigenvalue density by stochastic Lanczos quadrature (Ghorbani, Krishnan and Xiao,
 * 2019): a few Lanczos runs from random sign vectors, each m Hessian-vector products (the same
 * central differences of the gradient {@link Sharpness} takes), their Ritz values and weights
 * smoothed by a Gaussian and averaged. A trained classifier's spectrum is a bulk near zero and a few
 * outliers, about one per class (Sagun et al., 2017; Papyan, 2019), which the first run's largest
 * Ritz values resolve.
 *
 * @param values the first run's Ritz values, largest first (the extreme ones converge first)
 * @param residuals each one's residual bound: below a percent of it, an eigenvalue of the Hessian
 * @param grid the eigenvalues the density is given at
 * @param density the smoothed density there, averaged over the runs (it integrates to about 1)
 * @param sigma the Gaussian's width
 * @param steps Lanczos steps per run (fewer where the space closed)
 * @param probes the runs averaged
 * @param weights the weights the Hessian spans
 */
public record HessianSpectrum(double[] values, double[] residuals, double[] grid, double[] density, double sigma, int steps, int probes,
        long weights) {

    /** Points of the density's grid. */
    static final int GRID = 400;

    /**
     * @param steps Lanczos steps per run (each one Hessian-vector product: two gradients)
     * @param probes runs from independent random sign vectors
     * @return null when cancelled
     */
    public static HessianSpectrum measure(ParameterGradients gradients, int steps, int probes, long seed, BooleanSupplier cancelled)
            throws TrainingException {
        if (steps < 2 || probes < 1) {
            throw new IllegalArgumentException("a spectrum takes 2 or more Lanczos steps and 1 or more probes, not " + steps + " and " + probes);
        }
        Map<String, float[]> weights = gradients.values();
        long size = weights.values().stream().mapToLong(w -> w.length).sum();
        if ((double) size * Math.min(steps, size) * Double.BYTES > 2e9) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%,d weights × %d Lanczos steps would keep %.1f GB of "
                    + "vectors: take fewer steps", size, steps, size * (double) steps * Double.BYTES / 1e9));
        }
        double epsilon = Sharpness.step(weights);
        Lanczos.Operator hessian = x -> flat(Sharpness.product(gradients, weights, shaped(x, weights), epsilon));
        SplittableRandom random = new SplittableRandom(seed);
        Lanczos.Quadrature[] runs = new Lanczos.Quadrature[probes];
        for (int p = 0; p < probes; p++) {
            double[] start = random.ints(size, 0, 2).mapToDouble(b -> 2.0 * b - 1).toArray();
            runs[p] = Lanczos.run(hessian, start, steps, cancelled);
            if (runs[p] == null) {
                return null;
            }
        }
        return of(runs, size);
    }

    /** The spectrum of finished runs: the density smoothed over the Ritz values' span, the first run's values given. */
    static HessianSpectrum of(Lanczos.Quadrature[] runs, long size) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Lanczos.Quadrature q : runs) {
            for (double v : q.values()) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        double span = Math.max(high - low, 1e-12 * Math.max(1, Math.abs(high)));
        double sigma = span / 200;
        double from = low - 0.05 * span;
        double to = high + 0.05 * span;
        double[] grid = new double[GRID];
        double[] density = new double[GRID];
        for (int g = 0; g < GRID; g++) {
            grid[g] = from + (to - from) * g / (GRID - 1);
            double sum = 0;
            for (Lanczos.Quadrature q : runs) {
                for (int k = 0; k < q.values().length; k++) {
                    double z = (grid[g] - q.values()[k]) / sigma;
                    sum += q.weights()[k] * Math.exp(-0.5 * z * z);
                }
            }
            density[g] = sum / (runs.length * sigma * Math.sqrt(2 * Math.PI));
        }
        return new HessianSpectrum(runs[0].values(), runs[0].residuals(), grid, density, sigma, runs[0].values().length, runs.length, size);
    }

    /** How many of the first run's Ritz values have settled: residual under a percent of their magnitude. */
    public int converged() {
        int count = 0;
        for (int k = 0; k < values.length; k++) {
            count += residuals[k] < 0.01 * Math.abs(values[k]) ? 1 : 0;
        }
        return count;
    }

    private static double[] flat(Map<String, double[]> v) {
        int size = v.values().stream().mapToInt(x -> x.length).sum();
        double[] out = new double[size];
        int at = 0;
        for (double[] x : v.values()) {
            System.arraycopy(x, 0, out, at, x.length);
            at += x.length;
        }
        return out;
    }

    private static Map<String, double[]> shaped(double[] x, Map<String, float[]> like) {
        Map<String, double[]> out = new LinkedHashMap<>();
        int at = 0;
        for (var entry : like.entrySet()) {
            out.put(entry.getKey(), java.util.Arrays.copyOfRange(x, at, at + entry.getValue().length));
            at += entry.getValue().length;
        }
        return out;
    }
}
