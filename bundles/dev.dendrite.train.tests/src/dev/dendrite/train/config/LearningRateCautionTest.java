package dev.dendrite.train.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.runtime.Device;

/** Switching between plain SGD and an adaptive optimizer while keeping the rate: cautioned where the rate does not suit the new one. */
class LearningRateCautionTest {

    private static TrainingConfig config(OptimizerKind optimizer, double rate, double momentum) {
        return new TrainingConfig("mnist", 1, 64, optimizer, rate, momentum, false, 0, 0, 42, "constant", 0, 0.1, 0, Device.CPU, 0, dev.dendrite.train.data.Augmentation.NONE, java.util.List.of(), java.util.List.of(), 0, "", 0, 0);
    }

    private static Optional<String> switched(OptimizerKind from, OptimizerKind to, double rate, double momentum) {
        return config(to, rate, momentum).learningRateCaution(config(from, rate, momentum));
    }

    @Test
    void anAdamRateKeptForPlainSgdIsCautioned() {
        assertEquals(Optional.of("the learning rate 0.001 was set for adam; sgd usually trains with 0.01 to 0.1"),
                switched(OptimizerKind.ADAM, OptimizerKind.SGD, 1e-3, 0));
        assertEquals(Optional.of("the learning rate 0.1 was set for sgd; rmsprop usually trains with 1e-4 to 3e-3"),
                switched(OptimizerKind.SGD, OptimizerKind.RMSPROP, 0.1, 0));
    }

    @Test
    void noCautionWhereTheRateSuitsTheNewFamilyOrTheFamilyStays() {
        // Momentum 0.9 makes an effective rate of 0.01: usual for SGD.
        assertTrue(switched(OptimizerKind.ADAM, OptimizerKind.SGD, 1e-3, 0.9).isEmpty());
        assertTrue(switched(OptimizerKind.ADAM, OptimizerKind.SGD, 1e-2, 0).isEmpty());
        assertTrue(switched(OptimizerKind.SGD, OptimizerKind.ADAM, 5e-3, 0).isEmpty());
        assertTrue(switched(OptimizerKind.ADAM, OptimizerKind.ADAMW, 1e-3, 0).isEmpty());
        assertTrue(switched(OptimizerKind.SGD, OptimizerKind.SGD, 1e-5, 0).isEmpty());
    }

    @Test
    void noCautionWhereTheRateWasChosenToo() {
        assertTrue(config(OptimizerKind.SGD, 5e-4, 0).learningRateCaution(config(OptimizerKind.ADAM, 1e-3, 0)).isEmpty());
    }
}
