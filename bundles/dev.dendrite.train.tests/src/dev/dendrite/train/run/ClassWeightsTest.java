package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.SyntheticData;

/** --class-weights balanced: counted over the training labels, said and recorded as numbers; refused where nothing is counted or weighed. */
class ClassWeightsTest {

    private static Network mlp() {
        return TemplateLibrary.find("mlp-classifier").orElseThrow().create();
    }

    @Test
    void balancedWeightsAreCountedFromTheTrainingLabels(@TempDir Path dir) throws Exception {
        // 300 points of class 0 and 100 of class 1: balanced weights 400 / (2·300) and 400 / (2·100).
        Dataset moons = SyntheticData.twoMoons(600, 0.1, 1);
        int[] keep = new int[400];
        int zeros = 0;
        int ones = 0;
        int at = 0;
        for (int i = 0; i < moons.size() && at < 400; i++) {
            if (moons.label(i) == 0 && zeros < 300) {
                keep[at++] = i;
                zeros++;
            } else if (moons.label(i) == 1 && ones < 100) {
                keep[at++] = i;
                ones++;
            }
        }
        Dataset skewed = moons.subset(keep, " skewed");
        List<String> said = new ArrayList<>();
        TrainingConfig config = TrainingConfig.from(mlp()).with("test", 1, 50, null, null, 2L, null).withClassWeights("balanced");
        new Trainer(mlp(), config, said::add).train(new Weights(), skewed, skewed, dir.resolve("run"), false);
        assertTrue(said.contains("class weights, balanced over the training labels: 0.6667,2"), said.toString());
        assertTrue(Files.readString(dir.resolve("run").resolve(RunFiles.CONFIG)).contains("\"classWeights\": \"0.6667,2\""));
    }

    @Test
    void weightsWithoutLabelsOrCrossEntropyAreBadInput(@TempDir Path dir) {
        Network regressor = TemplateLibrary.find("mlp-regressor").orElseThrow().create();
        Dataset sine = SyntheticData.function("sine", 200, -Math.PI, Math.PI, 1);
        TrainingException balanced = assertThrows(TrainingException.class, () -> new Trainer(regressor, TrainingConfig.from(regressor)
                .withClassWeights("balanced"), line -> { }).train(new Weights(), sine, sine, dir.resolve("a"), false));
        assertTrue(balanced.getMessage().startsWith("--class-weights balanced counts one class label per sample, and "), balanced.getMessage());
        TrainingException given = assertThrows(TrainingException.class, () -> new Trainer(regressor, TrainingConfig.from(regressor)
                .withClassWeights("1,2"), line -> { }).train(new Weights(), sine, sine, dir.resolve("b"), false));
        assertTrue(given.getMessage().endsWith("--class-weights weighs cross-entropy losses, and the network has none"), given.getMessage());
        assertEquals("--class-weights takes balanced, or weights ≥ 0 separated by commas with one above 0 at least; got '0,0'",
                assertThrows(IllegalArgumentException.class, () -> TrainingConfig.from(regressor).withClassWeights("0,0").validate())
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainingConfig.from(regressor).withClassWeights("1,two").validate())
                .getMessage().startsWith("--class-weights takes balanced"));
    }
}
