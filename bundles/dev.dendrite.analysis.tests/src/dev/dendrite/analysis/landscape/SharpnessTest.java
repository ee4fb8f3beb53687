package dev.dendrite.analysis.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.ParameterGradients;

/**
 * The Hessian's top eigenvalue and trace against a loss whose Hessian is known: least squares, whose Hessian in the weights
 * is (2/N)·XᵀX whatever the weights and bias are.
 */
class SharpnessTest {

    private static final int N = 200;
    private static final int D = 4;

    @Test
    void leastSquaresCurvatureIsTwiceTheDataCovariance() throws Exception {
        NetworkBuilder b = new NetworkBuilder("least-squares", "a linear regression");
        b.loss(b.dense(b.input("x", D), "fc", 1), LossKind.MSE);
        Network network = b.network();
        SplittableRandom random = new SplittableRandom(3);
        float[] x = new float[N * D];
        float[] y = new float[N];
        double[] scales = {3, 1, 0.5, 0.2};
        for (int r = 0; r < N; r++) {
            for (int c = 0; c < D; c++) {
                x[r * D + c] = (float) (scales[c] * random.nextGaussian());
            }
            y[r] = (float) random.nextGaussian();
        }
        double[][] h = new double[D][D];
        for (int r = 0; r < N; r++) {
            for (int i = 0; i < D; i++) {
                for (int j = 0; j < D; j++) {
                    h[i][j] += 2.0 * x[r * D + i] * x[r * D + j] / N;
                }
            }
        }
        double top = topEigenvalue(h);
        double trace = 0;
        for (int i = 0; i < D; i++) {
            trace += h[i][i];
        }
        Dataset data = Dataset.regression("lines", new long[] {D}, x, y, 1);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 50, OptimizerKind.ADAM, 0.01, 1L, null).withSchedule("constant", 0,
                0, 0, false, 0, 0, 0, 0);
        try (ParameterGradients gradients = ParameterGradients.open(network, config, new Weights(), data, N)) {
            Sharpness.Result result = Sharpness.measure(gradients, 40, 200, 7, () -> false);
            assertEquals(D, result.weights());
            assertEquals(top, result.topEigenvalue(), 0.01 * top, "the top eigenvalue of (2/N)·XᵀX");
            assertTrue(result.change() < 0.01, "settled: " + result.change());
            // Hutchinson's estimate has variance 2·Σ_{i≠j} h_ij² per probe; with 200 probes and a nearly diagonal h, a few percent.
            assertEquals(trace, result.trace(), 0.1 * trace, "the trace of (2/N)·XᵀX");
            assertTrue(result.traceError() > 0 && Math.abs(result.trace() - trace) < 4 * result.traceError() + 1e-9,
                    "the standard error covers the truth: " + result.trace() + " ± " + result.traceError() + " against " + trace);

            // Preconditioned by a diagonal P (Adam's √v̂ + ε): the top eigenvalue of P⁻¹H, that of P^(−1/2) H P^(−1/2).
            double[] p = {4, 1, 0.25, 0.5};
            double[][] conditioned = new double[D][D];
            for (int i = 0; i < D; i++) {
                for (int j = 0; j < D; j++) {
                    conditioned[i][j] = h[i][j] / Math.sqrt(p[i] * p[j]);
                }
            }
            String key = gradients.values().keySet().iterator().next();
            Sharpness.Result preconditioned = Sharpness.measure(gradients, java.util.Map.of(key, p), 60, 0, 7, () -> false);
            double expected = topEigenvalue(conditioned);
            assertEquals(expected, preconditioned.topEigenvalue(), 0.01 * expected, "the top eigenvalue of P⁻¹H");
            assertTrue(Math.abs(expected - top) > 0.2 * top, "the check tells P⁻¹H from H: " + expected + " against " + top);
        }
    }

    private static double topEigenvalue(double[][] m) {
        double[] v = {1, 1, 1, 1};
        double lambda = 0;
        for (int k = 0; k < 500; k++) {
            double[] next = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                for (int j = 0; j < v.length; j++) {
                    next[i] += m[i][j] * v[j];
                }
            }
            double norm = Math.sqrt(java.util.Arrays.stream(next).map(e -> e * e).sum());
            lambda = norm;
            for (int i = 0; i < v.length; i++) {
                v[i] = next[i] / norm;
            }
        }
        return lambda;
    }
}
