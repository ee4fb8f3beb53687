package dev.dendrite.train.graph;

import dev.dendrite.model.shape.Value;

/**
 * A graph input the trainer fills with fresh randomness each step, drawn from the run's seed
 * (ONNX Runtime's random operators are not reproducible across runs).
 *
 * @param kind what to draw: a dropout keep-mask scaled by 1/(1-p), a plain 0/1 mask, standard normal noise, mixup's λ from
 *        Beta(α, α), or values uniform in [−1, 1) (adversarial training's random start)
 * @param probability the probability of dropping (masks); α (Beta)
 * @param value the tensor's shape with the batch dim symbolic
 */
public record RandomInput(String name, Kind kind, double probability, Value value) {

    public enum Kind {
        SCALED_KEEP_MASK, KEEP_MASK, GAUSSIAN, BETA, UNIFORM
    }
}
