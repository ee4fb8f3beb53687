package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OnnxOperator;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.Reshape;
import dev.dendrite.model.network.normalization.NormalizationFactory;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.export.OperatorLowering;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.SyntheticData;

/** A generic ONNX operator trains when autodiff has a rule for its op, and is reported by name when it has none. */
class GenericOperatorTrainingTest {

    /** x → dense 8 → [4, 2] → generic op → flatten → dense 2, on two moons. */
    private static Network network(NodeProto operator, List<TensorProto> constants, List<Integer> outputDims) {
        NetworkBuilder b = new NetworkBuilder("generic", "a generic operator between two dense layers");
        Layer x = b.dense(b.input("x", 2), "fc1", 8, ActivationFunction.TANH);
        Reshape fold = NetworkFactory.eINSTANCE.createReshape();
        fold.getDims().addAll(List.of(4, 2));
        x = b.add(fold, "fold", x);
        OnnxOperator op = NetworkFactory.eINSTANCE.createOnnxOperator();
        op.setOpType(operator.getOpType());
        op.getOutputDims().addAll(outputDims);
        op.setDefinition(OperatorLowering.encode(operator, constants));
        x = b.add(op, "generic", x);
        x = b.add(NetworkFactory.eINSTANCE.createFlatten(), "flat", x);
        b.loss(b.dense(x, "fc2", 2), LossKind.CROSS_ENTROPY);
        return b.training("synthetic:two-moons", 8, 32, OptimizerKind.ADAM, 0.02).network();
    }

    @Test
    void aGenericOperatorWithARuleTrainsAndOneWithoutIsNamed(@TempDir Path dir) throws Exception {
        NodeProto transpose = NodeProto.newBuilder().setOpType("Transpose").addInput("in0").addOutput("y").addAttribute(Attr.ints("perm", 0, 2,
                1)).build();
        Network trainable = network(transpose, List.of(), List.of(2, 4));
        TrainingResult result = new Trainer(trainable, TrainingConfig.from(trainable).withSeed(1L), l -> { })
                .train(new Weights(), SyntheticData.twoMoons(640, 0.1, 1), SyntheticData.twoMoons(200, 0.1, 2), dir.resolve("transpose"), false);
        assertTrue(result.testAccuracy() > 0.8, "trains through the generic Transpose: " + result.testAccuracy());

        // Hardmax is piecewise constant: no rule, so the run stops naming it.
        NodeProto hardmax = NodeProto.newBuilder().setOpType("Hardmax").addInput("in0").addOutput("y").build();
        Network untrainable = network(hardmax, List.of(), List.of(4, 2));
        Exception error = assertThrows(Exception.class, () -> new Trainer(untrainable, TrainingConfig.from(untrainable).with(null, null, null,
                null, null, 1L, null), l -> { }).train(new Weights(), SyntheticData.twoMoons(640, 0.1, 1), SyntheticData.twoMoons(200, 0.1, 2),
                        dir.resolve("hardmax"), false));
        assertTrue(error.getMessage().contains("no gradient rule for Hardmax"), error.getClass() + ": " + error.getMessage());
    }

    @Test
    void localResponseNormalisationTrains(@TempDir Path dir) throws Exception {
        NetworkBuilder b = new NetworkBuilder("lrn", "LRN between two dense layers");
        Layer x = b.dense(b.input("x", 2), "fc1", 8, ActivationFunction.RELU);
        Reshape fold = NetworkFactory.eINSTANCE.createReshape();
        fold.getDims().addAll(List.of(4, 1, 2));
        x = b.add(fold, "fold", x);
        var lrn = NormalizationFactory.eINSTANCE.createLocalResponseNorm();
        lrn.setSize(3);
        lrn.setAlpha(0.5f);
        x = b.add(lrn, "lrn", x);
        x = b.add(NetworkFactory.eINSTANCE.createFlatten(), "flat", x);
        b.loss(b.dense(x, "fc2", 2), LossKind.CROSS_ENTROPY);
        Network network = b.training("synthetic:two-moons", 8, 32, OptimizerKind.ADAM, 0.02).network();
        TrainingResult result = new Trainer(network, TrainingConfig.from(network).withSeed(1L), l -> { })
                .train(new Weights(), SyntheticData.twoMoons(640, 0.1, 1), SyntheticData.twoMoons(200, 0.1, 2), dir, false);
        assertTrue(result.testAccuracy() > 0.8, "trains through LRN: " + result.testAccuracy());
        assertTrue(result.stepLosses().get(result.stepLosses().size() - 1) < result.stepLosses().get(0), "the loss falls");
    }

