package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.SyntheticData;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.graph.RandomInput;
import dev.dendrite.train.graph.ReplicaGraphs;
import dev.dendrite.train.graph.TrainStepBuilder;
import dev.dendrite.train.graph.TrainingGraphs;

/** The train step as replicas on slices of the batch: the same update as the whole step, refused where it would not be. */
class ReplicatedStepTest {

    private static final OrtEnvironment ENV = OnnxRuntime.environment();

    @Test
    void aConvolutionalStepAsReplicasUpdatesAsTheWholeStep() throws Exception {
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        // 7 samples over 2 replicas: slices of 4 and 3, weighted by their shares.
        assertSameStep(lenet, TrainingConfig.from(lenet).with("test", 1, 7, OptimizerKind.ADAM, 1e-2, 1L, null), 7, 2);
    }

    @Test
    void classWeightedLossesAsReplicasUpdateAsTheWholeStep() throws Exception {
        // Σ w_y·l / Σ w_y over the batch: each slice's share is its labels' weight, not its rows.
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(lenet).with("test", 1, 9, OptimizerKind.SGD, 1e-1, 1L, null)
                .withClassWeights("1,5,1,1,1,1,1,1,1,9");
        assertSameStep(lenet, config, 9, 2);
    }

    /** A slice that fails fails the step, whichever replica took it, and the replicas take the next step as before. */
    @Test
    void aFailingSliceFailsTheStepAndTheNextStepRuns() throws Exception {
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(lenet).with("test", 1, 16, OptimizerKind.SGD, 1e-2, 1L, null);
        TrainingGraphs graphs = TrainStepBuilder.build(lenet, new Weights(), config, GraphOptions.DEFAULT);
        String input = graphs.dataInputs().keySet().iterator().next();
        String target = graphs.targets().keySet().iterator().next();
        List<OnnxTensor> owned = new ArrayList<>();
        Random random = new Random(2);
        try (ReplicatedStep step = ReplicatedStep.openEven(graphs, 2, 4, 1, RuntimeSettings.forTrainer())) {
            Map<String, OnnxTensor> shared = new HashMap<>();
            graphs.initial().flat().forEach((name, t) -> owned.add(put(shared, name, t.values(), t.shape())));
            owned.add(put(shared, "lr", new float[] {0.01f}, new long[0]));
            owned.add(put(shared, "step", new float[] {1f}, new long[0]));
            int[] rows = step.sliceRows(16);
            long[] labels = new long[16];
            for (int broken = 0; broken < rows.length; broken++) {
                List<Map<String, OnnxTensor>> good = new ArrayList<>();
                List<Map<String, OnnxTensor>> bad = new ArrayList<>();
                for (int j = 0; j < rows.length; j++) {
                    long[] shape = concrete(graphs.dataInputs().get(input).shape().dims(), rows[j]);
                    Map<String, OnnxTensor> slice = new HashMap<>();
                    owned.add(put(slice, input, gaussian(random, shape), shape));
                    owned.add(putLongs(slice, target, labels, 0, rows[j]));
                    good.add(slice);
                    Map<String, OnnxTensor> wrong = new HashMap<>(slice);
                    if (j == broken) {
                        long[] narrow = shape.clone();
                        narrow[narrow.length - 1]--;
                        owned.add(put(wrong, input, gaussian(random, narrow), narrow));
                    }
                    bad.add(wrong);
                }
                assertThrows(ai.onnxruntime.OrtException.class, () -> step.run(bad, rows, shared), "slice " + broken + " of the wrong width");
                try (OrtSession.Result result = step.run(good, rows, shared)) {
                    assertTrue(Float.isFinite(floats((OnnxTensor) result.get("loss").orElseThrow())[0]), "the step after the failed one");
                }
            }
        } finally {
            owned.forEach(OnnxTensor::close);
        }
    }

    @Test
    void replicasTakingMoreSlicesThanThereAreReplicasUpdateAsTheWholeStep() throws Exception {
        LenetStep lenet = LenetStep.adamAt17();
        TrainingConfig config = lenet.config();
        TrainingGraphs graphs = lenet.graphs();
        try (ReplicatedStep step = ReplicatedStep.open(graphs, 2, 4, 1, RuntimeSettings.forTrainer())) {
            assertEquals(2, step.replicas());
            assertEquals(4, step.slices());
            // A quarter of the rows in the two tail slices, the rest in one large slice per replica.
            assertArrayEquals(new int[] {7, 6, 2, 2}, step.sliceRows(17));
            assertArrayEquals(new int[] {96, 96, 32, 32}, step.sliceRows(256));
        }
        // 17 samples over 2 replicas taking slices of 7, 6, 2 and 2 in turn, weighted by their shares.
        assertSameStep(graphs, config, 17, 2, 4);
    }

    /**
     * From its second run at a cut of the batch, each slice's outputs go into that slice's own buffers (pinned outputs):
     * the same update again, and again after a run at another batch size, whose slices learn their own.
     */
    @Test
    void laterRunsWriteEachSlicesOutputsIntoItsOwnBuffers() throws Exception {
        LenetStep lenet = LenetStep.adamAt17();
        TrainingConfig config = lenet.config();
        TrainingGraphs graphs = lenet.graphs();
        try (ReplicatedStep step = ReplicatedStep.open(graphs, 2, 4, 1, RuntimeSettings.forTrainer())) {
            for (int batch : new int[] {17, 17, 9, 9, 17}) {
                assertSameStep(graphs, config, batch, step);
            }
        }
    }

