package dev.dendrite.train.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;

/** --schedule onecycle: the rates PyTorch's OneCycleLR (2.7, defaults, no momentum cycling) gives at rate 0.1 over 100 steps. */
class OneCycleScheduleTest {

    private static TrainingConfig config(String schedule) {
        var network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        return TrainingConfig.from(network).with("test", 1, 10, OptimizerKind.SGD, 0.1, 1L, null)
                .withSchedule(schedule, 0, 0, 0, false, 0, 0, 0, 0).validate();
    }

    @Test
    void followsPyTorchsOneCycle() {
        TrainingConfig c = config("onecycle");
        // Printed by torch.optim.lr_scheduler.OneCycleLR(max_lr=0.1, total_steps=100, cycle_momentum=False), step by step.
        assertEquals(0.004, c.learningRateAt(0, 100), 1e-12);
        assertEquals(0.029516394846410082, c.learningRateAt(10, 100), 1e-12);
        assertEquals(0.1, c.learningRateAt(29, 100), 1e-12);
        assertEquals(0.0793893450575732, c.learningRateAt(50, 100), 1e-12);
        assertEquals(4e-07, c.learningRateAt(99, 100), 1e-15);
        double before = 0;
        for (int step = 0; step < 100; step++) {
            double rate = c.learningRateAt(step, 100);
            assertTrue(step <= 29 ? rate > before : rate < before, "up to step 29, down after: step " + step);
            before = rate;
        }
    }

    @Test
    void unknownSchedulesNameTheKnownOnes() {
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> config("cycle"));
        assertEquals("unknown schedule 'cycle': use constant, step, cosine, onecycle or plateau[:EPOCHS[:FACTOR]]", refused.getMessage());
    }
}
