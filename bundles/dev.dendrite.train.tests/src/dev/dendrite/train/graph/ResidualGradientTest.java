package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.BlockKind;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.ProjectionKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * Residual additions in the train step: an identity shortcut, a 1×1 projection shortcut and a
 * block used twice. Each Add lowers to a Sum whose terms have its output's shape; the step gives
 * their gradients the output's gradient itself instead of summing it at run time over the axes
 * where the shapes differ (none: a copy of the whole gradient per term). Every parameter's
 * gradient is checked against central finite differences of the step's own loss.
 */
class ResidualGradientTest {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;

    @Test
    void sumsOfOneShapeNeedNoRunTimeUnbroadcasting() throws Exception {
        TrainingGraphs graphs = TrainStepPipeline.standard().build(network(false), new Weights(), config(network(false)), GraphOptions.DEFAULT);
        assertEquals(0, runTimeUnbroadcasts(graphs), "no ReduceSum over run-time axes: the network has no bias to unbroadcast and no "
                + "Add that broadcasts");
    }

    @Test
    void aBlockUsedTwiceKeepsTheGenericRuleForItsSum() throws Exception {
        TrainingGraphs graphs = TrainStepPipeline.standard().build(network(true), new Weights(), config(network(true)), GraphOptions.DEFAULT);
        // Its layers (and their recorded tensors and shapes) stand for both uses; the Sum of each use is un-broadcast at run time.
        assertEquals(4, runTimeUnbroadcasts(graphs), "two terms in each of two uses");
    }

    @Test
    void residualGradientsMatchFiniteDifferencesOfTheStepLoss() throws Exception {
        for (boolean twice : new boolean[] {false, true}) {
            checkGradients(network(twice));
        }
    }

    private static void checkGradients(Network network) throws Exception {
        int rows = 4;
        Random random = new Random(5);
        float[] x = new float[rows * 2 * 6 * 6];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        long[] labels = new long[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = i % 3;
        }
        long[] xShape = {rows, 2, 6, 6};
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config(network), GraphOptions.DEFAULT))) {
            int checked = runner.checkGradientsAgainstFiniteDifferences(network.getName() + ": ", x, xShape, labels, 5);
            assertTrue(checked >= 8, "parameters checked: " + runner.graphs.parameters());
        }
    }

    /** ReduceSum nodes whose axes are worked out at run time (un-broadcasting), in the train step. */
    private static long runTimeUnbroadcasts(TrainingGraphs graphs) {
        return graphs.trainStep().getGraph().getNodeList().stream().filter(n -> n.getOpType().equals("ReduceSum")).filter(ResidualGradientTest::noopWhenEmpty)
                .count();
    }

    private static boolean noopWhenEmpty(NodeProto node) {
        return node.getAttributeList().stream().anyMatch(a -> a.getName().equals("noop_with_empty_axes") && a.getI() == 1);
    }

    /**
     * conv stem → an identity residual (a block, used once or twice) → a strided residual with a 1×1
     * projection → flatten → dense without bias → cross-entropy, tanh between.
     */
    private static Network network(boolean blockUsedTwice) {
        NetworkBuilder b = new NetworkBuilder(blockUsedTwice ? "residual-twice" : "residual-check", "residual gradients");
        var identity = b.block("unit", BlockKind.RESIDUAL, body -> {
            Layer in = body.blockInput("x");
            Add add = body.add(F.createAdd(), "add", body.conv(in, "conv", 3, 3, 1, 1));
            body.connect(in, "", add, "in1");
            body.blockOutput(body.activation(add, ActivationFunction.TANH), "y");
        });
        Layer x = b.activation(b.conv(b.input("image", 2, 6, 6), "stem", 3, 3, 1, 1), ActivationFunction.TANH);
        x = b.use(identity, "first", x);
        if (blockUsedTwice) {
            x = b.use(identity, "second", x);
        }
        Add down = b.add(F.createAdd(), "down_add", b.conv(x, "down_conv", 4, 3, 2, 1));
        down.setProjection(ProjectionKind.CONV1X1);
        b.connect(x, "", down, "in1");
        Dense fc = b.dense(b.flatten(b.activation(down, ActivationFunction.TANH)), "fc", 3);
        fc.setBias(false);
        b.loss(fc, LossKind.CROSS_ENTROPY);
        return b.training("test", 1, 4, OptimizerKind.SGD, 1.0).network();
    }

    private static TrainingConfig config(Network network) {
        return TrainingConfig.from(network).with("test", 1, 4, OptimizerKind.SGD, 1.0, 1L, null);
    }
}
