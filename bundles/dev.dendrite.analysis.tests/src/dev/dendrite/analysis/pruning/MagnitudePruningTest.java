package dev.dendrite.analysis.pruning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;

/** Magnitude pruning: which weights go, per layer and globally, the random control, and the rates of the course's networks. */
class MagnitudePruningTest {

    private static Weights weights(String key, float... values) {
        Weights w = new Weights();
        String[] parts = Weights.split(key);
        w.put(parts[0], parts[1], new FloatTensor(new long[] {values.length}, values));
        return w;
    }

    @Test
    void aRoundPrunesTheSmallestRemainingWeightsOfEachLayer() {
        Weights trained = weights("fc/weight", 0.5f, -0.1f, 0.3f, -0.9f, 0.05f, 0.7f, -0.2f, 0.0f, 0.6f, -0.4f);
        Weights masks = MagnitudePruning.keepAll(trained, Map.of("fc/weight", 0.2));
        masks.flat().get("fc/weight:mask").values()[7] = 0; // already pruned
        Weights next = MagnitudePruning.prune(trained, masks, Map.of("fc/weight", 0.2), false, null);
        // 9 remain; 20% of 9 rounds to 2: the smallest magnitudes among them, 0.05 and -0.1.
        assertArrayEquals(new float[] {1, 0, 1, 1, 0, 1, 1, 0, 1, 1}, next.flat().get("fc/weight:mask").values());
        assertEquals(0.7, MagnitudePruning.remaining(next), 1e-9);
    }

    @Test
    void globalPruningRanksLayersTogetherButKeepsTheOutputLayersRate() {
        Weights trained = new Weights();
        trained.put("a", "weight", new FloatTensor(new long[] {4}, new float[] {0.01f, 0.02f, 0.03f, 0.04f}));
        trained.put("b", "weight", new FloatTensor(new long[] {4}, new float[] {1, 2, 3, 4}));
        trained.put("out", "weight", new FloatTensor(new long[] {4}, new float[] {0.001f, 5, 6, 7}));
        Map<String, Double> rates = new java.util.LinkedHashMap<>(Map.of("a/weight", 0.5, "b/weight", 0.5, "out/weight", 0.25));
        Weights masks = MagnitudePruning.keepAll(trained, rates);
        Weights global = MagnitudePruning.prune(trained, masks, rates, true, "out/weight");
        assertArrayEquals(new float[] {0, 0, 0, 0}, global.flat().get("a/weight:mask").values(), "the small layer goes first");
        assertArrayEquals(new float[] {1, 1, 1, 1}, global.flat().get("b/weight:mask").values());
        assertArrayEquals(new float[] {0, 1, 1, 1}, global.flat().get("out/weight:mask").values(), "the output layer alone, at its rate");
        Weights layerwise = MagnitudePruning.prune(trained, masks, rates, false, "out/weight");
        assertArrayEquals(new float[] {0, 0, 1, 1}, layerwise.flat().get("a/weight:mask").values());
    }

    @Test
    void randomPruningKeepsEachLayersSparsityAtOtherPositions() {
        float[] values = new float[1000];
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        Weights trained = weights("fc/weight", values);
        Weights masks = MagnitudePruning.keepAll(trained, Map.of("fc/weight", 0.5));
        Weights ticket = MagnitudePruning.prune(trained, masks, Map.of("fc/weight", 0.5), false, null);
        Weights control = MagnitudePruning.randomLike(ticket, 9);
        assertEquals(MagnitudePruning.remaining(ticket), MagnitudePruning.remaining(control), 1e-12);
        assertFalse(Arrays.equals(ticket.flat().get("fc/weight:mask").values(), control.flat().get("fc/weight:mask").values()));
    }

    @Test
    void scoresPickEachLayersTopWeightsAtTheTicketsSparsity() {
        Weights ticket = new Weights();
        ticket.put("fc", "weight:mask", new FloatTensor(new long[] {6}, new float[] {1, 0, 1, 0, 1, 0}));
        Weights masks = MagnitudePruning.topByScoreLike(ticket, Map.of("fc/weight", new float[] {0.1f, 0.9f, 0.3f, 0.8f, 0.2f, 0.7f}));
        assertArrayEquals(new float[] {0, 1, 0, 1, 0, 1}, masks.flat().get("fc/weight:mask").values(), "three kept, by score");
        assertThrows(IllegalArgumentException.class, () -> MagnitudePruning.topByScoreLike(masks, Map.of()));
    }

