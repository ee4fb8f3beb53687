package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.DataSources;

/**
 * The mlp-grokking template's first phase: the training pairs learnt by heart while the held-out pairs stay at chance, the
 * setting in which weight decay later finds the rule (its generalisation over 3,000 epochs is measured in docs/families.md, too
 * slow for a test).
 */
class GrokkingTest {

    @Test
    void theTrainingSumsAreMemorisedWhileTheHeldOutOnesStayAtChance(@TempDir Path dir) throws Exception {
        Network network = TemplateLibrary.find("mlp-grokking").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with(null, 250, null, null, null, 1L, null);
        var data = DataSources.load("synthetic:modular", dir, 1);
        assertEquals(97 * 97, data[0].size() + data[1].size());
        TrainingResult result = new Trainer(network, config, line -> { }).train(new Weights(), data[0], data[1], dir.resolve("run"), false);
        EpochMetrics last = result.epochs().get(result.epochs().size() - 1);
        assertEquals(1.0, last.trainAccuracy(), 1e-9, "every training sum learnt");
        assertTrue(last.validationAccuracy() < 0.03, "no held-out sum yet: " + last.validationAccuracy());
        assertTrue(result.testAccuracy() < 0.03, "nor any test sum: " + result.testAccuracy());
        assertTrue(last.validationLoss() > 3 * Math.log(97) / 2, "the held-out loss above chance's ln 97: " + last.validationLoss());
    }
}
