package dev.dendrite.analysis.landscape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

import dev.dendrite.train.run.ParameterGradients;
import dev.dendrite.train.run.TrainingException;

/**
 * The curvature of the training loss at a network's weights, in the space of its weight matrices and kernels (biases and
 * statistics held): the Hessian's largest eigenvalue by power iteration and its trace by Hutchinson's estimator, both
 * through Hessian-vector products taken as central differences of the gradient, Hv ≈ (g(w + εv) − g(w − εv)) / 2ε.
 * Gradient descent at rate η cannot settle where the top eigenvalue exceeds 2/η (Cohen et al., 2021, "the edge of
 * stability"); flat minima have small ones (Keskar et al., 2017).
 */
public final class Sharpness {

    /**
     * @param topEigenvalue the Hessian's eigenvalue of largest magnitude (its sign kept)
     * @param iterations the power iteration's estimates, step by step (how it converged)
     * @param trace Hutchinson's estimate of the Hessian's trace (the sum of every eigenvalue); NaN for no probes
     * @param traceError the estimate's standard error (the probes' standard deviation over √P); NaN for fewer than 2 probes
     * @param weights how many weights the Hessian spans
     */
    public record Result(double topEigenvalue, double[] iterations, double trace, double traceError, long weights) {

        /** The last two estimates' relative difference: under 1% means the iteration settled. */
        public double change() {
            int n = iterations.length;
            return n < 2 ? Double.NaN : Math.abs(iterations[n - 1] - iterations[n - 2]) / Math.max(1e-12, Math.abs(iterations[n - 1]));
        }
    }

    private Sharpness() {
    }

    /**
     * @param iterations power-iteration steps (each one Hessian-vector product)
     * @param traceProbes Rademacher vectors for the trace (each one Hessian-vector product); 0 for none
     * @return null when cancelled
     */
    public static Result measure(ParameterGradients gradients, int iterations, int traceProbes, long seed, BooleanSupplier cancelled)
            throws TrainingException {
        return measure(gradients, null, iterations, traceProbes, seed, cancelled);
    }

