package dev.dendrite.train.run;

import static dev.dendrite.train.run.SliceStepChecks.assertMeanOfSliceSteps;
import static dev.dendrite.train.run.SliceStepChecks.assertSameStep;
import static dev.dendrite.train.run.SliceStepChecks.concrete;
import static dev.dendrite.train.run.SliceStepChecks.floats;
import static dev.dendrite.train.run.SliceStepChecks.gaussian;
import static dev.dendrite.train.run.SliceStepChecks.put;
import static dev.dendrite.train.run.SliceStepChecks.putLongs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import dev.dendrite.model.network.normalization.NormalizationFactory;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.graph.ReplicaGraphs;
import dev.dendrite.train.graph.TrainStepBuilder;
import dev.dendrite.train.graph.TrainingGraphs;

/** The train step as replicas on slices of the batch: the same update as the whole step, whatever the slices and the step's form. */
class ReplicatedStepTest {

    @Test
    void aConvolutionalStepAsReplicasUpdatesAsTheWholeStep() throws Exception {
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        // 7 samples over 2 replicas: slices of 4 and 3, weighted by their shares.
        assertSameStep(lenet, TrainingConfig.from(lenet).with("test", 1, 7, OptimizerKind.ADAM, 1e-2, 1L, null), 7, 2);
    }

    /**
     * The convolutional autoencoder as the trainer runs it on two cores: its decoder's transposed convolutions (kernel gradients
     * correlating each slice's output gradient with its input) split over the replicas exactly.
     */
    @Test
    void transposedConvolutionsAsReplicasUpdateAsTheWholeStep() throws Exception {
        Network autoencoder = TemplateLibrary.find("conv-autoencoder").orElseThrow().create();
        assertSameStep(autoencoder, TrainingConfig.from(autoencoder).with("test", 1, 7, OptimizerKind.ADAM, 1e-2, 1L, null), 7, 2);
    }

    @Test
    void classWeightedLossesAsReplicasUpdateAsTheWholeStep() throws Exception {
        // Σ w_y·l / Σ w_y over the batch: each slice's share is its labels' weight, not its rows.
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(lenet).with("test", 1, 9, OptimizerKind.SGD, 1e-1, 1L, null)
                .withClassWeights("1,5,1,1,1,1,1,1,1,9");
        assertSameStep(lenet, config, 9, 2);
    }

    /** Certified training's bounds are per sample and its robust loss a mean over rows: replicas weigh it as the clean loss. */
    @Test
    void certifiedTrainingAsReplicasUpdatesAsTheWholeStep() throws Exception {
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(lenet).with("test", 1, 7, OptimizerKind.ADAM, 1e-2, 1L, null)
                .withCertified(dev.dendrite.train.config.CertifiedTraining.at(0.1));
        assertSameStep(lenet, config, 7, 2);
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
    void aConditionalGansStepAsReplicasUpdatesAsTheWholeStep() throws Exception {
        // Both networks' gradients from one pass; the noise and the class asked for are cut with the batch like the data.
        // Without BatchNorm (the templates' generators have it, and their replicas are refused): a GAN asked for --replicas 2.
        Network cgan = smallConditionalGan(dev.dendrite.model.network.LossKind.GAN);
        TrainingConfig config = TrainingConfig.from(cgan).with("test", 1, 9, OptimizerKind.ADAM, 2e-4, 1L, null);
        TrainingGraphs graphs = TrainStepBuilder.build(cgan, new Weights(), config, GraphOptions.DEFAULT);
        assertEquals(java.util.Optional.empty(), java.util.Optional.ofNullable(ReplicaGraphs.refusal(graphs)));
        assertTrue(graphs.randomInputs().stream().anyMatch(r -> r.value().shape().dims().size() == 2), "the noise is a random input");
        assertSameStep(graphs, config, 9, 2);
    }

    @Test
    void aPenalisedWassersteinGansStepAsReplicasUpdatesAsTheWholeStep() throws Exception {
        // The gradient penalty's interpolation weights are cut with the batch; each slice's penalty is a mean over its rows.
        Network wgan = smallConditionalGan(dev.dendrite.model.network.LossKind.GAN_WASSERSTEIN);
        dev.dendrite.model.GanParts.of(wgan).orElseThrow().loss().setGradientPenalty(10);
        TrainingConfig config = TrainingConfig.from(wgan).with("test", 1, 9, OptimizerKind.ADAM, 2e-4, 1L, null);
        TrainingGraphs graphs = TrainStepBuilder.build(wgan, new Weights(), config, GraphOptions.DEFAULT);
        assertEquals(java.util.Optional.empty(), java.util.Optional.ofNullable(ReplicaGraphs.refusal(graphs)));
        assertTrue(graphs.randomInputs().stream().anyMatch(r -> r.name().endsWith("/penalty/epsilon")), "the interpolation is a random input");
        assertSameStep(graphs, config, 9, 2);
    }

    /** A conditional GAN of dense layers without BatchNorm: noise and a class code in, 12 values out; dropout in the discriminator. */
    private static Network smallConditionalGan(dev.dendrite.model.network.LossKind kind) {
        var factory = dev.dendrite.model.network.NetworkFactory.eINSTANCE;
        dev.dendrite.model.templates.NetworkBuilder b = new dev.dendrite.model.templates.NetworkBuilder("small-cgan", "");
        java.util.function.BiFunction<dev.dendrite.model.templates.NetworkBuilder, dev.dendrite.model.network.Layer,
                dev.dendrite.model.network.Layer> code = (builder, label) -> {
                    var embedding = SequenceFactory.eINSTANCE.createEmbedding();
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
                kind, label, "class");
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
        var positions = SequenceFactory.eINSTANCE.createPositionalEncoding();
        positions.setMaxLength(8);
        var attention = SequenceFactory.eINSTANCE.createAttention();
        attention.setHeads(2);
        attention.setCausal(true);
        dev.dendrite.model.network.Layer x = b.add(positions, "positions", b.dense(b.input("x", 6, 3), "embed", 8));
        x = b.add(attention, "attention", b.add(NormalizationFactory.eINSTANCE.createLayerNorm(), "norm", x));
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

    /** One step of the whole graph against one replicated step from the same tensors: every output agrees to float rounding. */
    /** LeNet-5 with Adam at batch 17, its config and train-step graphs. */
    private record LenetStep(TrainingConfig config, TrainingGraphs graphs) {
        static LenetStep adamAt17() throws Exception {
            Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
            TrainingConfig config = TrainingConfig.from(lenet).with("test", 1, 17, OptimizerKind.ADAM, 1e-2, 1L, null);
            return new LenetStep(config, TrainStepBuilder.build(lenet, new Weights(), config, GraphOptions.DEFAULT));
        }
    }
}
