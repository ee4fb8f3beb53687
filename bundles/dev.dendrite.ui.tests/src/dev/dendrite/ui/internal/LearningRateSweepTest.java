package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.dendrite.launching.TrainingAttributes;
import dev.dendrite.launching.internal.LearningRateSweep;
import dev.dendrite.launching.ui.internal.LearningRateDialog;

/** The launch dialog's range test: which settings it passes on, and how it reads the sweep's JSON. */
class LearningRateSweepTest {

    @Test
    void theSweepTakesTheSettingsThatShapeTheRateAndLeavesTheRunsOwn() {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(TrainingAttributes.DATA, "mnist");
        attributes.put(TrainingAttributes.EPOCHS, "30");
        attributes.put(TrainingAttributes.BATCH, "128");
        attributes.put(TrainingAttributes.OPTIMIZER, "sgd");
        attributes.put(TrainingAttributes.LEARNING_RATE, "0.5");
        attributes.put(TrainingAttributes.MOMENTUM, "0.9");
        attributes.put(TrainingAttributes.SCHEDULE, "cosine");
        attributes.put(TrainingAttributes.REPLICAS, "2");
        attributes.put(TrainingAttributes.NESTEROV, true);
        attributes.put(TrainingAttributes.RESUME, true);
        assertEquals(List.of("--data", "mnist", "--batch", "128", "--optimizer", "sgd", "--momentum", "0.9", "--nesterov"),
                LearningRateSweep.options(attributes));
    }

    @Test
    void findInTheLearningRateFieldIsAValidSettingThatTrainPasses() {
        var network = dev.dendrite.model.templates.TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(TrainingAttributes.OPTIMIZER, "sgd");
        attributes.put(TrainingAttributes.LEARNING_RATE, "find");
        assertEquals(java.util.Optional.empty(), dev.dendrite.launching.TrainingArguments.problem(attributes, network));
        assertEquals(java.util.Optional.empty(), dev.dendrite.launching.TrainingArguments.caution(attributes, network),
                "no note about the network's Adam rate: the range test picks one for SGD");
        assertTrue(String.join(" ", dev.dendrite.launching.TrainingArguments.options(attributes)).contains("--lr find"));
        attributes.put(TrainingAttributes.RESUME, true);
        assertEquals("--lr find starts a new run in one process: find the rate with dendrite lr-find, then give it to --lr",
                dev.dendrite.launching.TrainingArguments.problem(attributes, network).orElseThrow());
        attributes.remove(TrainingAttributes.RESUME);
        attributes.put(TrainingAttributes.LEARNING_RATE, "fast");
        assertEquals("--lr needs a number, got 'fast'", dev.dendrite.launching.TrainingArguments.problem(attributes, network).orElseThrow());
    }

    @Test
    void theSweepsJsonBecomesACurve() {
        LearningRateSweep.Curve curve = LearningRateSweep.parse("{\"network\":\"n\",\"dataset\":\"mnist\",\"optimizer\":\"adam\","
                + "\"batch\":64,\"from\":1.0E-7,\"to\":10.0,\"steps\":100,\"end\":\"swept 3 steps\",\"lowestLossRate\":0.01,"
                + "\"steepestRate\":null,\"suggestedRate\":0.001,\"note\":null,\"points\":[{\"step\":1,\"learningRate\":1.0E-7,"
                + "\"loss\":2.3,\"smoothedLoss\":2.2},{\"step\":2,\"learningRate\":1.0E-4,\"loss\":2.0,\"smoothedLoss\":2.1},"
                + "{\"step\":3,\"learningRate\":0.1,\"loss\":9.0,\"smoothedLoss\":5.0}]}");
        assertArrayEquals(new double[] {1e-7, 1e-4, 0.1}, curve.rates());
        assertArrayEquals(new double[] {2.3, 2.0, 9.0}, curve.losses());
        assertArrayEquals(new double[] {2.2, 2.1, 5.0}, curve.smoothed());
        assertEquals(0.001, curve.suggestedRate());
        assertEquals(0.01, curve.lowestLossRate());
        assertEquals("adam", curve.optimizer());
        assertEquals(64, curve.batch());
        assertNull(curve.note());
        assertTrue(Double.isNaN(LearningRateSweep.parse("{\"points\":[],\"suggestedRate\":null}").suggestedRate()));
    }

    @Test
    void theFieldGetsTheRateInShortForm() {
        assertEquals("0.000486", LearningRateDialog.text(0.00048612));
        assertEquals("0.01", LearningRateDialog.text(0.0100004));
        assertEquals("5e-05", LearningRateDialog.text(5.0001e-5));
        assertEquals("10", LearningRateDialog.text(10));
        assertEquals(0.00048612, Double.parseDouble(LearningRateDialog.text(0.00048612)), 0.00048612 * 0.002, "three significant digits");
    }
}
