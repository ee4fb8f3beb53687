package dev.dendrite.analysis.pruning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.NpmDatasets;

/** The strong lottery-ticket hypothesis: a subnetwork of a wide random MLP classifies MNIST digits without any weight trained. */
class EdgePopupTest {

    static Network wideMlp(int width) {
        NetworkBuilder b = new NetworkBuilder("wide-mlp", "a wide random MLP for edge-popup");
        Layer x = b.dense(b.input("image", 784), "fc1", width, ActivationFunction.RELU);
        x = b.dense(x, "fc2", width, ActivationFunction.RELU);
        b.loss(b.dense(x, "fc3", 10), LossKind.CROSS_ENTROPY);
        return b.training("mnist", 10, 128, OptimizerKind.ADAM, 0.01).network();
    }

    @Test
    void aSubnetworkOfAWideRandomMlpClassifiesDigitsWithoutTrainingAWeight(@TempDir Path dir) throws Exception {
        Network network = wideMlp(512);
        Dataset[] mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        TrainingConfig config = TrainingConfig.from(network).with("mnist", 5, 128, OptimizerKind.ADAM, 0.01, 3L, null);
        EdgePopup popup = new EdgePopup(network, config, true, line -> { });
        List<EdgePopup.Point> points = popup.run(List.of(0.5), mnist[0], mnist[1], dir);
        System.out.printf("edge-popup, 784-512-512-10, k = 0.5, signed constant: %.2f%% test accuracy%n", 100 * points.get(0).testAccuracy());
        assertTrue(points.get(0).testAccuracy() >= 0.90, "test accuracy " + points.get(0).testAccuracy());

        // No weight was trained: the exported weights are the signed-constant initialisation, half of them zeroed per layer.
        Weights init = EdgePopup.signedConstant(new LotteryExperiment(network, config, new LotterySettings(0, PruningRates.lotteryTicketPaper(),
                0, List.of(), 1), line -> { }).initialWeights(3L), java.util.Set.of("fc1/weight", "fc2/weight", "fc3/weight"), 0.5);
        Weights trained = WeightsFile.read(dir.resolve("k-0.50").resolve("final.weights.onnx"));
        for (String key : List.of("fc1/weight", "fc2/weight", "fc3/weight")) {
            FloatTensor before = init.flat().get(key);
            FloatTensor after = trained.flat().get(key);
            int kept = 0;
            for (int i = 0; i < after.size(); i++) {
                if (after.values()[i] != 0) {
                    kept++;
                    assertEquals(before.values()[i], after.values()[i], 0f, key + "[" + i + "] kept its initial value");
                }
            }
            assertEquals(0.5, kept / (double) after.size(), 0.001, key + " keeps half of its weights");
        }
        assertEquals(init.flat().get("fc1/bias"), trained.flat().get("fc1/bias"), "biases are not trained either");
    }
}