    @Test
    void convolutionalStepsTakeTailSlicesAtLargeBatchesRecurrentOnesDoNot() throws Exception {
        for (String template : new String[] {"conv-2", "rnn-classifier"}) {
            Network network = TemplateLibrary.find(template).orElseThrow().create();
            TrainingConfig config = TrainingConfig.from(network).with("test", 1, 256, OptimizerKind.ADAM, 1e-2, 1L, null);
            TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT.withSequenceLength(8));
            assertEquals(0, graphs.sliceRows(), template + ": 3×3 kernels and recurrent cells have no preferred slice");
            for (int batch : new int[] {128, 256}) {
                List<String> said = new ArrayList<>();
                try (ReplicatedStep step = ReplicatedStep.openAsAsked(graphs, network, 0, 2, batch, true, RuntimeSettings.forTrainer(), said::add)) {
                    int expected = template.equals("conv-2") && batch == 256 ? 4 : 2;
                    assertEquals(2, step.replicas(), template + " at " + batch);
                    assertEquals(expected, step.slices(), template + " at " + batch + ": " + said);
                    assertTrue(said.get(0).contains(expected == 4 ? "taking 4 slices" : "each on a slice"), said.toString());
                }
            }
        }
    }

    @Test
    void convolutionsByPatchesTakeSlicesOfThirtyTwoSamplesEvenOnOneCore() throws Exception {
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 256, OptimizerKind.ADAM, 1e-2, 1L, null);
        TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT);
        assertEquals(32, graphs.sliceRows(), "LeNet-5's 5×5 convolutions run by patches");
        int[][] cases = {{2, 64, 2, 2}, {2, 256, 2, 8}, {2, 250, 2, 8}, {2, 512, 2, 16}, {1, 256, 1, 8}, {4, 200, 4, 8}};
        for (int[] c : cases) {
            List<String> said = new ArrayList<>();
            try (ReplicatedStep step = ReplicatedStep.openAsAsked(graphs, network, 0, c[0], c[1], true, RuntimeSettings.forTrainer(), said::add)) {
                String what = c[0] + " cores, batch " + c[1] + ": " + said;
                assertEquals(c[2], step.replicas(), what);
                assertEquals(c[3], step.slices(), what);
                int[] rows = step.sliceRows(c[1]);
                assertEquals(c[1], java.util.Arrays.stream(rows).sum(), what);
                assertTrue(java.util.Arrays.stream(rows).allMatch(r -> r <= 32 && r >= rows[rows.length - 1]), what + java.util.Arrays.toString(rows));
                assertTrue(java.util.Arrays.stream(rows).max().getAsInt() - java.util.Arrays.stream(rows).min().getAsInt() <= 1, what);
            }
        }
        // Asked to run whole, or not on the CPU: no slices.
        assertEquals(null, ReplicatedStep.openAsAsked(graphs, network, 1, 2, 256, true, RuntimeSettings.forTrainer(), line -> { }));
        assertEquals(null, ReplicatedStep.openAsAsked(graphs, network, 0, 2, 256, false, RuntimeSettings.forTrainer(), line -> { }));
        assertEquals(0, ReplicatedStep.evenSlices(32, 1, 32), "one slice's batch runs whole");
        assertEquals(0, ReplicatedStep.evenSlices(0, 2, 256), "no preference");
        // 2 replicas over 8 slices of 32 give the whole step's update.
        assertSameEvenStep(graphs, config, 256);
    }

    @Test
    void attentionNetworksTakeSlicesOfThirtyTwoSamplesRecurrentAndDenseOnesNone() throws Exception {
        Network transformer = TemplateLibrary.find("transformer-generator").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(transformer).with("test", 1, 256, OptimizerKind.ADAM, 1e-3, 1L, null);
        TrainingGraphs graphs = TrainStepBuilder.build(transformer, new Weights(), config, GraphOptions.DEFAULT.withSequenceLength(8));
        assertEquals(0, graphs.sliceRows(), "no convolution by patches");
        assertEquals(ReplicatedStep.ATTENTION_SLICE_ROWS, ReplicatedStep.preferredSliceRows(graphs, transformer));
        int[][] cases = {{64, 2}, {128, 4}, {256, 8}, {512, 16}};
        for (int[] c : cases) {
            List<String> said = new ArrayList<>();
            try (ReplicatedStep step = ReplicatedStep.openAsAsked(graphs, transformer, 0, 2, c[0], true, RuntimeSettings.forTrainer(), said::add)) {
                assertEquals(2, step.replicas(), "batch " + c[0]);
                assertEquals(c[1], step.slices(), "batch " + c[0] + ": " + said);
                assertTrue(said.get(0).contains("at most 32 samples each, where its attention run fastest"), said.toString());
            }
        }
        // The slices' update is the whole step's (a classifier: the comparison feeds class labels).
        Network rows = TemplateLibrary.find("transformer-rows").orElseThrow().create();
        TrainingConfig rowsConfig = TrainingConfig.from(rows).with("test", 1, 70, OptimizerKind.ADAM, 1e-3, 1L, null);
        TrainingGraphs rowsGraphs = TrainStepBuilder.build(rows, new Weights(), rowsConfig, GraphOptions.DEFAULT);
        assertEquals(4, ReplicatedStep.evenSlices(ReplicatedStep.preferredSliceRows(rowsGraphs, rows), 2, 70));
        assertSameStep(rowsGraphs, rowsConfig, 70, 2, 4, true);
        for (String template : new String[] {"rnn-classifier", "mlp-classifier"}) {
            Network network = TemplateLibrary.find(template).orElseThrow().create();
            TrainingConfig its = TrainingConfig.from(network).with("test", 1, 256, OptimizerKind.ADAM, 1e-3, 1L, null);
            TrainingGraphs built = TrainStepBuilder.build(network, new Weights(), its, GraphOptions.DEFAULT.withSequenceLength(8));
            assertEquals(0, ReplicatedStep.preferredSliceRows(built, network), template);
        }
    }

    @Test
    void largeBatchesGetOneSmallTailSlicePerReplica() {
        assertEquals(0, ReplicatedStep.tailSlices(2, 64));
        assertEquals(0, ReplicatedStep.tailSlices(2, 255));
        assertEquals(2, ReplicatedStep.tailSlices(2, 256));
        assertEquals(0, ReplicatedStep.tailSlices(4, 256));
        assertEquals(4, ReplicatedStep.tailSlices(4, 512));
    }

    @Test
    void aConditionalGansStepAsReplicasUpdatesAsTheWholeStep() throws Exception {
        // Both networks' gradients from one pass; the noise and the class asked for are cut with the batch like the data.
        // Without BatchNorm (the templates' generators have it, and their replicas are refused): a GAN asked for --replicas 2.
        Network cgan = smallConditionalGan();
        TrainingConfig config = TrainingConfig.from(cgan).with("test", 1, 9, OptimizerKind.ADAM, 2e-4, 1L, null);
        TrainingGraphs graphs = TrainStepBuilder.build(cgan, new Weights(), config, GraphOptions.DEFAULT);
        assertEquals(java.util.Optional.empty(), java.util.Optional.ofNullable(ReplicaGraphs.refusal(graphs)));
        assertTrue(graphs.randomInputs().stream().anyMatch(r -> r.value().shape().dims().size() == 2), "the noise is a random input");
        assertSameStep(graphs, config, 9, 2);
    }

    /** A conditional GAN of dense layers without BatchNorm: noise and a class code in, 12 values out; dropout in the discriminator. */
    private static Network smallConditionalGan() {
        var factory = dev.dendrite.model.network.NetworkFactory.eINSTANCE;
        dev.dendrite.model.templates.NetworkBuilder b = new dev.dendrite.model.templates.NetworkBuilder("small-cgan", "");
        java.util.function.BiFunction<dev.dendrite.model.templates.NetworkBuilder, dev.dendrite.model.network.Layer,
                dev.dendrite.model.network.Layer> code = (builder, label) -> {
                    var embedding = factory.createEmbedding();
                    embedding.setVocabularySize(10);
                    embedding.setEmbeddingDim(4);
                    return builder.flatten(builder.add(embedding, "class_code", label));
                };
        var discriminator = b.block("discriminator", dev.dendrite.model.network.BlockKind.GENERIC, body -> {
            var dropout = factory.createDropout();
            dropout.setRate(0.3);
            var x = body.joined(body.blockInput("x"), code.apply(body, body.blockInput("class")), "with_class");
            x = body.add(dropout, "drop", body.dense(x, "fc1", 16, dev.dendrite.model.network.ActivationFunction.LEAKY_RELU));
            body.blockOutput(body.dense(x, "fc2", 1), "logit");
        });
        var label = b.labelInput("class");
        var x = b.dense(b.joined(b.noise("z", 8), code.apply(b, label), "noise_and_class"), "g1", 16,
                dev.dendrite.model.network.ActivationFunction.LEAKY_RELU);
        b.adversarial(discriminator, b.dense(x, "g2", 12, dev.dendrite.model.network.ActivationFunction.SIGMOID), b.input("image", 12),
                dev.dendrite.model.network.LossKind.GAN, label, "class");
        return b.training("test", 1, 9, OptimizerKind.ADAM, 2e-4).network();
    }

    @Test
    void penaltiesClippingAndDropoutStayExactAsReplicas() throws Exception {
        // Dropout (p = 0.5) and an L2 penalty; clipping by the global norm of the added gradients.
        Network network = TemplateLibrary.find("dropout-mlp").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 9, OptimizerKind.SGD, 0.5, 1L, null)
                .withSchedule("constant", 0, 0.05, 0.9, false, 0, 0, 0, 0);
        assertSameStep(network, config, 9, 3);
    }

    @Test
    void contrastiveDivergenceIsRefusedForItsOwnRandomNumbers() throws Exception {
        // Gibbs sampling draws inside the graph: every replica's generator would start from the same seed.
        Network rbm = TemplateLibrary.find("rbm").orElseThrow().create();
        TrainingGraphs graphs = dev.dendrite.train.graph.ContrastiveDivergence.pipeline().build(rbm, new Weights(),
                TrainingConfig.from(rbm).with("test", 1, 10, null, null, 1L, null), GraphOptions.DEFAULT);
        String refusal = ReplicaGraphs.refusal(graphs);
        assertTrue(refusal != null && refusal.contains("random numbers"), "refused: " + refusal);
    }

    @Test
    void batchNormalisationOnSliceStatisticsUpdatesAsTheSlicesWholeStepsAveraged() throws Exception {
        // Plain SGD is linear in the gradient: the replicas' update (ghost batch normalisation) is then the
        // mean of the whole step run on each slice alone, weighted by the slices' shares; so are the running statistics.
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 5, OptimizerKind.SGD, 0.1, 1L, null)
                .withSchedule("constant", 0, 0, 0, false, 0, 0, 0, 0);
        TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT);
        assertTrue(graphs.feedback().values().stream().anyMatch(name -> graphs.roles().get(name)
                == dev.dendrite.train.graph.ParameterRole.RUNNING_STATISTIC), "the network has running statistics");
        try (ReplicatedStep replicated = ReplicatedStep.openWithSliceStatistics(graphs, 2, 1, RuntimeSettings.forTrainer())) {
            assertMeanOfSliceSteps(graphs, replicated, new int[] {3, 2}, new Random(9), Map.of());
        }
    }

    @Test
    void mixupAsReplicasMixesEachSliceWithinItselfAtTheStepsLambda() throws Exception {
        // Plain SGD is linear in the gradient: the replicas' update is the mean of the whole step run on each slice
        // alone with the same λ (each slice mixed with itself reversed), weighted by the slices' shares.
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 5, OptimizerKind.SGD, 0.1, 1L, null)
                .withSchedule("constant", 0, 0, 0, false, 0, 0, 0, 0).withMixup(0.4);
        TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT);
        assertEquals(1, graphs.randomInputs().size());
        String lambda = graphs.randomInputs().get(0).name();
        OnnxTensor drawn = put(new HashMap<>(), lambda, new float[] {0.3f}, new long[0]);
        try (ReplicatedStep replicated = ReplicatedStep.open(graphs, 2, 2, 1, RuntimeSettings.forTrainer())) {
            assertMeanOfSliceSteps(graphs, replicated, new int[] {3, 2}, new Random(4), Map.of(lambda, drawn));
        } finally {
            drawn.close();
        }
    }

    @Test
    void attentionAsReplicasUpdatesAsTheSlicesWholeStepsAveraged() throws Exception {
        // Attention mixes steps within a sample, never samples: the replicas' SGD update is the slices' whole steps averaged.
        dev.dendrite.model.templates.NetworkBuilder b = new dev.dendrite.model.templates.NetworkBuilder("attention-replicas", "");
        var positions = dev.dendrite.model.network.NetworkFactory.eINSTANCE.createPositionalEncoding();
        positions.setMaxLength(8);
        var attention = dev.dendrite.model.network.NetworkFactory.eINSTANCE.createAttention();
        attention.setHeads(2);
        attention.setCausal(true);
        dev.dendrite.model.network.Layer x = b.add(positions, "positions", b.dense(b.input("x", 6, 3), "embed", 8));
        x = b.add(attention, "attention", b.add(dev.dendrite.model.network.NetworkFactory.eINSTANCE.createLayerNorm(), "norm", x));
        b.loss(b.dense(b.flatten(x), "fc", 3), dev.dendrite.model.network.LossKind.CROSS_ENTROPY);
        Network network = b.training("test", 1, 5, OptimizerKind.SGD, 0.1).network();
        assertEquals(2, ReplicatedStep.automaticReplicas(network, 2, 64), "attention's step runs as replicas");
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 5, OptimizerKind.SGD, 0.1, 1L, null)
                .withSchedule("constant", 0, 0, 0, false, 0, 0, 0, 0);
        TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT);
        try (ReplicatedStep replicated = ReplicatedStep.open(graphs, 2, 2, 1, RuntimeSettings.forTrainer())) {
            assertMeanOfSliceSteps(graphs, replicated, new int[] {3, 2}, new Random(6), Map.of());
        }
    }

    /**
     * Plain SGD is linear in the gradient: the replicas' loss and fed-back tensors on random slices of {@code rows} samples are
     * then the whole step's on each slice alone (with {@code sameInEvery} fed to each), weighted by the slices' shares.
     */
    private static void assertMeanOfSliceSteps(TrainingGraphs graphs, SlicedStep replicated, int[] rows, Random random,
            Map<String, OnnxTensor> sameInEvery) throws Exception {
        int total = java.util.Arrays.stream(rows).sum();
        List<OnnxTensor> owned = new ArrayList<>();
        Map<String, OnnxTensor> shared = new HashMap<>();
        try (ModelSession whole = OnnxRuntime.open(graphs.trainStep().toByteArray(), "whole", RuntimeSettings.forTrainer())) {
            graphs.initial().flat().forEach((name, t) -> owned.add(put(shared, name, t.values(), t.shape())));
            owned.add(put(shared, "lr", new float[] {0.1f}, new long[0]));
            owned.add(put(shared, "step", new float[] {1f}, new long[0]));
            String input = graphs.dataInputs().keySet().iterator().next();
            String target = graphs.targets().keySet().iterator().next();
            List<Map<String, OnnxTensor>> slices = new ArrayList<>();
            Map<String, float[]> expected = new HashMap<>();
            for (int r = 0; r < rows.length; r++) {
                Map<String, OnnxTensor> slice = new HashMap<>(sameInEvery);
                long[] shape = concrete(graphs.dataInputs().get(input).shape().dims(), rows[r]);
                owned.add(put(slice, input, gaussian(random, shape), shape));
                owned.add(putLongs(slice, target, random.longs(rows[r], 0, graphs.classes()).toArray(), 0, rows[r]));
                slices.add(slice);
                Map<String, OnnxTensor> feeds = new HashMap<>(shared);
                feeds.putAll(slice);
                double weight = (double) rows[r] / total;
                try (OrtSession.Result alone = whole.session().run(feeds)) {
                    for (var output : alone) {
                        if (graphs.feedback().containsKey(output.getKey()) || output.getKey().equals("loss")) {
                            float[] values = floats((OnnxTensor) output.getValue());
                            float[] sum = expected.computeIfAbsent(output.getKey(), k -> new float[values.length]);
                            for (int i = 0; i < values.length; i++) {
                                sum[i] += (float) (weight * values[i]);
                            }
                        }
                    }
                }
            }
            try (OrtSession.Result actual = replicated.run(slices, rows, shared)) {
                for (var entry : expected.entrySet()) {
                    float[] got = floats((OnnxTensor) actual.get(entry.getKey()).orElseThrow());
                    for (int i = 0; i < got.length; i++) {
                        assertEquals(entry.getValue()[i], got[i], 2e-5 + 2e-4 * Math.abs(entry.getValue()[i]), entry.getKey() + "[" + i + "]");
                    }
                }
            }
        } finally {
            owned.forEach(OnnxTensor::close);
        }
    }

    @Test
    void mixupTrainsAsReplicasAndSaysHowItPairs(@TempDir Path dir) throws Exception {
        Dataset moons = SyntheticData.twoMoons(512, 0.1, 1);
        Network network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("synthetic:two-moons", 6, 64, OptimizerKind.ADAM, 1e-2, 3L, null).withMixup(0.4);
        List<String> said = new ArrayList<>();
        TrainingResult result = new Trainer(network, config, said::add).withReplicas(2).train(new Weights(), moons, moons, dir, false);
        assertTrue(said.stream().anyMatch(l -> l.contains("runs as 2 replicas") && l.endsWith("; mixup pairs the samples within each slice")),
                "the log says so: " + said);
        List<Double> losses = result.stepLosses();
        assertTrue(losses.stream().allMatch(Double::isFinite));
        assertTrue(result.testAccuracy() > 0.85, "mixed replicas still learn the moons: " + result.testAccuracy());
    }

    @Test
    void convolutionalAndRecurrentNetworksRunAsReplicasByDefaultDenseOnesWhole() {
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        assertEquals(2, ReplicatedStep.automaticReplicas(lenet, 2, 64));
        assertEquals(1, ReplicatedStep.automaticReplicas(lenet, 2, 63), "each replica keeps 32 samples");
        assertEquals(4, ReplicatedStep.automaticReplicas(lenet, 4, 512));
        assertEquals(2, ReplicatedStep.automaticReplicas(TemplateLibrary.find("rnn-classifier").orElseThrow().create(), 2, 128));
        assertEquals(2, ReplicatedStep.automaticReplicas(TemplateLibrary.find("transformer-tagger").orElseThrow().create(), 2, 128));
        assertEquals(1, ReplicatedStep.automaticReplicas(TemplateLibrary.find("mlp-classifier").orElseThrow().create(), 2, 512));
    }

    @Test
    void batchNormalisationIsRefusedNamingItsStatistics() throws Exception {
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), TrainingConfig.from(network));
        String refusal = ReplicaGraphs.refusal(graphs);
        assertTrue(refusal != null && refusal.contains("depends on the batch"), "refused: " + refusal);
        assertThrows(IllegalArgumentException.class, () -> ReplicaGraphs.split(graphs, 2));
    }

    @Test
    void trainingAsReplicasFollowsTheWholeStepsLossesAndSaysSo(@TempDir Path dir) throws Exception {
        Dataset moons = SyntheticData.twoMoons(512, 0.1, 1);
        // Dropout: each replica's masks are its rows of the masks drawn for the whole batch.
        dev.dendrite.model.templates.NetworkBuilder b = new dev.dendrite.model.templates.NetworkBuilder("moons-dropout", "dropout on two moons");
        dev.dendrite.model.network.Dropout dropout = dev.dendrite.model.network.NetworkFactory.eINSTANCE.createDropout();
        dropout.setRate(0.3);
        dev.dendrite.model.network.Layer x = b.add(dropout, "dropout", b.dense(b.input("x", 2), "fc1", 32,
                dev.dendrite.model.network.ActivationFunction.RELU));
        b.loss(b.dense(x, "fc2", 2), dev.dendrite.model.network.LossKind.CROSS_ENTROPY);
        Network network = b.network();
        TrainingConfig config = TrainingConfig.from(network).with("synthetic:two-moons", 2, 64, OptimizerKind.ADAM, 1e-2, 3L, null);
        List<Double> whole = new Trainer(network, config, l -> { }).withReplicas(1).train(new Weights(), moons, moons, dir.resolve("whole"), false)
                .stepLosses();
        List<String> said = new ArrayList<>();
        List<Double> replicated = new Trainer(network, config, said::add).withReplicas(2)
                .train(new Weights(), moons, moons, dir.resolve("replicas"), false).stepLosses();
        assertTrue(said.stream().anyMatch(l -> l.contains("runs as 2 replicas")), "the log says so: " + said);
        assertTrue(Files.readString(dir.resolve("replicas").resolve("log.txt")).contains("2 replicas"));
        assertEquals(whole.size(), replicated.size());
        for (int i = 0; i < whole.size(); i++) {
            assertEquals(whole.get(i), replicated.get(i), 1e-4 * Math.max(1, Math.abs(whole.get(i))), "step " + i);
        }
    }

    @Test
    void sequencesRunAsReplicasAsTheyRunWholeOfOneLengthOrPaddedAndMasked(@TempDir Path dir) throws Exception {
        // Many-to-one and many-to-many of one length; many-to-one padded per batch and masked (a mean over samples, its slices
        // cut from the whole batch padded to its longest); many-to-many padded and masked (a mean over real steps: each slice
        // weighs by its real steps).
        for (String[] task : new String[][] {{"rnn-classifier", "parity"}, {"bilstm-tagger", "tagging"}, {"rnn-classifier", "last-sign"},
                {"bilstm-tagger", "variable-tags"}}) {
            Network network = TemplateLibrary.find(task[0]).orElseThrow().create();
            dev.dendrite.train.data.BatchSource[] data = task[1].equals("variable-tags")
                    ? new dev.dendrite.train.data.BatchSource[] {MaskedSequencesTest.tags(320, 1, true, false), MaskedSequencesTest.tags(64, 2, true, false)}
                    : dev.dendrite.train.data.SequenceData.load(task[1], 5);
            TrainingConfig config = TrainingConfig.from(network).with(null, 2, 64, null, null, 7L, null);
            List<Double> whole = new Trainer(network, config, l -> { }).withReplicas(1)
                    .train(new Weights(), data[0], data[1], dir.resolve(task[1] + "-whole"), false).stepLosses();
            List<String> said = new ArrayList<>();
            List<Double> replicated = new Trainer(network, config, said::add).withReplicas(2)
                    .train(new Weights(), data[0], data[1], dir.resolve(task[1] + "-replicas"), false).stepLosses();
            assertTrue(said.stream().anyMatch(l -> l.contains("runs as 2 replicas")), task[1] + ": " + said);
            assertEquals(whole.size(), replicated.size());
            for (int i = 0; i < whole.size(); i++) {
                assertEquals(whole.get(i), replicated.get(i), 1e-5 * Math.max(1, Math.abs(whole.get(i))), task[1] + " step " + i);
            }
        }
    }

    @Test
    void lossesDividingByDifferentCountsAreRefusedNamingThem() throws Exception {
        // Tags per token (a mean over real tokens when masked) beside a class per sequence (a mean over sequences).
        var f = dev.dendrite.model.network.NetworkFactory.eINSTANCE;
        var b = new dev.dendrite.model.templates.NetworkBuilder("two-heads", "");
        var embedding = f.createEmbedding();
        embedding.setVocabularySize(16);
        embedding.setEmbeddingDim(8);
        var x = b.add(embedding, "embed", b.tokens("tokens", dev.dendrite.model.network.InputRole.FEATURES));
        b.loss(b.dense(x, "tags", 4), dev.dendrite.model.network.LossKind.SEQUENCE_NLL).setId("tag_loss");
        b.loss(b.dense(b.add(f.createSequencePooling(), "pool", x), "kind", 2), dev.dendrite.model.network.LossKind.CROSS_ENTROPY)
                .setId("kind_loss");
        Network network = b.training("test", 1, 16, OptimizerKind.SGD, 0.1).network();
        TrainingConfig config = TrainingConfig.from(network);
        assertEquals(null, ReplicaGraphs.refusal(TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT)),
                "of one length both are means over sequences");
        assertEquals("the step's slices cannot be weighed by one share: its losses tag_loss, kind_loss are means over different counts"
                + " (real steps or class weights)", ReplicaGraphs.refusal(TrainStepBuilder.build(network, new Weights(), config,
                        GraphOptions.DEFAULT.withMaskedInputs(java.util.Set.of("tokens")))));
    }

    @Test
    void dropoutOverPaddedSequencesAsReplicasDropsWhatTheWholeStepDrops(@TempDir Path dir) throws Exception {
        // The whole batch's dropout mask is drawn for its longest sequence; every slice is padded to that length too.
        var f = dev.dendrite.model.network.NetworkFactory.eINSTANCE;
        var b = new dev.dendrite.model.templates.NetworkBuilder("dropping-tagger", "");
        var embedding = f.createEmbedding();
        embedding.setVocabularySize(16);
        embedding.setEmbeddingDim(8);
        var dropout = f.createDropout();
        dropout.setRate(0.3);
        var x = b.add(dropout, "dropout", b.add(embedding, "embed", b.tokens("tokens", dev.dendrite.model.network.InputRole.FEATURES)));
        b.loss(b.dense(b.dense(x, "hidden", 12, dev.dendrite.model.network.ActivationFunction.TANH), "tags", 4),
                dev.dendrite.model.network.LossKind.SEQUENCE_NLL);
        Network network = b.training("test", 2, 64, OptimizerKind.ADAM, 3e-3).network();
        TrainingConfig config = TrainingConfig.from(network).with(null, 2, 64, null, null, 7L, null);
        var train = MaskedSequencesTest.tags(320, 1, true, false);
        var test = MaskedSequencesTest.tags(64, 2, true, false);
        List<Double> whole = new Trainer(network, config, l -> { }).withReplicas(1).train(new Weights(), train, test, dir.resolve("whole"), false)
                .stepLosses();
        List<String> said = new ArrayList<>();
        List<Double> replicated = new Trainer(network, config, said::add).withReplicas(2).train(new Weights(), train, test,
                dir.resolve("replicas"), false).stepLosses();
        assertTrue(said.stream().anyMatch(l -> l.contains("runs as 2 replicas")), said.toString());
        for (int i = 0; i < whole.size(); i++) {
            assertEquals(whole.get(i), replicated.get(i), 1e-5 * Math.max(1, Math.abs(whole.get(i))), "step " + i);
        }
    }

    /** One step of the whole graph against one replicated step from the same tensors: every output agrees to float rounding. */
    /** LeNet-5 with Adam at batch 17, its config and train-step graphs. */
    private record LenetStep(TrainingConfig config, TrainingGraphs graphs) {
        static LenetStep adamAt17() throws Exception {
            Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
            TrainingConfig config = TrainingConfig.from(lenet).with("test", 1, 17, OptimizerKind.ADAM, 1e-2, 1L, null);
            return new LenetStep(config, TrainStepBuilder.build(lenet, new Weights(), config, GraphOptions.DEFAULT));
        }
    }

    private static void assertSameStep(Network network, TrainingConfig config, int batch, int replicas) throws Exception {
        assertSameStep(TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT), config, batch, replicas);
    }

    private static void assertSameStep(TrainingGraphs graphs, TrainingConfig config, int batch, int replicas) throws Exception {
        assertSameStep(graphs, config, batch, replicas, replicas);
    }

    /** Two replicas over slices of 32 samples (the step's own slice), against the whole step. */
    private static void assertSameEvenStep(TrainingGraphs graphs, TrainingConfig config, int batch) throws Exception {
        assertSameStep(graphs, config, batch, 2, ReplicatedStep.evenSlices(graphs.sliceRows(), 2, batch), true);
    }

    private static void assertSameStep(TrainingGraphs graphs, TrainingConfig config, int batch, int replicas, int sliceCount) throws Exception {
        assertSameStep(graphs, config, batch, replicas, sliceCount, false);
    }

    private static void assertSameStep(TrainingGraphs graphs, TrainingConfig config, int batch, int replicas, int sliceCount, boolean even)
            throws Exception {
        try (SlicedStep replicated = even ? ReplicatedStep.openEven(graphs, replicas, sliceCount, 1, RuntimeSettings.forTrainer())
                : ReplicatedStep.open(graphs, replicas, sliceCount, 1, RuntimeSettings.forTrainer())) {
            assertSameStep(graphs, config, batch, replicated);
        }
    }

    /** {@code sliced} run on {@code batch} samples in its slices gives what the whole step gives, to float rounding. */
    static void assertSameStep(TrainingGraphs graphs, TrainingConfig config, int batch, SlicedStep replicated) throws Exception {
        List<OnnxTensor> owned = new ArrayList<>();
        Map<String, OnnxTensor> shared = new HashMap<>();
        Map<String, float[]> data = new HashMap<>();
        Map<String, long[]> dataShapes = new HashMap<>();
        Map<String, long[]> labels = new HashMap<>();
        Random random = new Random(5);
        try (ModelSession whole = OnnxRuntime.open(graphs.trainStep().toByteArray(), "whole", RuntimeSettings.forTrainer())) {
            graphs.initial().flat().forEach((name, t) -> owned.add(put(shared, name, t.values(), t.shape())));
            owned.add(put(shared, "lr", new float[] {(float) config.learningRate()}, new long[0]));
            owned.add(put(shared, "step", new float[] {1f}, new long[0]));
            Map<String, long[]> indices = new HashMap<>();
            for (var input : graphs.dataInputs().entrySet()) {
                long[] shape = concrete(input.getValue().shape().dims(), batch);
                dataShapes.put(input.getKey(), shape);
                if (input.getValue().type() == dev.dendrite.model.shape.Value.ElementType.INT64) {
                    // Class indices asked for (a conditional GAN's), tokens: below every vocabulary the tests use.
                    indices.put(input.getKey(), random.longs(java.util.Arrays.stream(shape).reduce(1, (x, y) -> x * y), 0, 10).toArray());
                } else {
                    data.put(input.getKey(), gaussian(random, shape));
                }
            }
            for (RandomInput r : graphs.randomInputs()) {
                long[] shape = concrete(r.value().shape().dims(), batch);
                float[] mask = gaussian(random, shape);
                for (int i = 0; i < mask.length; i++) {
                    mask[i] = mask[i] > 0 ? 1 / 0.7f : 0f;
                }
                dataShapes.put(r.name(), shape);
                data.put(r.name(), mask);
            }
            for (String target : graphs.targets().keySet()) {
                long[] classes = new long[batch];
                for (int i = 0; i < batch; i++) {
                    classes[i] = random.nextInt(graphs.classes());
                }
                labels.put(target, classes);
            }
            Map<String, OnnxTensor> wholeFeeds = new HashMap<>(shared);
            data.forEach((name, values) -> owned.add(put(wholeFeeds, name, values, dataShapes.get(name))));
            labels.forEach((name, values) -> owned.add(putLongs(wholeFeeds, name, values, 0, batch)));
            indices.forEach((name, values) -> owned.add(putLongs(wholeFeeds, name, values, dataShapes.get(name), 0, batch)));
            int[] rows = replicated.sliceRows(batch);
            List<Map<String, OnnxTensor>> slices = new ArrayList<>();
            int from = 0;
            for (int count : rows) {
                Map<String, OnnxTensor> slice = new HashMap<>();
                for (var entry : data.entrySet()) {
                    long[] shape = dataShapes.get(entry.getKey()).clone();
                    int perRow = (int) (entry.getValue().length / shape[0]);
                    shape[0] = count;
                    float[] part = java.util.Arrays.copyOfRange(entry.getValue(), from * perRow, (from + count) * perRow);
                    owned.add(put(slice, entry.getKey(), part, shape));
                }
                for (var entry : labels.entrySet()) {
                    owned.add(putLongs(slice, entry.getKey(), entry.getValue(), from, count));
                }
                for (var entry : indices.entrySet()) {
                    owned.add(putLongs(slice, entry.getKey(), entry.getValue(), dataShapes.get(entry.getKey()), from, count));
                }
                slices.add(slice);
                from += count;
            }
            try (OrtSession.Result expected = whole.session().run(wholeFeeds);
                 OrtSession.Result actual = replicated.run(slices, rows, shared)) {
                int compared = 0;
                for (var output : expected) {
                    float[] want = floats((OnnxTensor) output.getValue());
                    float[] got = floats((OnnxTensor) actual.get(output.getKey()).orElseThrow(() -> new AssertionError("no " + output.getKey())));
                    assertEquals(want.length, got.length, output.getKey());
                    for (int i = 0; i < want.length; i++) {
                        assertEquals(want[i], got[i], 2e-5 + 2e-4 * Math.abs(want[i]), output.getKey() + "[" + i + "]");
                    }
                    compared++;
                }
                assertTrue(compared > graphs.feedback().size(), "loss, norms and every updated tensor compared: " + compared);
                float[] before = graphs.initial().flat().values().iterator().next().values();
                String first = graphs.feedback().entrySet().stream().filter(e -> graphs.parameters().contains(e.getValue())).findFirst()
                        .orElseThrow().getKey();
                assertTrue(!java.util.Arrays.equals(before, floats((OnnxTensor) actual.get(first).orElseThrow())) || before.length == 0,
                        "the step changed the parameters");
            }
        } finally {
            owned.forEach(OnnxTensor::close);
        }
    }

    static long[] concrete(List<dev.dendrite.model.shape.Dim> dims, int batch) {
        long[] shape = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = dims.get(i).isFixed() ? dims.get(i).size() : batch;
        }
        return shape;
    }

    static float[] gaussian(Random random, long[] shape) {
        long count = 1;
        for (long d : shape) {
            count *= d;
        }
        float[] values = new float[(int) count];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    static float[] floats(OnnxTensor tensor) throws ai.onnxruntime.OrtException {
        return Feeds.copy(tensor).values();
    }

    static OnnxTensor put(Map<String, OnnxTensor> feeds, String name, float[] values, long[] shape) {
        try {
            OnnxTensor tensor = OnnxTensor.createTensor(ENV, FloatBuffer.wrap(values), shape);
            feeds.put(name, tensor);
            return tensor;
        } catch (ai.onnxruntime.OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows {@code from} to {@code from + count} of {@code values} of {@code shape}, whose first dimension is the batch. */
    static OnnxTensor putLongs(Map<String, OnnxTensor> feeds, String name, long[] values, long[] shape, int from, int count) {
        int perRow = (int) (values.length / shape[0]);
        long[] sliced = shape.clone();
        sliced[0] = count;
        try {
            OnnxTensor tensor = OnnxTensor.createTensor(ENV, LongBuffer.wrap(java.util.Arrays.copyOfRange(values, from * perRow,
                    (from + count) * perRow)), sliced);
            feeds.put(name, tensor);
            return tensor;
        } catch (ai.onnxruntime.OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    static OnnxTensor putLongs(Map<String, OnnxTensor> feeds, String name, long[] values, int from, int count) {
        try {
            OnnxTensor tensor = OnnxTensor.createTensor(ENV, LongBuffer.wrap(java.util.Arrays.copyOfRange(values, from, from + count)),
                    new long[] {count});
            feeds.put(name, tensor);
            return tensor;
        } catch (ai.onnxruntime.OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
