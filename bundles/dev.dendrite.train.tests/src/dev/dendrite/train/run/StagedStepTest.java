package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.graph.ParameterRole;
import dev.dendrite.train.graph.TrainStepBuilder;
import dev.dendrite.train.graph.TrainingGraphs;

/** The train step cut at its reductions over the batch and run in slices: the whole step's result, BatchNorm's statistics included. */
class StagedStepTest {

    // Plain SGD, so that the parameters' change is the gradient's: Adam's first step divides each gradient by
    // its own magnitude, and a gradient that is zero but for float rounding (as some are behind BatchNorm)
    // becomes a step of any size in either order of summation.
    /** The graphs' options where the trainer stages a step. */
    private static final GraphOptions AS_STAGED = GraphOptions.DEFAULT.withStatisticsInOnePass(true);

    @Test
    void batchNormStatisticsInOnePassEndOneStageInTheForwardPassNotTwo() throws Exception {
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        long norms = 0;
        for (var it = network.eAllContents(); it.hasNext();) {
            norms += it.next() instanceof BatchNorm ? 1 : 0;
        }
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 8, OptimizerKind.SGD, 1e-2, 1L, null);
        try (StagedStep twoPasses = StagedStep.open(TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT).trainStep(), 1, 4,
                RuntimeSettings.forTrainer());
                StagedStep onePass = StagedStep.open(TrainStepBuilder.build(network, new Weights(), config, AS_STAGED).trainStep(), 1, 4,
                        RuntimeSettings.forTrainer())) {
            assertEquals(twoPasses.parts() - 2 * norms, onePass.parts(),
                    "each of the " + norms + " BatchNorms saves a stage (a part run once and one per slice): " + twoPasses.parts() + " parts in two passes");
        }
    }

    /** The trainer builds the graphs of a step it will stage for stages: the statistics in one pass, and says how it cut them. */
    @Test
    void theTrainerBuildsTheStepItStagesWithStatisticsInOnePass(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        TrainingConfig c = TrainingConfig.from(network).with("test", 1, 256, OptimizerKind.SGD, 1e-2, 1L, null);
        TrainingConfig config = c.withSchedule(c.schedule(), c.warmupSteps(), c.clipNorm(), c.momentum(), c.nesterov(), c.weightDecay(),
                c.patience(), 0, 2);
        int onePassParts;
        try (StagedStep onePass = StagedStep.open(TrainStepBuilder.build(network, new Weights(), config, AS_STAGED).trainStep(), 2, 64,
                RuntimeSettings.forTrainer())) {
            onePassParts = onePass.parts();
        }
        Random random = new Random(5);
        float[] images = new float[256 * 28 * 28];
        int[] labels = new int[256];
        for (int i = 0; i < images.length; i++) {
            images[i] = random.nextFloat();
        }
        dev.dendrite.train.data.Dataset data = dev.dendrite.train.data.Dataset.classification("noise", new long[] {1, 28, 28}, images, labels, 10);
        List<String> lines = new ArrayList<>();
        new Trainer(network, config, lines::add).train(new Weights(), data, data, dir, false);
        assertTrue(lines.stream().anyMatch(l -> l.contains("cut into " + onePassParts + " parts")), onePassParts + " parts: " + lines);
    }

    @Test
    void aBatchNormalisedStepInSlicesUpdatesAsTheWholeStep() throws Exception {
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 7, OptimizerKind.SGD, 1e-2, 1L, null);
        TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), config, AS_STAGED);
        try (StagedStep staged = StagedStep.open(graphs.trainStep(), 2, 3, RuntimeSettings.forTrainer())) {
            assertArrayEquals(new int[] {3, 2, 2}, staged.sliceRows(7));
            assertTrue(staged.parts() > 10, "cut at every BatchNorm, forward and backward: " + staged.parts() + " parts");
            // Slices of 3, 2 and 2 over two replicas; the running statistics are the whole batch's.
            SliceStepChecks.assertSameStep(graphs, config, 7, staged);
        }
    }

    @Test
    void oneReplicaTakesEverySliceInTurn() throws Exception {
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 5, OptimizerKind.SGD, 0.1, 1L, null);
        TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), config, AS_STAGED);
        try (StagedStep staged = StagedStep.open(graphs.trainStep(), 1, 2, RuntimeSettings.forTrainer())) {
            assertEquals(1, staged.replicas());
            SliceStepChecks.assertSameStep(graphs, config, 5, staged);
        }
    }

    /**
     * A GAN's step as the trainer runs it on two cores: the convolutional GAN's BatchNorm layers make it staged, and its staged
     * step (both networks' gradients from one forward pass, the noise cut with the batch; some of its kernel
     * gradients a correlation over the batch, added up over the slices) updates as the whole step does.
     */
    @Test
    void aConvolutionalGansStagedStepUpdatesAsTheWholeStep() throws Exception {
        Network network = TemplateLibrary.find("conv-gan").orElseThrow().create();
        assertTrue(StagedStep.wouldStage(network, 0, 2, 128, true), "convolutions with BatchNorm stage from 128 samples");
        assertTrainersStagedStepIsTheWholeStep(network, graphs -> {
        });
    }

    /**
     * The DCGAN's staged step: its transposed convolutions' kernel gradients are correlations of the output gradient with the
     * input over the batch, so each slice's are partial sums added up at the stage's end.
     */
    @Test
    void aDcgansStagedStepUpdatesAsTheWholeStep() throws Exception {
        assertTrainersStagedStepIsTheWholeStep(TemplateLibrary.find("dcgan").orElseThrow().create(), graphs -> assertTrue(graphs.trainStep()
                .getGraph().getNodeList().stream().anyMatch(n -> n.getOpType().equals("ConvTranspose")),
                "the generator's layers are ConvTranspose"));
    }

    /** The conditional convolutional GAN's staged step: the class asked for (an int64 input) cut with the batch like the noise. */
    @Test
    void aConditionalConvolutionalGansStagedStepUpdatesAsTheWholeStep() throws Exception {
        assertTrainersStagedStepIsTheWholeStep(TemplateLibrary.find("conv-cgan").orElseThrow().create(), graphs -> assertTrue(graphs
                .dataInputs().values().stream().anyMatch(v -> v.type() == dev.dendrite.model.shape.Value.ElementType.INT64),
                "the class is an input of the step"));
    }

    /**
     * The convolutional WGAN-GP's staged step: its generator's BatchNorm stages it; the penalty's interpolation weights are cut
     * with the batch and each slice differentiates its own copy of the critic twice.
     */
    @Test
    void aPenalisedWassersteinGansStagedStepUpdatesAsTheWholeStep() throws Exception {
        assertTrainersStagedStepIsTheWholeStep(TemplateLibrary.find("conv-wgan-gp").orElseThrow().create(), graphs -> assertTrue(graphs
                .randomInputs().stream().anyMatch(r -> r.name().endsWith("/penalty/epsilon")), "the interpolation is a random input"));
    }

    /**
     * The SN-GAN's staged step: its discriminator's power iterations read the parameters alone, so every slice sees one σ per
     * layer and the kept vectors take one step, as in the whole step.
     */
    @Test
    void aSpectrallyNormalisedGansStagedStepUpdatesAsTheWholeStep() throws Exception {
        assertTrainersStagedStepIsTheWholeStep(TemplateLibrary.find("conv-sngan").orElseThrow().create(), graphs -> assertTrue(graphs
                .roles().containsKey("discriminator.conv1/sn_u"), "the kept vector is a buffer of the step: " + graphs.roles().keySet()));
    }

    /** {@code network}'s step at 128 as the trainer stages it on two cores (its graphs first shown to {@code check}) against the whole step. */
    private static void assertTrainersStagedStepIsTheWholeStep(Network network, java.util.function.Consumer<TrainingGraphs> check)
            throws Exception {
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 128, OptimizerKind.ADAM, 2e-4, 1L, null);
        TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), config, StagedStep.graphOptions(GraphOptions.DEFAULT, network, 0,
                2, 128, true));
        check.accept(graphs);
        List<String> said = new ArrayList<>();
        try (StagedStep staged = StagedStep.openAsAsked(graphs, network, 0, 2, 128, true, RuntimeSettings.forTrainer(), said::add)) {
            assertEquals(2, staged.replicas(), said.toString());
            SliceStepChecks.assertSameStep(graphs, config, 128, staged);
        }
    }

    @Test
    void theTrainerStagesBatchNormalisedConvolutionalStepsWhereEachCoreGets64SamplesAndSaysSo() throws Exception {
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 256, OptimizerKind.ADAM, 1e-2, 1L, null);
        TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT);
        List<String> said = new ArrayList<>();
        try (StagedStep staged = StagedStep.openAsAsked(graphs, network, 0, 2, 128, true, RuntimeSettings.forTrainer(), said::add)) {
            assertEquals(2, staged.replicas());
            assertArrayEquals(new int[] {16, 16, 16, 16, 16, 16, 16, 16}, staged.sliceRows(128));
            assertTrue(said.size() == 1 && said.get(0).contains("8 slices") && said.get(0).contains("whole batch's"), said.toString());
            if (dev.dendrite.runtime.ConvolutionBlocks.size() > 0) {
                // The parts declare their kernels' shapes, so their 3×3 convolutions (16 and 32 channels) run blocked.
                assertTrue(staged.blockedConvolutions() >= 4, "blocked: " + staged.blockedConvolutions());
                assertTrue(said.get(0).contains(staged.blockedConvolutions() + " convolutions run in ONNX Runtime's blocked layout"), said.toString());
            }
        }
        assertNull(StagedStep.openAsAsked(graphs, network, 0, 2, 127, true, RuntimeSettings.forTrainer(), said::add), "under 64 samples per core");
        assertNull(StagedStep.openAsAsked(graphs, network, 1, 2, 512, true, RuntimeSettings.forTrainer(), said::add), "one replica asked for");
        assertNull(StagedStep.openAsAsked(graphs, network, 0, 2, 512, false, RuntimeSettings.forTrainer(), said::add), "not the trainer's choice");
        assertNull(StagedStep.openAsAsked(graphs, network, 0, 1, 512, true, RuntimeSettings.forTrainer(), said::add), "one core");
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        TrainingGraphs plain = TrainStepBuilder.build(lenet, new Weights(), TrainingConfig.from(lenet).with("test", 1, 512, OptimizerKind.ADAM,
                1e-2, 1L, null), GraphOptions.DEFAULT);
        assertNull(StagedStep.openAsAsked(plain, lenet, 0, 2, 512, true, RuntimeSettings.forTrainer(), said::add), "no batch normalisation");
        Network dense = TemplateLibrary.find("batchnorm-mlp").orElseThrow().create();
        TrainingGraphs denseGraphs = TrainStepBuilder.build(dense, new Weights(), TrainingConfig.from(dense).with("test", 1, 512,
                OptimizerKind.ADAM, 1e-2, 1L, null), GraphOptions.DEFAULT);
        assertNull(StagedStep.openAsAsked(denseGraphs, dense, 0, 2, 512, true, RuntimeSettings.forTrainer(), said::add),
                "a dense network with batch normalisation runs whole");
        assertEquals(1, said.size(), said.toString());
        // The trainer asks before it builds the graphs (to build them for stages): the same choice.
        assertTrue(StagedStep.wouldStage(network, 0, 2, 128, true));
        assertFalse(StagedStep.wouldStage(network, 0, 2, 127, true) || StagedStep.wouldStage(network, 1, 2, 512, true)
                || StagedStep.wouldStage(network, 0, 2, 512, false) || StagedStep.wouldStage(network, 0, 1, 512, true)
                || StagedStep.wouldStage(lenet, 0, 2, 512, true) || StagedStep.wouldStage(dense, 0, 2, 512, true));
    }

    @Test
    void graphBatchesAreRefusedForTheirInputsThatAreNotSplitBySample() throws Exception {
        Network gcn = TemplateLibrary.find("gcn-node-classifier").orElseThrow().create();
        TrainingGraphs graphs = TrainStepBuilder.build(gcn, new Weights(), TrainingConfig.from(gcn).with("test", 1, 8, OptimizerKind.ADAM, 1e-2,
                1L, null), GraphOptions.DEFAULT);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> StagedStep.open(graphs.trainStep(), 2, 4, RuntimeSettings.forTrainer()));
        assertTrue(refused.getMessage().contains("not split by sample"), refused.getMessage());
    }

    @Test
    void stepsThatDrawRandomNumbersInsideAreRefused() throws Exception {
        Network rbm = TemplateLibrary.find("rbm").orElseThrow().create();
        TrainingGraphs graphs = dev.dendrite.train.graph.ContrastiveDivergence.pipeline().build(rbm, new Weights(),
                TrainingConfig.from(rbm).with("test", 1, 8, null, null, 1L, null), GraphOptions.DEFAULT);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> StagedStep.open(graphs.trainStep(), 2, 4, RuntimeSettings.forTrainer()));
        assertTrue(refused.getMessage().contains("random"), refused.getMessage());
    }

    @Test
    void stepAfterStepTheStagedStepFollowsTheWholeStep() throws Exception {
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        // The network's own seed: six steps at rate 0.1 on noise amplify rounding differently from each start, and the
        // tolerance below was measured from this one.
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 12, OptimizerKind.SGD, 0.1, null, null);
        TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), config, AS_STAGED);
        String input = graphs.dataInputs().keySet().iterator().next();
        String target = graphs.targets().keySet().iterator().next();
        Random random = new Random(3);
        List<AutoCloseable> owned = new ArrayList<>();
        Map<String, OnnxTensor> wholeState = new HashMap<>();
        Map<String, OnnxTensor> stagedState = new HashMap<>();
        try (ModelSession whole = OnnxRuntime.open(graphs.trainStep().toByteArray(), "whole", RuntimeSettings.forTrainer());
             StagedStep staged = StagedStep.open(graphs.trainStep(), 2, 4, RuntimeSettings.forTrainer())) {
            graphs.initial().flat().forEach((name, t) -> {
                owned.add(SliceStepChecks.put(wholeState, name, t.values(), t.shape()));
                owned.add(SliceStepChecks.put(stagedState, name, t.values(), t.shape()));
            });
            owned.add(SliceStepChecks.put(wholeState, "lr", new float[] {0.1f}, new long[0]));
            stagedState.put("lr", wholeState.get("lr"));
            int[] rows = staged.sliceRows(12);
            List<OrtSession.Result> stagedResults = new ArrayList<>();
            List<Float> stagedLosses = new ArrayList<>();
            for (int step = 1; step <= 6; step++) {
                owned.add(SliceStepChecks.put(wholeState, "step", new float[] {step}, new long[0]));
                stagedState.put("step", wholeState.get("step"));
                long[] shape = SliceStepChecks.concrete(graphs.dataInputs().get(input).shape().dims(), 12);
                float[] x = SliceStepChecks.gaussian(random, shape);
                long[] labels = random.longs(12, 0, graphs.classes()).toArray();
                Map<String, OnnxTensor> feeds = new HashMap<>(wholeState);
                owned.add(SliceStepChecks.put(feeds, input, x, shape));
                owned.add(SliceStepChecks.putLongs(feeds, target, labels, 0, 12));
                List<Map<String, OnnxTensor>> slices = new ArrayList<>();
                int from = 0;
                int perRow = x.length / 12;
                for (int count : rows) {
                    Map<String, OnnxTensor> slice = new HashMap<>();
                    long[] sliceShape = shape.clone();
                    sliceShape[0] = count;
                    owned.add(SliceStepChecks.put(slice, input, java.util.Arrays.copyOfRange(x, from * perRow, (from + count) * perRow),
                            sliceShape));
                    owned.add(SliceStepChecks.putLongs(slice, target, labels, from, count));
                    slices.add(slice);
                    from += count;
                }
                OrtSession.Result expected = whole.session().run(feeds);
                owned.add(expected);
                OrtSession.Result actual = staged.run(slices, rows, stagedState);
                owned.add(actual);
                float want = SliceStepChecks.floats((OnnxTensor) expected.get("loss").orElseThrow())[0];
                float got = SliceStepChecks.floats((OnnxTensor) actual.get("loss").orElseThrow())[0];
                assertEquals(want, got, 1e-4 * Math.max(1, Math.abs(want)), "loss at step " + step);
                stagedResults.add(actual);
                stagedLosses.add(got);
                for (var feedback : graphs.feedback().entrySet()) {
                    wholeState.put(feedback.getValue(), (OnnxTensor) expected.get(feedback.getKey()).orElseThrow());
                    stagedState.put(feedback.getValue(), (OnnxTensor) actual.get(feedback.getKey()).orElseThrow());
                }
            }
            int compared = 0;
            for (var feedback : graphs.feedback().entrySet()) {
                float[] want = SliceStepChecks.floats(wholeState.get(feedback.getValue()));
                float[] got = SliceStepChecks.floats(stagedState.get(feedback.getValue()));
                for (int i = 0; i < want.length; i++) {
                    assertEquals(want[i], got[i], 1e-4 + 1e-3 * Math.abs(want[i]), feedback.getValue() + "[" + i + "] after 6 steps");
                }
                compared += graphs.roles().get(feedback.getValue()) == ParameterRole.RUNNING_STATISTIC ? 1 : 0;
            }
            assertTrue(compared > 0, "the running statistics were compared");
            // The step reuses its buffers of partial sums (the loss is one): what it returned stays the caller's.
            for (int step = 0; step < stagedResults.size(); step++) {
                assertEquals(stagedLosses.get(step), SliceStepChecks.floats((OnnxTensor) stagedResults.get(step).get("loss").orElseThrow())[0],
                        "the loss step " + (step + 1) + " returned, read after step 6");
            }
        } finally {
            for (AutoCloseable c : owned) {
                c.close();
            }
        }
    }
}
