package dev.dendrite.train.autodiff;

import static dev.dendrite.train.autodiff.GradientCheck.Input.real;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * The closed-form rule of BatchNormalization on its own input's batch statistics, in float64
 * against central finite differences: exact, not an approximation, for a 2-D norm (channels and
 * pixels reduced) and a 1-D one (features). The forward pass is the training lowering's.
 */
class BatchStatisticsRuleTest {

    private static final Random RANDOM = new Random(11);

    @Test
    void closedFormOverChannelsAndPixelsIsExact() throws Exception {
        check(new long[] {4, 3, 2, 2}, new long[] {0, 2, 3}, new long[] {1, -1, 1, 1});
    }

    @Test
    void closedFormOverFeaturesIsExact() throws Exception {
        check(new long[] {5, 3}, new long[] {0}, new long[] {1, -1});
    }

    private static void check(long[] shape, long[] axes, long[] broadcast) throws Exception {
        GradientCheck.check("BatchNorm on batch statistics " + java.util.Arrays.toString(shape),
                List.of(real("x", RANDOM, shape), real("w", RANDOM, 3), real("b", RANDOM, 3)), (g, overrides) -> {
                    String axesName = g.longs("axes", axes);
                    String mean = g.node("ReduceMean", List.of("x", axesName), "mean", Attr.i("keepdims", 1));
                    String centred = g.node("Sub", List.of("x", mean), "centred");
                    String count = g.node("CastLike", List.of(g.node("Div", List.of(g.node("Size", List.of("x"), "size_x"),
                            g.node("Size", List.of(mean), "size_mean")), "count_i"), "x"), "count");
                    String var = g.node("Div", List.of(g.node("ReduceSumSquare", List.of(centred, axesName), "squares", Attr.i("keepdims", 1)),
                            count), "var");
                    String y = g.node("BatchNormalization", List.of("x", "w", "b", g.node("Reshape", List.of(mean, g.longs("flat", -1)), "mean_c"),
                            g.node("Reshape", List.of(var, g.longs("flat2", -1)), "var_c")), "y", Attr.f("epsilon", 1e-5));
                    overrides.batchStatistics(y, centred, var, count, broadcast, 1e-5f);
                    return y;
                });
        assertEquals(GradientCheck.Precision.FLOAT64, GradientCheck.lastPrecision, "checked in float64");
    }
}
