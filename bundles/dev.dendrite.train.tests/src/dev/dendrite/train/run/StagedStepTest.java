package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.graph.TrainStepBuilder;
import dev.dendrite.train.graph.TrainingGraphs;

/** The train step cut at its reductions over the batch and run in slices: the whole step's result, BatchNorm's statistics included. */
class StagedStepTest {

    // Plain SGD, so that the parameters' change is the gradient's: Adam's first step divides each gradient by
    // its own magnitude, and a gradient that is zero but for float rounding (as some are behind BatchNorm)
    // becomes a step of any size in either order of summation.
    @Test
    void aBatchNormalisedStepInSlicesUpdatesAsTheWholeStep() throws Exception {
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 7, OptimizerKind.SGD, 1e-2, 1L, null);
        TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT);
        try (StagedStep staged = StagedStep.open(graphs.trainStep(), 2, 3, RuntimeSettings.forTrainer())) {
            assertArrayEquals(new int[] {3, 2, 2}, staged.sliceRows(7));
            assertTrue(staged.parts() > 10, "cut at every BatchNorm, forward and backward: " + staged.parts() + " parts");
            // Slices of 3, 2 and 2 over two replicas; the running statistics are the whole batch's.
            ReplicatedStepTest.assertSameStep(graphs, config, 7, staged);
        }
    }

    @Test
    void oneReplicaTakesEverySliceInTurn() throws Exception {
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 5, OptimizerKind.SGD, 0.1, 1L, null);
        TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT);
        try (StagedStep staged = StagedStep.open(graphs.trainStep(), 1, 2, RuntimeSettings.forTrainer())) {
            assertEquals(1, staged.replicas());
            ReplicatedStepTest.assertSameStep(graphs, config, 5, staged);
        }
    }

    @Test
    void theTrainerStagesBatchNormalisedStepsWhereEachCoreGetsTwoSlicesAndSaysSo() throws Exception {
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 256, OptimizerKind.ADAM, 1e-2, 1L, null);
        TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT);
        List<String> said = new ArrayList<>();
        try (StagedStep staged = StagedStep.openAsAsked(graphs, 0, 2, 256, true, RuntimeSettings.forTrainer(), said::add)) {
            assertEquals(2, staged.replicas());
            assertArrayEquals(new int[] {64, 64, 64, 64}, staged.sliceRows(256));
            assertTrue(said.size() == 1 && said.get(0).contains("4 slices") && said.get(0).contains("whole batch's"), said.toString());
        }
        assertNull(StagedStep.openAsAsked(graphs, 0, 2, 255, true, RuntimeSettings.forTrainer(), said::add), "one slice per core");
        assertNull(StagedStep.openAsAsked(graphs, 1, 2, 512, true, RuntimeSettings.forTrainer(), said::add), "one replica asked for");
        assertNull(StagedStep.openAsAsked(graphs, 0, 2, 512, false, RuntimeSettings.forTrainer(), said::add), "not the trainer's choice");
        assertNull(StagedStep.openAsAsked(graphs, 0, 1, 512, true, RuntimeSettings.forTrainer(), said::add), "one core");
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        TrainingGraphs plain = TrainStepBuilder.build(lenet, new Weights(), TrainingConfig.from(lenet).with("test", 1, 512, OptimizerKind.ADAM,
                1e-2, 1L, null), GraphOptions.DEFAULT);
        assertNull(StagedStep.openAsAsked(plain, 0, 2, 512, true, RuntimeSettings.forTrainer(), said::add), "no batch normalisation");
        assertEquals(1, said.size(), said.toString());
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
}
