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
 * training sharpen progressively until the eigenvalue meets 2(1 + β)/η and hovers there (Cohen et al., 2021). Where an
 * adaptive optimizer trains, also the top eigenvalue of the Hessian preconditioned by its own normaliser at that step (Adam's
 * √v̂ + ε, RMSProp's √s + ε), beside its adaptive edge (Adam's 2(1 + β1)/((1 − β1)η) = 38/η, RMSProp's 2/η; Cohen et al.,
 * 2022). The Training Monitor draws them.
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
        if (epoch % everyEpochs != 0 && !event.last()) {
            return;
        }
        Weights weights = event.weights().copy();
        Sharpness.Result result;
        Sharpness.Result preconditioned = null;
        int measured;
        try (ParameterGradients gradients = ParameterGradients.open(network, config, weights, train, samples, unrolled)) {
            result = Sharpness.measure(gradients, ITERATIONS, 0, config.seed(), event.control()::isCancelled);
            Map<String, double[]> adam = preconditioner(event, weights, gradients.values().keySet());
            if (result != null && adam != null) {
                preconditioned = Sharpness.measure(gradients, adam, ITERATIONS, 0, config.seed(), event.control()::isCancelled);
            }
            measured = gradients.samples();
        }
        if (result == null) {
            return;
        }
        Double edge = edgeOfStability(config.optimizer(), learningRate, config.momentum());
        Double adaptiveEdge = preconditioned == null ? null : adaptiveEdgeOfStability(config.optimizer(), learningRate, config.beta1());
        Map<String, Object> record = new java.util.LinkedHashMap<>();
        record.put("type", "sharpness");
        record.put("epoch", epoch);
        record.put("step", event.step());
        record.put("topEigenvalue", result.topEigenvalue());
        record.put("change", result.change());
        record.put("learningRate", learningRate);
        record.put("edgeOfStability", edge);
        record.put("preconditionedTopEigenvalue", preconditioned == null ? null : preconditioned.topEigenvalue());
        record.put("preconditionedChange", preconditioned == null ? null : preconditioned.change());
        record.put("adaptiveEdgeOfStability", adaptiveEdge);
        record.put("samples", measured);
        event.records().add(record);
        event.say().accept(String.format(Locale.ROOT, "sharpness after epoch %d: the Hessian's top eigenvalue %s on %d training samples%s%s",
                epoch, RunRecord.significant(result.topEigenvalue()), measured, edge == null ? ""
                        : String.format(Locale.ROOT, ", %.0f%% of the edge of stability 2(1 + β)/η = %s", 100 * result.topEigenvalue() / edge,
                                RunRecord.significant(edge)), preconditioned == null ? ""
                        : String.format(Locale.ROOT, "; preconditioned by " + (config.optimizer() == OptimizerKind.RMSPROP
                                ? "RMSProp's √s + ε %s, %.0f%% of its edge 2/η = %s" : "Adam's √v̂ + ε %s, %.0f%% of its edge 2(1 + β1)/((1 − β1)η) = %s"),
                                RunRecord.significant(preconditioned.topEigenvalue()), 100 * preconditioned.topEigenvalue() / adaptiveEdge,
                                RunRecord.significant(adaptiveEdge))));
    }

    /**
     * An adaptive optimizer's stability threshold on its preconditioned sharpness: Adam's 2(1 + β1)/((1 − β1)η), 38/η at
     * β1 = 0.9 (6/η at a GAN's 0.5); RMSProp's (no momentum) 2/η.
     */
    public static double adaptiveEdgeOfStability(OptimizerKind optimizer, double rate, double beta1) {
        if (optimizer == OptimizerKind.RMSPROP) {
            return 2 / rate;
        }
        return 2 * (1 + beta1) / ((1 - beta1) * rate);
    }

    /**
     * The optimizer's preconditioner at the event's step for {@code keys} (the weights measured), √(mean square) + ε per
     * element, from the run's flat state (kept as discounted sums, over every trained parameter in the step's order): Adam's
     * v̂ = v/(1 − β2^t) from the sum v/(1 − β2); RMSProp's s (no bias correction) from the sum s/(1 − ρ). Null where neither
     * trains or the state does not match the run's parameters.
     */
    private Map<String, double[]> preconditioner(EpochEvent event, Weights weights, java.util.Set<String> keys) {
        boolean adam = config.optimizer() == OptimizerKind.ADAM || config.optimizer() == OptimizerKind.ADAMW;
        if (!adam && config.optimizer() != OptimizerKind.RMSPROP || event.step() < 1) {
            return null;
        }
        var moments = weights.flat().get(adam ? dev.dendrite.train.graph.TrainingGraphs.ADAM_SECOND_MOMENT
                : dev.dendrite.train.graph.TrainingGraphs.RMSPROP_SQUARE_SUM);
        java.util.List<String> order = event.graphs().flatStateOrder();
        if (moments == null || order.isEmpty()) {
            return null;
        }
        double beta2 = config.beta2();
        double correction = adam ? (1 - beta2) / (1 - Math.pow(beta2, event.step())) : 1 - dev.dendrite.train.graph.TrainingGraphs.RMSPROP_DECAY;
        float[] v = moments.values();
        Map<String, double[]> preconditioner = new java.util.LinkedHashMap<>();
        int at = 0;
        for (String key : order) {
            var parameter = weights.flat().get(key);
            if (parameter == null || at + parameter.values().length > v.length) {
                return null;
            }
            int n = parameter.values().length;
            if (keys.contains(key)) {
                double[] p = new double[n];
                for (int i = 0; i < n; i++) {
                    p[i] = Math.sqrt(Math.max(0, v[at + i]) * correction) + dev.dendrite.train.graph.TrainingGraphs.ADAM_EPSILON;
                }
                preconditioner.put(key, p);
            }
            at += n;
        }
        return at == v.length && preconditioner.keySet().containsAll(keys) ? preconditioner : null;
    }

    /**
     * Where gradient descent with momentum β at rate η stops converging along the Hessian's top direction: 2(1 + β)/η
     * (heavy ball; plain SGD's 2/η at β = 0). Null for adaptive optimizers, whose own preconditioned limit differs.
     */
    public static Double edgeOfStability(OptimizerKind optimizer, double rate, double momentum) {
        return optimizer == OptimizerKind.SGD && rate > 0 ? 2 * (1 + momentum) / rate : null;
    }
}
