package dev.dendrite.train.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * Max-pool gradients where windows tie (a zero background, ReLU zeros, equal conv outputs): every
 * window sends its gradient to its first maximum in row-major order, as MaxPool's indices do,
 * whether the static shape lets the rule use blocks (a transpose and ArgMax) or not (MaxPool's indices).
 */
class MaxPoolTiesTest {

    private static final int N = 3;
    private static final int C = 2;
    private static final int H = 6;
    private static final int W = 9;
    private static final int K = 3;

    @Test
    void tiedWindowsSendTheirGradientToTheFirstMaximumOnBothPaths() throws Exception {
        Random random = new Random(11);
        float[] x = new float[N * C * H * W];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextInt(3) * 0.5f;
        }
        float[] dy = new float[N * C * (H / K) * (W / K)];
        for (int i = 0; i < dy.length; i++) {
            dy[i] = (float) random.nextGaussian();
        }
        float[] expected = reference(x, dy);
        float[] byBlocks = gradient(List.of("N", (long) C, (long) H, (long) W), x, dy);
        float[] byIndices = gradient(List.of("N", (long) C, "H", (long) W), x, dy);
        assertEquals(expected.length, byBlocks.length);
        assertArrayEquals(expected, byIndices, 0f, "MaxPool's indices");
        assertArrayEquals(expected, byBlocks, 0f, "blocks and ArgMax");
    }

    @Test
    void aWrongKnownShapeFailsLoudlyInsteadOfMisplacingGradients() {
        float[] x = new float[N * C * H * W];
        float[] dy = new float[N * C * (H / K) * (W / K)];
        // Height and width swapped: both still tile by K, so the rule takes the block form.
        var error = assertThrows(ai.onnxruntime.OrtException.class, () -> gradient(List.of("N", (long) C, "H", "W"),
                Map.of("x", new long[] {-1, C, W, H}), x, dy));
        assertTrue(error.getMessage().contains("pool"), error.getMessage());
    }

    private static float[] gradient(List<Object> dims, float[] x, float[] dy) throws Exception {
        return gradient(dims, Map.of(), x, dy);
    }

    /** The gradient of MaxPool(x, K×K, stride K) at dy, from a graph whose input declares {@code dims}. */
    private static float[] gradient(List<Object> dims, Map<String, long[]> known, float[] x, float[] dy) throws Exception {
        GraphBuilder g = new GraphBuilder("pool");
        g.input("x", GraphBuilder.ElementType.FLOAT, dims);
        g.input("dy", GraphBuilder.ElementType.FLOAT, List.of("N", (long) C, "Ho", "Wo"));
        g.node("MaxPool", List.of("x"), "y", Attr.ints("kernel_shape", K, K), Attr.ints("strides", K, K));
        List<NodeProto> forward = List.copyOf(g.graph().getNodeList());
        String y = forward.get(0).getOutput(0);
        String dx = Autodiff.backward(g, forward, Map.of(y, "dy"), Set.of("x"), GradientOverrides.none(), known).get("x");
        g.output(dx, GraphBuilder.ElementType.FLOAT);
        boolean blocks = g.graph().getNodeList().stream().anyMatch(n -> n.getOpType().equals("ArgMax"));
        assertEquals(dims.get(2) instanceof Long || !known.isEmpty(), blocks, "blocks exactly when the height is known: " + dims);
        OrtEnvironment env = OnnxRuntime.environment();
        try (ModelSession session = OnnxRuntime.open(g.model("test", "").toByteArray(), "pool", RuntimeSettings.forIde());
                OnnxTensor tx = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), new long[] {N, C, H, W});
                OnnxTensor tdy = OnnxTensor.createTensor(env, FloatBuffer.wrap(dy), new long[] {N, C, H / K, W / K});
                var result = session.session().run(Map.of("x", tx, "dy", tdy))) {
            FloatBuffer buffer = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] values = new float[buffer.remaining()];
            buffer.get(values);
            return values;
        }
    }

    /** Each window's gradient at its first maximum in row-major order. */
    private static float[] reference(float[] x, float[] dy) {
        float[] dx = new float[x.length];
        int ho = H / K;
        int wo = W / K;
        for (int n = 0; n < N; n++) {
            for (int c = 0; c < C; c++) {
                for (int ph = 0; ph < ho; ph++) {
                    for (int pw = 0; pw < wo; pw++) {
                        int best = -1;
                        for (int i = 0; i < K; i++) {
                            for (int j = 0; j < K; j++) {
                                int index = ((n * C + c) * H + ph * K + i) * W + pw * K + j;
                                if (best < 0 || x[index] > x[best]) {
                                    best = index;
                                }
                            }
                        }
                        dx[best] += dy[((n * C + c) * ho + ph) * wo + pw];
                    }
                }
            }
        }
        return dx;
    }
}
