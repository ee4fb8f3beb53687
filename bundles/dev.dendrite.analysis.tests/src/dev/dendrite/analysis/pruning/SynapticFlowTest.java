package dev.dendrite.analysis.pruning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;

/** SynFlow: the synaptic-flow scores against their closed form, and the control's masks at the ticket's sparsity, found with no data. */
class SynapticFlowTest {

    /**
     * A network without biases, x → W1 [4, 3] → tanh → W2 [3, 2], scored linearised: R = Σ_ijk
     * |W1[i,j]| |W2[j,k]|, so W1[i,j] scores |W1[i,j]| Σ_k |W2[j,k]| and W2[j,k] scores |W2[j,k]| Σ_i
     * |W1[i,j]| (through the tanh, saturated at the flow's values, the scores would be near 0).
     */
    @Test
    void scoresAreEachWeightsShareOfTheSynapticFlow() throws Exception {
        NetworkBuilder b = new NetworkBuilder("linear", "");
        Dense first = b.dense(b.input("x", 4), "first", 3);
        first.setBias(false);
        Dense second = b.dense(b.activation(first, dev.dendrite.model.network.ActivationFunction.TANH), "second", 2);
        second.setBias(false);
        b.loss(second, LossKind.CROSS_ENTROPY);
        Network network = b.training("test", 1, 8, OptimizerKind.SGD, 0.1).network();
        float[] w1 = {0.5f, -1f, 2f, 0.25f, 1.5f, -0.5f, -2f, 1f, 0.75f, 1f, -0.25f, 0.5f};
        float[] w2 = {1f, -2f, 0.5f, 0.5f, -1.5f, 3f};
        Weights init = new Weights();
        init.put("first", "weight", new FloatTensor(new long[] {4, 3}, w1));
        init.put("second", "weight", new FloatTensor(new long[] {3, 2}, w2));
        float[] all1 = new float[12];
        float[] all2 = new float[6];
        java.util.Arrays.fill(all1, 1f);
        java.util.Arrays.fill(all2, 1f);
        try (SynapticFlow.Scorer scorer = new SynapticFlow.Scorer(network, init, Set.of("first/weight", "second/weight"))) {
            Map<String, float[]> scores = scorer.scores(Map.of("first/weight", all1, "second/weight", all2));
            float[] expected1 = new float[12];
            float[] expected2 = new float[6];
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 3; j++) {
                    float out = Math.abs(w2[j * 2]) + Math.abs(w2[j * 2 + 1]);
                    expected1[i * 3 + j] = Math.abs(w1[i * 3 + j]) * out;
                }
            }
            for (int j = 0; j < 3; j++) {
                float in = 0;
                for (int i = 0; i < 4; i++) {
                    in += Math.abs(w1[i * 3 + j]);
                }
                for (int k = 0; k < 2; k++) {
                    expected2[j * 2 + k] = Math.abs(w2[j * 2 + k]) * in;
                }
            }
            assertArrayEquals(expected1, scores.get("first/weight"), 1e-5f);
            assertArrayEquals(expected2, scores.get("second/weight"), 1e-5f);
            // A pruned weight carries no flow, and takes its share from the weights it fed.
            all2[0] = 0;
            float[] after = scorer.scores(Map.of("first/weight", all1, "second/weight", all2)).get("first/weight");
            assertEquals(Math.abs(w1[0]) * Math.abs(w2[1]), after[0], 1e-5f);
        }
    }

    @Test
    void keepTopKeepsTheLargestScoresAmongTheKeptAndBreaksTiesByPosition() {
        float[] mask = {1, 1, 0, 1, 1, 1};
        SynapticFlow.keepTop(mask, new float[] {0.5f, 2f, 9f, 0.5f, 0.5f, 1f}, 3);
        assertArrayEquals(new float[] {1, 1, 0, 0, 0, 1}, mask, "the pruned 9 stays pruned; of the three 0.5s the first is kept");
    }

    @Test
    void theSynflowControlPrunesAtInitialisationWithoutData(@TempDir Path dir) throws Exception {
        Network network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        Dataset moons = dev.dendrite.train.data.SyntheticData.twoMoons(400, 0.15, 2);
        TrainingConfig config = TrainingConfig.from(network).with("test", 2, 32, OptimizerKind.ADAM, 0.01, 5L, null);
        LotteryExperiment experiment = new LotteryExperiment(network, config, new LotterySettings(2, PruningRates.lotteryTicketPaper(), 0,
                List.of(LotterySettings.Control.SYNFLOW), 1), line -> { });
        List<LadderRow> rows = experiment.run(moons, moons, dir);
        for (int round = 1; round <= 2; round++) {
            int r = round;
            LadderRow imp = rows.stream().filter(row -> row.control().equals("imp") && row.round() == r).findFirst().orElseThrow();
            LadderRow synflow = rows.stream().filter(row -> row.control().equals("synflow") && row.round() == r).findFirst().orElseThrow();
            assertEquals(imp.remainingByLayer(), synflow.remainingByLayer(), "round " + r + ": the ticket's sparsity, layer by layer");
        }
        // Found again from the same initialisation and ticket (no data enters), the masks are the same: a rerun resumes on them.
        Weights init = experiment.initialWeights(5L);
        Weights ticket = dev.dendrite.onnx.weights.WeightsFile.read(dir.resolve("seed-5/imp/round-1/masks.onnx"));
        Weights masks = dev.dendrite.onnx.weights.WeightsFile.read(dir.resolve("seed-5/synflow/round-1/masks.onnx"));
        Weights again = SynapticFlow.masksLike(network, init, ticket);
        for (String key : masks.flat().keySet()) {
            assertArrayEquals(masks.flat().get(key).values(), again.flat().get(key).values(), key);
        }
        assertTrue(!java.util.Arrays.equals(masks.flat().get("hidden1/weight:mask").values(), ticket.flat().get("hidden1/weight:mask").values()),
                "another subnetwork than the ticket's");
    }
}
