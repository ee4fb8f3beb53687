package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.SyntheticData;
import dev.dendrite.train.graph.TrainStepBuilder;

/** The weights' gradients against central differences of the loss over the same samples, whatever the configured optimizer. */
class ParameterGradientsTest {

    private static final Dataset MOONS = SyntheticData.twoMoons(300, 0.2, 3);

    @Test
    void gradientsAreTheLossesSlopesAlongEachWeight() throws Exception {
        // No dropout and no penalties: the training loss is the evaluation loss the probe measures.
        Network network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 64, OptimizerKind.ADAM, 0.01, 2L, null)
                .withSchedule("constant", 0, 1.0, 0.9, false, 0.1, 0, 0, 0);
        Weights weights = TrainStepBuilder.initialParameters(network, config);
        Map<String, float[]> gradients = ParameterGradients.of(network, config, weights, MOONS, 250);
        assertEquals(java.util.Set.of("hidden1/weight", "hidden2/weight", "logits/weight"), gradients.keySet(), "weight matrices only");
        try (LossProbe probe = LossProbe.open(network, config, weights, MOONS, 250)) {
            float h = 1e-2f;
            int checked = 0;
            for (var entry : gradients.entrySet()) {
                float[] w = probe.values().get(entry.getKey()).values();
                for (int i = 0; i < w.length; i += Math.max(1, w.length / 5)) {
                    float[] up = w.clone();
                    float[] down = w.clone();
                    up[i] += h;
                    down[i] -= h;
                    double slope = (probe.at(Map.of(entry.getKey(), up)).loss() - probe.at(Map.of(entry.getKey(), down)).loss()) / (2 * h);
                    assertEquals(slope, entry.getValue()[i], 2e-3 + 0.02 * Math.abs(slope), entry.getKey() + "[" + i + "]");
                    checked++;
                }
            }
            assertTrue(checked >= 15, "checked " + checked);
        }
        float largest = 0;
        for (float g : gradients.get("logits/weight")) {
            largest = Math.max(largest, Math.abs(g));
        }
        assertTrue(largest > 1e-3,
                "a gradient that is not all zeros");
    }
}