    @Test
    void theSnipControlKeepsTheLargestConnectionSensitivitiesAtInitialisation(@TempDir Path dir) throws Exception {
        Network network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        Dataset moons = dev.dendrite.train.data.SyntheticData.twoMoons(400, 0.15, 2);
        TrainingConfig config = TrainingConfig.from(network).with("test", 2, 32, OptimizerKind.ADAM, 0.01, 5L, null);
        LotteryExperiment experiment = new LotteryExperiment(network, config, new LotterySettings(1, PruningRates.lotteryTicketPaper(), 0,
                List.of(LotterySettings.Control.SNIP), 1), line -> { });
        List<LadderRow> rows = experiment.run(moons, moons, dir);
        LadderRow imp = rows.stream().filter(r -> r.control().equals("imp")).findFirst().orElseThrow();
        LadderRow snip = rows.stream().filter(r -> r.control().equals("snip")).findFirst().orElseThrow();
        assertEquals(imp.remainingByLayer(), snip.remainingByLayer(), "the ticket's sparsity, layer by layer");
        Weights init = experiment.initialWeights(5L);
        Map<String, float[]> gradients = dev.dendrite.train.run.ParameterGradients.of(network, config, init, moons, LotteryExperiment.SNIP_SAMPLES);
        Weights masks = dev.dendrite.onnx.weights.WeightsFile.read(dir.resolve("seed-5/snip/round-1/masks.onnx"));
        Weights ticketMasks = dev.dendrite.onnx.weights.WeightsFile.read(dir.resolve("seed-5/imp/round-1/masks.onnx"));
        assertFalse(Arrays.equals(masks.flat().get("hidden1/weight:mask").values(), ticketMasks.flat().get("hidden1/weight:mask").values()),
                "another subnetwork than the ticket's");
        for (String key : imp.remainingByLayer().keySet()) {
            float[] w = init.flat().get(key).values();
            float[] kept = masks.flat().get(key + ":mask").values();
            float lowestKept = Float.MAX_VALUE;
            float highestPruned = 0;
            for (int i = 0; i < w.length; i++) {
                float score = Math.abs(gradients.get(key)[i] * w[i]);
                if (kept[i] != 0) {
                    lowestKept = Math.min(lowestKept, score);
                } else {
                    highestPruned = Math.max(highestPruned, score);
                }
            }
            assertTrue(lowestKept >= highestPruned, key + ": every kept weight scores at least as high as every pruned one");
        }
        dev.dendrite.train.run.TrainingException rerun = assertThrows(dev.dendrite.train.run.TrainingException.class, () -> new LotteryExperiment(
                network, config.with(null, null, null, null, 0.02, null, null), new LotterySettings(1, PruningRates.lotteryTicketPaper(), 0,
                        List.of(LotterySettings.Control.SNIP), 1), line -> { }).run(moons, moons, dir));
        assertEquals(dir.resolve("seed-5/dense") + " was trained with learningRate 0.01, not 0.02: run the experiment into another folder (--out), "
                + "or delete it", rerun.getMessage(), "a rerun with another rate is not mixed into the ladder");
        float[] start = dev.dendrite.onnx.weights.WeightsFile.read(dir.resolve("seed-5/snip/round-1/final.weights.onnx")).flat()
                .get("hidden1/weight").values();
        float[] kept = masks.flat().get("hidden1/weight:mask").values();
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] == 0) {
                assertEquals(0f, Math.abs(start[i]), "pruned weight " + i + " stays 0");
            }
        }
    }

    @Test
    void theCoursesNetworksGetThePapersRates() {
        Map<String, Double> lenet = MagnitudePruning.ratesByWeight(TemplateLibrary.find("lenet-300-100").orElseThrow().create(),
                PruningRates.lotteryTicketPaper());
        assertEquals(Map.of("fc1/weight", 0.2, "fc2/weight", 0.2, "fc3/weight", 0.1), lenet);
        PruningRates rates = PruningRates.parse("conv=0.1", false);
        assertEquals(new PruningRates(0.2, 0.1, 0.1, false), rates);
        assertThrows(IllegalArgumentException.class, () -> PruningRates.parse("dense=2", false));
        assertEquals("unknown layer type 'lstm' in --rate: use dense, output or conv",
                assertThrows(IllegalArgumentException.class, () -> PruningRates.parse("lstm=0.2", false)).getMessage());
    }

    @Test
    void aTransformersProjectionsArePrunedAsDenseWeights(@TempDir Path dir) throws Exception {
        Network network = TemplateLibrary.find("transformer-tagger").orElseThrow().create();
        Map<String, Double> rates = MagnitudePruning.ratesByWeight(network, PruningRates.lotteryTicketPaper());
        for (String block : List.of("block1", "block2")) {
            for (String role : List.of("query", "key", "value", "output")) {
                assertEquals(0.2, rates.get(block + "_attention/" + role + "_weight"), block + " " + role);
            }
        }
        assertEquals(0.1, rates.get("tag_logits/weight"));
        TrainingConfig config = TrainingConfig.from(network).with("synthetic:tagging", 1, 32, OptimizerKind.ADAM, 1e-3, 3L, null);
        var data = dev.dendrite.train.data.SequenceData.load("tagging", 3);
        LotteryExperiment experiment = new LotteryExperiment(network, config, new LotterySettings(1, PruningRates.lotteryTicketPaper(), 0,
                List.of(), 1), line -> { });
        List<LadderRow> rows = experiment.run(data[0], data[1], dir);
        LadderRow pruned = rows.get(1);
        assertEquals(0.8, pruned.remainingByLayer().get("block2_attention/value_weight"), 0.001, "a fifth of a projection pruned");
        Weights masks = dev.dendrite.onnx.weights.WeightsFile.read(dir.resolve("seed-3/imp/round-1/masks.onnx"));
        float[] mask = masks.flat().get("block1_attention/query_weight:mask").values();
        assertEquals(32 * 32, mask.length);
        float[] trained = dev.dendrite.onnx.weights.WeightsFile.read(dir.resolve("seed-3/imp/round-1/final.weights.onnx")).flat()
                .get("block1_attention/query_weight").values();
        int zeroed = 0;
        for (int i = 0; i < mask.length; i++) {
            if (mask[i] == 0) {
                assertEquals(0f, Math.abs(trained[i]), "pruned query weight " + i + " stays 0 through training");
                zeroed++;
            }
        }
        assertEquals(205, zeroed, "a fifth of 1,024 weights");
    }

    @Test
    void convTwoFourSixPruneAndTrainOnCifarShapedData(@TempDir Path dir) throws Exception {
        for (String id : List.of("conv-2", "conv-4", "conv-6")) {
            Network network = TemplateLibrary.find(id).orElseThrow().create();
            Map<String, Double> rates = MagnitudePruning.ratesByWeight(network, PruningRates.lotteryTicketPaper());
            long convolutions = rates.values().stream().filter(r -> r == 0.15).count();
            assertEquals(Integer.parseInt(id.substring(5)), convolutions, id + ": every convolution at the convolution rate");
            assertTrue(rates.containsValue(0.1), id + ": the output layer at its own rate");
            TrainingConfig config = TrainingConfig.from(network).with("cifar-shaped", 1, 16, OptimizerKind.ADAM, 1e-3, 3L, null);
            Dataset data = cifarShaped(64);
            LotteryExperiment experiment = new LotteryExperiment(network, config, new LotterySettings(1, PruningRates.lotteryTicketPaper(), 0,
                    List.of(), 1), line -> { });
            List<LadderRow> rows = experiment.run(data, data, dir.resolve(id));
            assertEquals(2, rows.size());
            LadderRow pruned = rows.get(1);
            rates.forEach((key, rate) -> assertEquals(1 - rate, pruned.remainingByLayer().get(key), 0.001, id + " " + key));
            Weights init = experiment.initialWeights(3L);
            Weights masks = dev.dendrite.onnx.weights.WeightsFile.read(dir.resolve(id).resolve("seed-3/imp/round-1/masks.onnx"));
            rates.keySet().forEach(key -> assertArrayEquals(init.flat().get(key).shape(), masks.flat().get(key + ":mask").shape(),
                    id + ": the mask of " + key + " has its shape"));
        }
    }

    private static Dataset cifarShaped(int n) {
        SplittableRandom random = new SplittableRandom(5);
        float[] pixels = new float[n * 3 * 32 * 32];
        int[] labels = new int[n];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) random.nextDouble();
        }
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(10);
        }
        return Dataset.classification("cifar-shaped", new long[] {3, 32, 32}, pixels, labels, 10);
    }
}
