package dev.dendrite.analysis.pruning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.graph.FloatTensor;

import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.model.network.convolution.Convolution;

/** A pruned network's sparsity made real: dead units removed, sparse initializers, the same outputs. */
class CompactExportTest {

    @Test
    void deadUnitsGoAndSparseInitializersStoreTheRestWithTheSameOutputs() throws Exception {
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("mnist", 1, 64, OptimizerKind.ADAM, 1e-3, 1L, null);
        Weights weights = new LotteryExperiment(network, config, new LotterySettings(0, PruningRates.lotteryTicketPaper(), 0, List.of(), 1),
                line -> { }).initialWeights(1L);
        SplittableRandom random = new SplittableRandom(4);
        float[] fc1 = weights.flat().get("fc1/weight").values(); // [784, 300]
        float[] fc2 = weights.flat().get("fc2/weight").values(); // [300, 100]
        float[] bias1 = weights.flat().get("fc1/bias").values();
        for (int i = 0; i < fc1.length; i++) {
            if (random.nextDouble() < 0.9) {
                fc1[i] = 0; // 90% pruned, as after about ten rounds
            }
        }
        for (int j = 0; j < 50; j++) {
            java.util.Arrays.fill(fc2, j * 100, j * 100 + 100, 0f); // units 0-49 of fc1 feed nothing
        }
        for (int j = 50; j < 70; j++) {
            for (int i = 0; i < 784; i++) {
                fc1[i * 300 + j] = 0; // units 50-69 read nothing: constants relu(bias)
            }
            bias1[j] = 0.3f * (j % 2 == 0 ? 1 : -1);
        }
        CompactExport.Compacted compacted = CompactExport.removeDeadUnits(network, weights);
        assertEquals(70, compacted.unitsRemoved());
        assertEquals(230, ((Dense) compacted.network().getLayers().stream().filter(l -> "fc1".equals(l.getId())).findFirst().orElseThrow())
                .getUnits());
        assertEquals(300, ((Dense) network.getLayers().stream().filter(l -> "fc1".equals(l.getId())).findFirst().orElseThrow()).getUnits(),
                "the caller's network is untouched");
        ModelProto dense = OnnxExporter.export(network, weights, "test").model();
        ModelProto compact = CompactExport.sparsify(OnnxExporter.export(compacted.network(), compacted.weights(), "test").model());
        assertTrue(compact.getGraph().getSparseInitializerCount() >= 1, "the 90%-pruned matrix is stored sparse");
        System.out.printf("compact export: %,d → %,d bytes%n", dense.toByteArray().length, compact.toByteArray().length);
        assertTrue(compact.toByteArray().length < dense.toByteArray().length / 2, "much smaller on disk");
        float[] a = run(dense);
        float[] b = run(compact);
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-4f, "output " + i);
        }
    }

    @Test
    void convolutionChannelsThatNothingReadsGoToo() throws Exception {
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("mnist", 1, 64, OptimizerKind.ADAM, 1e-3, 1L, null);
        Weights weights = new LotteryExperiment(network, config, new LotterySettings(0, PruningRates.lotteryTicketPaper(), 0, List.of(), 1),
                line -> { }).initialWeights(1L);
        float[] conv2 = weights.flat().get("conv2/weight").values(); // [16, 6, 5, 5]
        for (int o = 0; o < 16; o++) {
            for (int c : new int[] {0, 1}) {
                java.util.Arrays.fill(conv2, (o * 6 + c) * 25, (o * 6 + c) * 25 + 25, 0f); // conv1's channels 0 and 1: read by nothing
            }
        }
        String dense = network.getLayers().stream().filter(l -> l instanceof Dense).findFirst().orElseThrow().getId();
        FloatTensor fc = weights.flat().get(dense + "/weight"); // [16·5·5, 120]
        java.util.Arrays.fill(fc.values(), 3 * 25 * 120, 4 * 25 * 120, 0f); // conv2's channel 3: read by nothing
        CompactExport.Compacted compacted = CompactExport.removeDeadUnits(network, weights);
        assertEquals(3, compacted.unitsRemoved(), "two channels of conv1, one of conv2");
        assertEquals(4, ((Convolution) compacted.network().getLayers().stream()
                .filter(l -> "conv1".equals(l.getId())).findFirst().orElseThrow()).getOutChannels());
        float[] a = ModelRuns.run(OnnxExporter.export(network, weights, "test").model().toByteArray(), new long[] {8, 1, 28, 28});
        float[] b = ModelRuns.run(CompactExport.sparsify(OnnxExporter.export(compacted.network(), compacted.weights(), "test").model()).toByteArray(),
                new long[] {8, 1, 28, 28});
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-4f, "output " + i);
        }
    }

    private static float[] run(ModelProto model) throws Exception {
        return ModelRuns.run(model.toByteArray(), new long[] {8, 784});
    }

}