    /**
     * As above, of the preconditioned Hessian P⁻¹H where {@code preconditioner} gives P's diagonal for every weight (Adam's
     * √v̂ + ε): its eigenvalues are those of the symmetric P^(−1/2) H P^(−1/2), whose products the iteration takes. Adam
     * cannot settle where its top eigenvalue exceeds 2(1 + β1)/((1 − β1)η) (Cohen et al., 2022); null {@code preconditioner}
     * measures H itself.
     */
    public static Result measure(ParameterGradients gradients, Map<String, double[]> preconditioner, int iterations, int traceProbes,
            long seed, BooleanSupplier cancelled) throws TrainingException {
        if (iterations < 1 || traceProbes < 0) {
            throw new IllegalArgumentException("the power iteration takes at least 1 step and the trace 0 or more probes, not " + iterations
                    + " and " + traceProbes);
        }
        Map<String, float[]> weights = gradients.values();
        long size = weights.values().stream().mapToLong(w -> w.length).sum();
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, double[]> start = new LinkedHashMap<>();
        weights.forEach((key, w) -> start.put(key, random.doubles(w.length).map(x -> x - 0.5).toArray()));
        normalise(start);
        Map<String, double[]> v = start;
        double epsilon = step(weights);
        Map<String, double[]> conditioning = inverseRoots(preconditioner);
        List<Double> estimates = new ArrayList<>();
        double lambda = Double.NaN;
        for (int i = 0; i < iterations; i++) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            Map<String, double[]> hv = product(gradients, weights, v, epsilon, conditioning);
            lambda = dot(v, hv);
            estimates.add(lambda);
            v = hv;
            if (normalise(v) == 0) {
                break;
            }
        }
        double trace = Double.NaN;
        double traceError = Double.NaN;
        if (traceProbes > 0) {
            double[] probes = new double[traceProbes];
            for (int p = 0; p < traceProbes; p++) {
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                Map<String, double[]> z = new LinkedHashMap<>();
                weights.forEach((key, w) -> z.put(key, random.ints(w.length, 0, 2).mapToDouble(b -> 2.0 * b - 1).toArray()));
                // z has norm sqrt(size): the product along z / |z| times |z|².
                double norm = Math.sqrt(size);
                Map<String, double[]> unit = scaled(z, 1 / norm);
                probes[p] = dot(unit, product(gradients, weights, unit, epsilon, conditioning)) * size;
            }
            trace = java.util.Arrays.stream(probes).average().orElse(Double.NaN);
            if (traceProbes > 1) {
                double mean = trace;
                double variance = java.util.Arrays.stream(probes).map(x -> (x - mean) * (x - mean)).sum() / (traceProbes - 1);
                traceError = Math.sqrt(variance / traceProbes);
            }
        }
        return new Result(lambda, estimates.stream().mapToDouble(Double::doubleValue).toArray(), trace, traceError, size);
    }

    /**
     * The central differences' step along a unit vector: a thousandth of the weights' typical size times √size, small for the third
     * derivative, large for float rounding.
     */
    static double step(Map<String, float[]> weights) {
        long size = weights.values().stream().mapToLong(w -> w.length).sum();
        double scale = Math.sqrt(weights.values().stream().mapToDouble(Sharpness::squares).sum() / Math.max(1, size));
        return 1e-3 * Math.max(scale, 1e-3) * Math.sqrt(size);
    }

    /** P^(−1/2) elementwise, or null for none. */
    private static Map<String, double[]> inverseRoots(Map<String, double[]> preconditioner) {
        if (preconditioner == null) {
            return null;
        }
        Map<String, double[]> roots = new LinkedHashMap<>();
        preconditioner.forEach((key, p) -> roots.put(key, java.util.Arrays.stream(p).map(x -> 1 / Math.sqrt(x)).toArray()));
        return roots;
    }

    /** S H S v for a unit vector v, S = {@code scale} elementwise (null: H v): H's product along S v, scaled back. */
    private static Map<String, double[]> product(ParameterGradients gradients, Map<String, float[]> weights, Map<String, double[]> v,
            double epsilon, Map<String, double[]> scale) throws TrainingException {
        if (scale == null) {
            return product(gradients, weights, v, epsilon);
        }
        Map<String, double[]> scaled = new LinkedHashMap<>();
        v.forEach((key, x) -> {
            double[] s = scale.get(key);
            double[] out = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                out[i] = x[i] * s[i];
            }
            scaled.put(key, out);
        });
        // The difference quotient wants a unit direction: H is linear, so H(Sv) = |Sv|·H(Sv/|Sv|).
        double norm = normalise(scaled);
        // A direction that P makes lopsided (weights whose v̂ is near 0) would move those few weights by the whole step, across
        // ReLUs' kinks: the step shrinks so that no weight moves more than along an even direction.
        double largest = 0;
        long size = 0;
        for (double[] x : scaled.values()) {
            size += x.length;
            for (double e : x) {
                largest = Math.max(largest, Math.abs(e));
            }
        }
        double even = 1 / Math.sqrt(Math.max(1, size));
        Map<String, double[]> hv = product(gradients, weights, scaled, largest > even ? epsilon * even / largest : epsilon);
        hv.forEach((key, x) -> {
            double[] s = scale.get(key);
            for (int i = 0; i < x.length; i++) {
                x[i] *= norm * s[i];
            }
        });
        return hv;
    }

    /** Hv for a unit vector v: the gradient's central difference along it. */
    static Map<String, double[]> product(ParameterGradients gradients, Map<String, float[]> weights, Map<String, double[]> v, double epsilon)
            throws TrainingException {
        Map<String, float[]> up = new LinkedHashMap<>();
        Map<String, float[]> down = new LinkedHashMap<>();
        weights.forEach((key, w) -> {
            double[] d = v.get(key);
            float[] plus = new float[w.length];
            float[] minus = new float[w.length];
            for (int i = 0; i < w.length; i++) {
                plus[i] = (float) (w[i] + epsilon * d[i]);
                minus[i] = (float) (w[i] - epsilon * d[i]);
            }
            up.put(key, plus);
            down.put(key, minus);
        });
        Map<String, float[]> gUp = gradients.at(up);
        Map<String, float[]> gDown = gradients.at(down);
        Map<String, double[]> hv = new LinkedHashMap<>();
        weights.forEach((key, w) -> {
            float[] a = gUp.get(key);
            float[] b = gDown.get(key);
            double[] out = new double[w.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = ((double) a[i] - b[i]) / (2 * epsilon);
            }
            hv.put(key, out);
        });
        return hv;
    }

    private static double squares(float[] values) {
        double sum = 0;
        for (float x : values) {
            sum += (double) x * x;
        }
        return sum;
    }

    private static double dot(Map<String, double[]> a, Map<String, double[]> b) {
        double sum = 0;
        for (var entry : a.entrySet()) {
            double[] x = entry.getValue();
            double[] y = b.get(entry.getKey());
            for (int i = 0; i < x.length; i++) {
                sum += x[i] * y[i];
            }
        }
        return sum;
    }

    /** Scales {@code v} to unit norm in place; returns the norm it had. */
    private static double normalise(Map<String, double[]> v) {
        double norm = Math.sqrt(dot(v, v));
        if (norm > 0) {
            for (double[] x : v.values()) {
                for (int i = 0; i < x.length; i++) {
                    x[i] /= norm;
                }
            }
        }
        return norm;
    }

    private static Map<String, double[]> scaled(Map<String, double[]> v, double factor) {
        Map<String, double[]> out = new LinkedHashMap<>();
        v.forEach((key, x) -> out.put(key, java.util.Arrays.stream(x).map(e -> e * factor).toArray()));
        return out;
    }
}
