package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.network.convolution.StepPadding;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.SequenceData;
import dev.dendrite.train.data.TensorDataset;
import dev.dendrite.train.graph.GraphOptions;

/**
 * Convolutions over sequences. The text CNN on the phrase task: its convolutions over padded
 * batches read each sequence as they would alone (padding to 40 steps changes no loss), and it
 * tells "2 3 4" from "4 3 2", which hold the same tokens. The TCN: causal, so fed its own
 * predictions it continues a wave; a convolution that reads later steps cannot.
 */
class SequenceConvolutionTasksTest {

    private static TrainingResult train(Network network, BatchSource train, BatchSource test, int epochs, long padTo, Path dir)
            throws Exception {
        TrainingConfig config = TrainingConfig.from(network).with(null, epochs, 32, null, null, 5L, null);
        Trainer trainer = new Trainer(network, config, line -> { });
        if (padTo > 0) {
            trainer.withOptions(GraphOptions.DEFAULT.withSequenceLength(padTo));
        }
        return trainer.train(new Weights(), train, test, dir, false);
    }

    private static Network textCnn() {
        return TemplateLibrary.find("text-cnn").orElseThrow().create();
    }

    /** The template, its convolutions padded as given: valid ones shorten the steps and the masks their pools read. */
    private static Network textCnn(StepPadding padding) {
        Network network = textCnn();
        network.getLayers().stream().filter(Convolution.class::isInstance).map(Convolution.class::cast)
                .forEach(conv -> conv.setStepPadding(padding));
        return network;
    }

    @Test
    void paddingChangesNothingThroughConvolutionsOverSteps(@TempDir Path dir) throws Exception {
        BatchSource[] data = SequenceData.load("phrases", 7);
        BatchSource train = ((TensorDataset) data[0]).subset(IntStream.range(0, 300).toArray(), "/300");
        BatchSource test = ((TensorDataset) data[1]).subset(IntStream.range(0, 150).toArray(), "/150");
        for (StepPadding padding : StepPadding.values()) {
            TrainingResult perBatch = train(textCnn(padding), train, test, 2, 0, dir.resolve(padding + "-per-batch"));
            TrainingResult padded = train(textCnn(padding), train, test, 2, 40, dir.resolve(padding + "-padded"));
            assertEquals(perBatch.testLoss(), padded.testLoss(), 1e-5 * perBatch.testLoss(), padding + ": padded per batch or to 40 steps");
            assertEquals(perBatch.testAccuracy(), padded.testAccuracy(), 1e-9, padding.getLiteral());
        }
    }

    /**
     * A deeper text CNN: a valid convolution, windows of 2 pooled by max, a second valid convolution,
     * each filter's max over the steps. The masks follow the windows, so padding changes nothing.
     */
    private static Network pooledTextCnn() {
        var b = new dev.dendrite.model.templates.NetworkBuilder("pooled-text-cnn", "");
        var embedding = SequenceFactory.eINSTANCE.createEmbedding();
        embedding.setVocabularySize(16);
        embedding.setEmbeddingDim(16);
        dev.dendrite.model.network.Layer x = b.add(embedding, "embed", b.tokens("tokens", dev.dendrite.model.network.InputRole.FEATURES));
        for (int i = 1; i <= 2; i++) {
            Convolution conv = b.conv(x, "conv" + i, 16, 2, 1, 0);
            conv.setDimensions(1);
            conv.setSequence(true);
            conv.setStepPadding(StepPadding.VALID);
            x = b.activation(conv, dev.dendrite.model.network.ActivationFunction.RELU);
            if (i == 1) {
                var pool = ConvolutionFactory.eINSTANCE.createPooling();
                pool.setPoolType(dev.dendrite.model.network.PoolType.MAX);
                pool.setDimensions(1);
                pool.setSequence(true);
                pool.setKernel(2);
                x = b.add(pool, "pool", x);
            }
        }
        var max = SequenceFactory.eINSTANCE.createSequencePooling();
        max.setPoolType(dev.dendrite.model.network.PoolType.MAX);
        b.loss(b.dense(b.add(max, "max", x), "logits", 3), dev.dendrite.model.network.LossKind.CROSS_ENTROPY);
        return b.training("synthetic:phrases", 2, 32, dev.dendrite.model.network.OptimizerKind.ADAM, 2e-3).network();
    }

