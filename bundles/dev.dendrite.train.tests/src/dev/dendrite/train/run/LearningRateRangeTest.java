package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.SyntheticData;

class LearningRateRangeTest {

    /** A sweep's raw record of {@code n} steps from 1e-6 to 1 whose loss follows {@code loss} of log10(rate). */
    private static List<double[]> sweep(int n, DoubleUnaryOperator loss) {
        List<double[]> raw = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double log = -6 + 6.0 * i / (n - 1);
            raw.add(new double[] {i + 1, Math.pow(10, log), loss.applyAsDouble(log)});
        }
        return raw;
    }

    @Test
    void theLowestLossIsFoundWhereItIsAndTheSuggestionWhereTheLossFallsFastest() {
        // Flat, a fall centred at 10^-3.5, the lowest loss at 1e-2, then a steep rise as a diverging sweep shows it.
        LearningRateRange.Result result = LearningRateRange.analyse(sweep(101, log -> log < -2 ? 1 + 1 / (1 + Math.exp(4 * (log + 3.5)))
                : 1 + 1 / (1 + Math.exp(6)) + 20 * Math.pow(log + 2, 2)), 1e-6, "swept");
        assertEquals(-2, Math.log10(result.lowestLossRate()), 0.2, "a centred average keeps the lowest loss near where it is; a causal one lags");
        assertEquals(-3.5, Math.log10(result.steepestRate()), 0.2);
        assertEquals(result.steepestRate(), result.suggestedRate());
        assertNull(result.note());
        assertEquals(101, result.points().size());
        assertEquals(1e-6, result.points().get(0).learningRate(), 1e-18);
    }

    @Test
    void aSweepThatDoesNotBracketTheValleySaysWhichWayToGo() {
        LearningRateRange.Result rising = LearningRateRange.analyse(sweep(60, log -> 2 + log / 10), 1e-6, "swept");
        assertTrue(Double.isNaN(rising.suggestedRate()), "no rate below the sweep's start to suggest: " + rising.suggestedRate());
        assertTrue(rising.note().contains("start it lower"), rising.note());
        LearningRateRange.Result falling = LearningRateRange.analyse(sweep(60, log -> 2 - log / 10), 1e-6, "swept");
        assertTrue(falling.note().contains("still falling"), falling.note());
        LearningRateRange.Result flat = LearningRateRange.analyse(sweep(100, log -> 0.69 + 0.01 * Math.sin(7 * log)), 1e-6, "swept");
        assertTrue(Double.isNaN(flat.suggestedRate()), "noise is no fall: " + flat.suggestedRate());
        assertTrue(flat.note().startsWith("the loss barely fell during the sweep"), flat.note());
        LearningRateRange.Result none = LearningRateRange.analyse(List.of(), 1e-6, "cancelled");
        assertTrue(Double.isNaN(none.suggestedRate()));
    }

    @Test
    void theRangeScheduleGrowsByOneFactorFromTheStartToTheRate() {
        TrainingConfig config = TrainingConfig.from(TemplateLibrary.find("mlp-classifier").orElseThrow().create())
                .with(null, null, null, null, 10.0, null, null);
        TrainingConfig range = config.withSchedule(TrainingConfig.rangeSchedule(1e-4, 6), 0, 0, 0, false, 0, 0, 0.1, 0).validate();
        assertEquals(1e-4, range.learningRateAt(0, 100), 1e-12);
        for (int step = 1; step < 6; step++) {
            assertEquals(10, range.learningRateAt(step, 100) / range.learningRateAt(step - 1, 100), 1e-9, "step " + step);
        }
        assertEquals(10, range.learningRateAt(5, 100), 1e-9);
        assertEquals(10, range.learningRateAt(40, 100), 1e-9, "the rate stays at its end");
        IllegalArgumentException above = assertThrows(IllegalArgumentException.class,
                () -> config.withSchedule(TrainingConfig.rangeSchedule(20, 6), 0, 0, 0, false, 0, 0, 0.1, 0).validate());
        assertTrue(above.getMessage().contains("below its final rate"), above.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> config.withSchedule("range:x", 0, 0, 0, false, 0, 0, 0.1, 0).validate());
    }

    @Test
    void theSuggestedRateTrainsBetterThanRatesFarFromIt(@TempDir Path dir) throws Exception {
        Network network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("synthetic:two-moons", 1, 32, OptimizerKind.SGD, 0.1, 5L, null);
        Dataset train = SyntheticData.twoMoons(1000, 0.1, 1);
        Dataset test = SyntheticData.twoMoons(500, 0.1, 2);
        List<String> lines = new ArrayList<>();
        LearningRateRange.Result result = new LearningRateRange(network, config, 1e-5, 1000, 120, lines::add)
                .run(new Weights(), train, test);
        assertTrue(result.end().contains("diverged") || result.end().contains("non-finite"), result.end());
        assertTrue(result.points().size() < 120, "stopped at divergence: " + result.points().size());
        List<LearningRateRange.Point> points = result.points();
        for (int i = 1; i < points.size(); i++) {
            assertEquals(Math.pow(1e8, 1 / 119.0), points.get(i).learningRate() / points.get(i - 1).learningRate(), 1e-6);
        }
        double suggested = result.suggestedRate();
        assertTrue(suggested > 1e-5 && suggested < 1000, "suggested " + suggested);
        double atSuggested = testLoss(network, config, suggested, train, test, dir.resolve("suggested"));
        double tooLow = testLoss(network, config, suggested / 300, train, test, dir.resolve("low"));
        double tooHigh = testLoss(network, config, suggested * 300, train, test, dir.resolve("high"));
        assertTrue(atSuggested < tooLow && atSuggested < tooHigh, "test loss at the suggested rate " + atSuggested + ", at 1/300 of it "
                + tooLow + ", at 300 times it " + tooHigh);
    }

    private static double testLoss(Network network, TrainingConfig config, double rate, Dataset train, Dataset test, Path dir)
            throws Exception {
        TrainingConfig run = config.with(null, 5, null, null, rate, null, null);
        try {
            return new Trainer(TemplateLibrary.find("mlp-classifier").orElseThrow().create(), run, line -> { }).train(new Weights(), train,
                    test, dir, false).testLoss();
        } catch (TrainingException diverged) {
            return Double.POSITIVE_INFINITY;
        }
    }
}