    @Test
    void aGenericOperatorsLearntInputTrains(@TempDir Path dir) throws Exception {
        NodeProto scale = NodeProto.newBuilder().setOpType("Mul").addInput("in0").addInput("c0").addOutput("y").build();
        NetworkBuilder b = new NetworkBuilder("scaled", "a learnt per-element scale as a generic Mul");
        Layer x = b.dense(b.input("x", 2), "fc1", 8, ActivationFunction.TANH);
        Reshape fold = NetworkFactory.eINSTANCE.createReshape();
        fold.getDims().addAll(List.of(4, 2));
        x = b.add(fold, "fold", x);
        OnnxOperator op = NetworkFactory.eINSTANCE.createOnnxOperator();
        op.setOpType("Mul");
        op.getOutputDims().addAll(List.of(4, 2));
        op.setParameterCount(8);
        float[] ones = new float[8];
        java.util.Arrays.fill(ones, 1f);
        dev.dendrite.onnx.graph.FloatTensor initial = new dev.dendrite.onnx.graph.FloatTensor(new long[] {4, 2}, ones);
        op.setDefinition(OperatorLowering.encode(scale, List.of(), java.util.Map.of("c0", initial)));
        x = b.add(op, "scale", x);
        x = b.add(NetworkFactory.eINSTANCE.createFlatten(), "flat", x);
        b.loss(b.dense(x, "fc2", 2), LossKind.CROSS_ENTROPY);
        Network network = b.training("synthetic:two-moons", 8, 32, OptimizerKind.ADAM, 0.02).network();
        Weights given = new Weights();
        given.put("scale", "c0", initial);
        TrainingResult result = new Trainer(network, TrainingConfig.from(network).withSeed(1L), l -> { })
                .train(given, SyntheticData.twoMoons(640, 0.1, 1), SyntheticData.twoMoons(200, 0.1, 2), dir, false);
        assertTrue(result.testAccuracy() > 0.8, "trains: " + result.testAccuracy());
        float[] trained = dev.dendrite.onnx.weights.WeightsFile.read(dir.resolve("final.weights.onnx")).get("scale", "c0").orElseThrow().values();
        assertTrue(java.util.stream.IntStream.range(0, 8).anyMatch(i -> Math.abs(trained[i] - 1f) > 1e-3), "the learnt scale moved: "
                + java.util.Arrays.toString(trained));
    }

    /** A decoder's transposed convolution, as imported U-Nets and convolutional autoencoders carry it: its kernel and bias train. */
    @Test
    void aGenericConvTransposeTrainsItsKernel(@TempDir Path dir) throws Exception {
        NodeProto upsample = NodeProto.newBuilder().setOpType("ConvTranspose").addInput("in0").addInput("c0").addInput("c1").addOutput("y")
                .addAttribute(Attr.ints("kernel_shape", 2, 2)).addAttribute(Attr.ints("strides", 2, 2)).build();
        NetworkBuilder b = new NetworkBuilder("decoder", "a dense code unfolded by a transposed convolution");
        Layer x = b.dense(b.input("x", 2), "fc1", 8, ActivationFunction.TANH);
        Reshape fold = NetworkFactory.eINSTANCE.createReshape();
        fold.getDims().addAll(List.of(2, 2, 2));
        x = b.add(fold, "fold", x);
        OnnxOperator op = NetworkFactory.eINSTANCE.createOnnxOperator();
        op.setOpType("ConvTranspose");
        op.getOutputDims().addAll(List.of(3, 4, 4));
        op.setParameterCount(2 * 3 * 2 * 2 + 3);
        java.util.Random random = new java.util.Random(5);
        float[] kernel = new float[2 * 3 * 2 * 2];
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] = (float) random.nextGaussian() * 0.5f;
        }
        dev.dendrite.onnx.graph.FloatTensor initialKernel = new dev.dendrite.onnx.graph.FloatTensor(new long[] {2, 3, 2, 2}, kernel);
        dev.dendrite.onnx.graph.FloatTensor initialBias = dev.dendrite.onnx.graph.FloatTensor.zeros(3);
        op.setDefinition(OperatorLowering.encode(upsample, List.of(), java.util.Map.of("c0", initialKernel, "c1", initialBias)));
        x = b.add(op, "upsample", x);
        x = b.add(NetworkFactory.eINSTANCE.createFlatten(), "flat", x);
        b.loss(b.dense(x, "fc2", 2), LossKind.CROSS_ENTROPY);
        Network network = b.training("synthetic:two-moons", 8, 32, OptimizerKind.ADAM, 0.02).network();
        Weights given = new Weights();
        given.put("upsample", "c0", initialKernel);
        given.put("upsample", "c1", initialBias);
        TrainingResult result = new Trainer(network, TrainingConfig.from(network).withSeed(1L), l -> { })
                .train(given, SyntheticData.twoMoons(640, 0.1, 1), SyntheticData.twoMoons(200, 0.1, 2), dir, false);
        assertTrue(result.testAccuracy() > 0.8, "trains through the transposed convolution: " + result.testAccuracy());
        var trained = dev.dendrite.onnx.weights.WeightsFile.read(dir.resolve("final.weights.onnx"));
        float[] k = trained.get("upsample", "c0").orElseThrow().values();
        float[] bias = trained.get("upsample", "c1").orElseThrow().values();
        assertTrue(java.util.stream.IntStream.range(0, k.length).anyMatch(i -> Math.abs(k[i] - kernel[i]) > 1e-3), "the kernel moved");
        assertTrue(java.util.stream.IntStream.range(0, 3).anyMatch(i -> Math.abs(bias[i]) > 1e-3), "the bias moved");
    }
}
