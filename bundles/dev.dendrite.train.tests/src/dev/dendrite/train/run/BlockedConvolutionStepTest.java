package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ConvolutionBlocks;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.graph.TrainStepBuilder;
import dev.dendrite.train.graph.TrainingGraphs;

/** A train step whose convolutions run in ONNX Runtime's blocked layout computes what the plain step computes. */
class BlockedConvolutionStepTest {

    @Test
    void resnetStepsComputeTheSameLossNormsAndUpdatesWithBlockedConvolutionsAsWithPlainOnes() throws Exception {
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 6, OptimizerKind.SGD, 1e-2, 1L, null);
        TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT.withStatisticsInOnePass(true));
        try (ModelSession blocked = OnnxRuntime.open(graphs.trainStep().toByteArray(), "train step", RuntimeSettings.forTrainer())) {
            // 16-, 32- and 64-channel layers: forward, input gradients and the 1×1 projections (the 1-channel stem stays plain).
            int expected = ConvolutionBlocks.size() == 0 ? 0 : 14;
            assertEquals(expected, blocked.blockedConvolutions());
        }
        // The step run part by part on the whole batch with the rewrite off, against the whole step with it on.
        try (SlicedStep plain = StagedStep.open(graphs.trainStep(), 1, 6, RuntimeSettings.forTrainer().withSessionOptions("blockedconv=0"))) {
            SliceStepChecks.assertSameStep(graphs, config, 6, plain);
        }
    }
}
