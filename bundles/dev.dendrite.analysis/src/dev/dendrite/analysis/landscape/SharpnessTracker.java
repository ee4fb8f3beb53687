package dev.dendrite.analysis.landscape;

import java.util.Locale;
import java.util.Map;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.run.ParameterGradients;
import dev.dendrite.train.run.RunRecord;
import dev.dendrite.train.run.TrainingException;
import dev.dendrite.train.run.TrainingObserver;

/**
 * The loss's sharpness followed through training ({@code train --sharpness-every E}): every E epochs and at the last, the
 * Hessian's top eigenvalue at the current weights on fixed training samples ({@link Sharpness}), recorded in the run's
 * metrics as a {@code "sharpness"} record with the edge of stability beside it where SGD trains. Full-batch and small-rate
 * training sharpen progressively until the eigenvalue meets 2(1 + β)/η and hovers there (Cohen et al., 2021); the Training
 * Monitor draws both.
 */
public final class SharpnessTracker implements TrainingObserver {

    /** Power-iteration steps per measurement (each two gradients of the samples). */
    public static final int ITERATIONS = 20;

    private final Network network;
    private final TrainingConfig config;
    private final BatchSource train;
    private final int samples;
    private final int everyEpochs;
    private final long unrolled;
    private double learningRate;

    /**
     * @param train the run's training data; the first {@code samples} of it are measured on every time
     * @param unrolled the steps the trainer unrolls sequences over (0 for other data)
     */
    public SharpnessTracker(Network network, TrainingConfig config, BatchSource train, int samples, int everyEpochs, long unrolled) {
        if (samples < 1 || everyEpochs < 1) {
            throw new IllegalArgumentException("sharpness is measured on 1 or more samples every 1 or more epochs, not " + samples + " every "
                    + everyEpochs);
        }
        this.network = network;
        this.config = config;
        this.train = train;
        this.samples = samples;
        this.everyEpochs = everyEpochs;
        this.unrolled = unrolled;
        this.learningRate = config.learningRate();
    }

    @Override
    public void stepFinished(StepEvent event) {
        learningRate = event.learningRate();
    }

    @Override
    public void epochFinished(EpochEvent event) throws TrainingException {
        int epoch = event.metrics().epoch();
        if (epoch % everyEpochs != 0 && epoch != config.epochs()) {
            return;
        }
        Weights weights = event.weights().copy();
        Sharpness.Result result;
        int measured;
        try (ParameterGradients gradients = ParameterGradients.open(network, config, weights, train, samples, unrolled)) {
            result = Sharpness.measure(gradients, ITERATIONS, 0, config.seed(), event.control()::isCancelled);
            measured = gradients.samples();
        }
        if (result == null) {
            return;
        }
        Double edge = edgeOfStability(config.optimizer(), learningRate, config.momentum());
        Map<String, Object> record = new java.util.LinkedHashMap<>();
        record.put("type", "sharpness");
        record.put("epoch", epoch);
        record.put("step", event.step());
        record.put("topEigenvalue", result.topEigenvalue());
        record.put("change", result.change());
        record.put("learningRate", learningRate);
        record.put("edgeOfStability", edge);
        record.put("samples", measured);
        event.records().add(record);
        event.say().accept(String.format(Locale.ROOT, "sharpness after epoch %d: the Hessian's top eigenvalue %s on %d training samples%s",
                epoch, RunRecord.significant(result.topEigenvalue()), measured, edge == null ? ""
                        : String.format(Locale.ROOT, ", %.0f%% of the edge of stability 2(1 + β)/η = %s", 100 * result.topEigenvalue() / edge,
                                RunRecord.significant(edge))));
    }

    /**
     * Where gradient descent with momentum β at rate η stops converging along the Hessian's top direction: 2(1 + β)/η
     * (heavy ball; plain SGD's 2/η at β = 0). Null for adaptive optimizers, whose own preconditioned limit differs.
     */
    public static Double edgeOfStability(OptimizerKind optimizer, double rate, double momentum) {
        return optimizer == OptimizerKind.SGD && rate > 0 ? 2 * (1 + momentum) / rate : null;
    }
}
