package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.runtime.CpuCores;

class StepThreadsTest {

    @Test
    void stepsWithEnoughArithmeticShareTheCoresAndSmallOrGraphStepsRunOnOne() {
        Network mlp = mlp(256);
        // 784-256-256-10: 1.2 MFLOP per sample in training, 78 MFLOP at batch 64.
        assertEquals(CpuCores.available(), StepThreads.wholeStep(mlp, 64, 0));
        assertEquals(1, StepThreads.wholeStep(mlp, 8, 0), "10 MFLOP per step: under the threshold");
        assertEquals(1, StepThreads.wholeStep(TemplateLibrary.find("mlp-classifier").orElseThrow().create(), 512, 0), "two-moons MLP");
        assertEquals(1, StepThreads.wholeStep(TemplateLibrary.find("gcn-node-classifier").orElseThrow().create(), 512, 0));
        assertEquals(CpuCores.available(), StepThreads.wholeStep(TemplateLibrary.find("resnet-small").orElseThrow().create(), 64, 0));
        assertEquals(3, StepThreads.wholeStep(mlp, 8, 3), "threads asked for are kept");
    }

    private static Network mlp(int width) {
        NetworkBuilder b = new NetworkBuilder("mlp", "test MLP");
        Layer x = b.dense(b.input("image", 784), "fc1", width, ActivationFunction.RELU);
        x = b.dense(x, "fc2", width, ActivationFunction.RELU);
        b.loss(b.dense(x, "fc3", 10), LossKind.CROSS_ENTROPY);
        return b.network();
    }
}
