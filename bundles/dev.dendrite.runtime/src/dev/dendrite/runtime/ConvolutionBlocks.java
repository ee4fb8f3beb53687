package dev.dendrite.runtime;

import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Random;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The channel block of ONNX Runtime's blocked-layout CPU convolutions on this machine, found once per
 * process by running a 32-channel convolution both ways: ONNX Runtime picks the block from the
 * processor (16 with AVX-512, 8 with AVX2) and does not say which, and a kernel reordered for the wrong
 * block gives wrong numbers, so each candidate is checked against the plain {@code Conv}. 0 where none
 * matches or the blocked operators are missing; only x86-64 builds of ONNX Runtime are tried, the
 * platform the blocked kernels were measured on.
 */
public final class ConvolutionBlocks {

    private static final int[] CANDIDATES = {16, 8, 4};
    private static final int CHANNELS = 32;
    private static final int SIDE = 5;

    private static volatile Integer found;

    private ConvolutionBlocks() {
    }

    /** The block size, probed on first use; 0: blocked convolutions are not used on this machine. */
    public static int size() {
        Integer size = found;
        if (size == null) {
            synchronized (ConvolutionBlocks.class) {
                if (found == null) {
                    found = probe();
                }
                size = found;
            }
        }
        return size;
    }

    private static int probe() {
        String arch = System.getProperty("os.arch", "");
        if (!arch.equals("amd64") && !arch.equals("x86_64")) {
            return 0;
        }
        OrtEnvironment env = OnnxRuntime.environment();
        ModelProto plain = probeModel();
        Random random = new Random(7);
        float[] x = new float[CHANNELS * SIDE * SIDE];
        float[] w = new float[CHANNELS * CHANNELS * 9];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) random.nextGaussian();
        }
        try (OnnxTensor xt = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), new long[] {1, CHANNELS, SIDE, SIDE});
                OnnxTensor wt = OnnxTensor.createTensor(env, FloatBuffer.wrap(w), new long[] {CHANNELS, CHANNELS, 3, 3})) {
            Map<String, OnnxTensor> feeds = Map.of("x", xt, "w", wt);
            float[] expected = run(env, plain, feeds);
            for (int block : CANDIDATES) {
                try {
                    float[] actual = run(env, BlockedConvolutions.rewrite(plain, block), feeds);
                    if (close(expected, actual)) {
                        return block;
                    }
                } catch (OrtException wrongOrMissing) {
                    // Not this block (or no blocked operators in this build): try the next.
                }
            }
        } catch (OrtException e) {
            return 0;
        }
        return 0;
    }

    private static float[] run(OrtEnvironment env, ModelProto model, Map<String, OnnxTensor> feeds) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            try (OrtSession session = env.createSession(model.toByteArray(), options); OrtSession.Result result = session.run(feeds)) {
                FloatBuffer y = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] values = new float[y.remaining()];
                y.get(values);
                return values;
            }
        }
    }

    private static boolean close(float[] expected, float[] actual) {
        if (expected.length != actual.length) {
            return false;
        }
        double scale = 1;
        for (float e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            if (!(Math.abs(expected[i] - actual[i]) <= 1e-4 * scale)) {
                return false;
            }
        }
        return true;
    }

    /** y = Conv(x, w), 3×3, pads 1, on [1, 32, 5, 5] with the kernel fed. */
    static ModelProto probeModel() {
        NodeProto conv = NodeProto.newBuilder().setOpType("Conv").setName("probe").addInput("x").addInput("w").addOutput("y")
                .addAttribute(BlockedConvolutions.ints("pads", 1, 1, 1, 1)).build();
        GraphProto graph = GraphProto.newBuilder().setName("convolution-blocks-probe").addNode(conv)
                .addInput(floatInput("x", 1, CHANNELS, SIDE, SIDE)).addInput(floatInput("w", CHANNELS, CHANNELS, 3, 3))
                .addOutput(floatInput("y", 1, CHANNELS, SIDE, SIDE)).build();
        return ModelProto.newBuilder().setIrVersion(9).setGraph(graph)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(17)).build();
    }

    /** A float tensor's value info with a fixed shape. */
    static ValueInfoProto floatInput(String name, long... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (long d : dims) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape))).build();
    }
}
