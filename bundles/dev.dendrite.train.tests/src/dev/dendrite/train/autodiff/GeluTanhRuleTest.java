package dev.dendrite.train.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dendrite.onnx.graph.Attr;

/**
 * GELU's tanh form (GPT-2's, PyTorch's {@code approximate="tanh"}, kept by an imported generic
 * Gelu) has its own slope: within 2e-5 of the closed form, where the exact form's slope is up to
 * 9e-4 away (near x = 2), closer than the finite-difference check in float32 can tell apart.
 */
class GeluTanhRuleTest {

    private static double tanhSlope(double x) {
        double k = Math.sqrt(2 / Math.PI);
        double t = Math.tanh(k * (x + 0.044715 * x * x * x));
        return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * k * (1 + 3 * 0.044715 * x * x);
    }

    private static double exactSlope(double x) {
        double cdf = 0.5 * (1 + erf(x / Math.sqrt(2)));
        return cdf + x * Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
    }

    /** Abramowitz and Stegun 7.1.26 is too coarse here; a series to 1e-12 over [-4, 4]. */
    private static double erf(double x) {
        double sum = 0;
        double term = x;
        for (int n = 0; n < 200; n++) {
            sum += term / (2 * n + 1);
            term *= -x * x / (n + 1);
        }
        return 2 / Math.sqrt(Math.PI) * sum;
    }

    @Test
    void theTanhFormHasItsOwnSlope() throws Exception {
        double[] xs = new double[25];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = -3 + 0.25 * i;
        }
        double[] got = GradientCheck.ruleGradient("gelu tanh", new GradientCheck.Input("x", new long[] {xs.length}, xs, null),
                g -> g.node("Gelu", List.of("x"), "y", Attr.s("approximate", "tanh")));
        for (int i = 0; i < xs.length; i++) {
            assertEquals(tanhSlope(xs[i]), got[i], 2e-5, "slope at " + xs[i]);
        }
        assertTrue(Math.abs(exactSlope(2) - tanhSlope(2)) > 5e-4, "the two forms' slopes differ where this test looks");
    }
}
