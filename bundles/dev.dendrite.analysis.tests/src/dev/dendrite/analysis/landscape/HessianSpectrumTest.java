package dev.dendrite.analysis.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.dendrite.analysis.latent.SymmetricEigen;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.ParameterGradients;

/** Stochastic Lanczos quadrature: outliers and their weights on a known operator, and a least-squares Hessian's every eigenvalue. */
class HessianSpectrumTest {

    /**
     * A diagonal operator of five outliers over a bulk in [0, 1]: forty steps find the outliers to rounding, each with the weight
     * 1/n a sign vector gives every eigenvector, and the smoothed density integrates to 1 with 5/n of it above the bulk.
     */
    @Test
    void outliersAndTheirWeightsOnAKnownOperator() throws Exception {
        int n = 1000;
        double[] diagonal = new double[n];
        SplittableRandom random = new SplittableRandom(5);
        double[] outliers = {50, 40, 30, 20, 10};
        for (int i = 0; i < n; i++) {
            diagonal[i] = i < outliers.length ? outliers[i] : random.nextDouble();
        }
        Lanczos.Operator operator = x -> {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = diagonal[i] * x[i];
            }
            return y;
        };
        double[] start = random.ints(n, 0, 2).mapToDouble(b -> 2.0 * b - 1).toArray();
        Lanczos.Quadrature q = Lanczos.run(operator, start, 40, () -> false);
        assertEquals(40, q.values().length);
        assertEquals(1, java.util.Arrays.stream(q.weights()).sum(), 1e-9);
        for (int k = 0; k < outliers.length; k++) {
            assertEquals(outliers[k], q.values()[k], 1e-8 * outliers[k], "outlier " + k);
            assertEquals(1.0 / n, q.weights()[k], 1e-9, "a sign vector's weight on each eigenvector");
            assertTrue(q.residuals()[k] < 1e-6, "converged: " + q.residuals()[k]);
        }
        assertTrue(q.values()[outliers.length] <= 1 + 1e-9, "the rest in the bulk: " + q.values()[outliers.length]);
        HessianSpectrum spectrum = HessianSpectrum.of(new Lanczos.Quadrature[] {q}, n);
        assertEquals(1, integral(spectrum, Double.NEGATIVE_INFINITY), 0.01);
        assertEquals(5.0 / n, integral(spectrum, 5), 1e-4, "the outliers' share");
        assertEquals(5, java.util.Arrays.stream(q.values()).filter(v -> v > 5).count());
    }

    /** Least squares, whose Hessian in the weights is (2/N)·XᵀX: as many steps as weights give every eigenvalue. */
    @Test
    void everyEigenvalueOfALeastSquaresHessian() throws Exception {
        int samples = 300;
        int d = 6;
        double[] scales = {4, 2, 1, 0.5, 0.3, 0.1};
        NetworkBuilder b = new NetworkBuilder("least-squares", "a linear regression");
        b.loss(b.dense(b.input("x", d), "fc", 1), LossKind.MSE);
        Network network = b.network();
        SplittableRandom random = new SplittableRandom(3);
        float[] x = new float[samples * d];
        float[] y = new float[samples];
        double[] h = new double[d * d];
        for (int r = 0; r < samples; r++) {
            for (int c = 0; c < d; c++) {
                x[r * d + c] = (float) (scales[c] * random.nextGaussian());
            }
            y[r] = (float) random.nextGaussian();
        }
        for (int r = 0; r < samples; r++) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    h[i * d + j] += 2.0 * x[r * d + i] * x[r * d + j] / samples;
                }
            }
        }
        double[] expected = SymmetricEigen.of(h, d).values().clone();
        java.util.Arrays.sort(expected);
        Dataset data = Dataset.regression("lines", new long[] {d}, x, y, 1);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 50, OptimizerKind.ADAM, 0.01, 1L, null);
        try (ParameterGradients gradients = ParameterGradients.open(network, config, new Weights(), data, samples)) {
            HessianSpectrum spectrum = HessianSpectrum.measure(gradients, 10, 2, 7, () -> false);
            assertEquals(d, spectrum.steps(), "the Krylov space closes after as many steps as weights");
            assertEquals(d, spectrum.weights());
            for (int k = 0; k < d; k++) {
                double truth = expected[d - 1 - k];
                assertEquals(truth, spectrum.values()[k], 0.01 * truth + 1e-3, "eigenvalue " + k);
            }
            assertEquals(d, spectrum.converged());
            assertEquals(1, integral(spectrum, Double.NEGATIVE_INFINITY), 0.02);
            assertThrows(IllegalArgumentException.class, () -> HessianSpectrum.measure(gradients, 1, 1, 7, () -> false));
        }
    }

    /** The density's integral above {@code from}, by the trapezoid rule over its grid. */
    private static double integral(HessianSpectrum spectrum, double from) {
        double sum = 0;
        double[] g = spectrum.grid();
        for (int i = 0; i + 1 < g.length; i++) {
            if (g[i] >= from) {
                sum += 0.5 * (spectrum.density()[i] + spectrum.density()[i + 1]) * (g[i + 1] - g[i]);
            }
        }
        return sum;
    }
}