    @Test
    void paddingChangesNothingThroughPoolingOverSteps(@TempDir Path dir) throws Exception {
        BatchSource[] data = SequenceData.load("phrases", 7);
        BatchSource train = ((TensorDataset) data[0]).subset(IntStream.range(0, 300).toArray(), "/300");
        BatchSource test = ((TensorDataset) data[1]).subset(IntStream.range(0, 150).toArray(), "/150");
        TrainingResult perBatch = train(pooledTextCnn(), train, test, 2, 0, dir.resolve("per-batch"));
        TrainingResult padded = train(pooledTextCnn(), train, test, 2, 41, dir.resolve("padded"));
        assertEquals(perBatch.testLoss(), padded.testLoss(), 1e-5 * perBatch.testLoss(), "padded per batch or to 41 steps");
        // Five steps: 4 after the first window, 2 pooled, 1 after the second window; four give none.
        long[][] tokens = {{2, 3, 4, 5, 6}, {2, 3, 4, 5}};
        TensorDataset shortOne = TensorDataset.builder("short", 2).longs("tokens", dev.dendrite.train.data.Field.Role.INPUT,
                java.util.List.of("T"), tokens).withMask("tokens").longs("phrase", dev.dendrite.train.data.Field.Role.TARGET,
                        java.util.List.of(), new long[2][1]).classes(3).build();
        TrainingException refused = org.junit.jupiter.api.Assertions.assertThrows(TrainingException.class,
                () -> train(pooledTextCnn(), shortOne, shortOne, 1, 0, dir.resolve("short")));
        assertEquals("layer 'conv2' needs sequences of 5 steps or more (whole windows), but sample 1 of short has 4 in 'tokens': leave "
                + "shorter sequences out, or set its stepPadding to same", refused.getMessage());
    }

    @Test
    void aSequenceShorterThanTheValidWindowsIsNamedBeforeTraining(@TempDir Path dir) {
        long[][] tokens = new long[40][];
        long[][] labels = new long[40][1];
        for (int s = 0; s < tokens.length; s++) {
            tokens[s] = new long[s == 17 ? 4 : 9];
            java.util.Arrays.fill(tokens[s], 2 + s % 10);
        }
        TensorDataset data = TensorDataset.builder("short", 40).longs("tokens", dev.dendrite.train.data.Field.Role.INPUT,
                java.util.List.of("T"), tokens).withMask("tokens").longs("phrase", dev.dendrite.train.data.Field.Role.TARGET,
                        java.util.List.of(), labels).classes(3).build();
        TrainingException refused = org.junit.jupiter.api.Assertions.assertThrows(TrainingException.class,
                () -> train(textCnn(StepPadding.VALID), data, data, 1, 0, dir));
        assertEquals("layer 'conv5' needs sequences of 5 steps or more (whole windows), but sample 17 of short has 4 in 'tokens': leave "
                + "shorter sequences out, or set its stepPadding to same", refused.getMessage());
    }

    @Test
    void convolutionsTellPhrasesOfTheSameTokensApart(@TempDir Path dir) throws Exception {
        BatchSource[] data = SequenceData.load("phrases", 3);
        BatchSource train = ((TensorDataset) data[0]).subset(IntStream.range(0, 1800).toArray(), "/1800");
        TrainingResult result = train(textCnn(), train, data[1], 4, 0, dir.resolve("text-cnn"));
        assertTrue(result.testAccuracy() >= 0.95, "text CNN: " + result.testAccuracy());
    }

    @Test
    void causalConvolutionsFedTheirOwnPredictionsContinueTheWave(@TempDir Path dir) throws Exception {
        BatchSource[] data = SequenceData.load("sine-next", 9);
        Network tcn = TemplateLibrary.find("tcn-generator").orElseThrow().create();
        for (String template : java.util.List.of("tcn-generator", "wavenet-generator")) {
            train(TemplateLibrary.find(template).orElseThrow().create(), data[0], data[1], 30, 0, dir.resolve(template));
            java.util.Map<?, ?> summary = new com.google.gson.Gson().fromJson(java.nio.file.Files.readString(dir.resolve(template)
                    .resolve(RunFiles.SUMMARY)), java.util.Map.class);
            double mse = ((Number) summary.get("generationMse")).doubleValue();
            double held = ((Number) summary.get("generationBaselineMse")).doubleValue();
            assertTrue(mse < 0.03 && mse < held / 20, template + ", 36 generated steps: MSE " + mse + ", holding the prime's last value " + held);
        }
        for (StepPadding padding : java.util.List.of(StepPadding.SAME, StepPadding.VALID)) {
            Network seesAhead = TemplateLibrary.find("tcn-generator").orElseThrow().create();
            seesAhead.getLayers().stream().filter(Convolution.class::isInstance).map(Convolution.class::cast)
                    .forEach(conv -> conv.setStepPadding(padding));
            assertTrue(FeedbackGeneration.fedBack(seesAhead, data[0]).isEmpty(), padding + " windows read later steps: no feedback");
        }
        assertTrue(FeedbackGeneration.fedBack(tcn, data[0]).isPresent());
    }
}
