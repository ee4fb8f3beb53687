package dev.dendrite.train.config;

/**
 * Knowledge distillation (Hinton et al., 2015): a student trains towards a trained teacher's class
 * probabilities softened by a temperature as well as towards the labels, the loss
 * (1 − α)·CE(y, s) + α·T²·KL(softmax(t/T) ‖ softmax(s/T)) for the student's logits s and the teacher's t
 * (T² keeps the soft term's gradients on the hard term's scale as T grows; the KL divergence is the
 * cross-entropy less the teacher's entropy, so the soft term reaches 0 where the student agrees).
 *
 * @param teacher the teacher's model: an ONNX file (a run directory's model.onnx), or null for none
 * @param temperature T, at least 1 softens both distributions (4 is usual)
 * @param weight α, the soft term's share, in (0, 1]
 */
public record Distillation(String teacher, double temperature, double weight) implements java.io.Serializable {

    /** The train step's input, and the batches' field, of the teacher's softened probabilities per sample: [N, classes]. */
    public static final String FIELD = "distill:teacher";

    /** No teacher. */
    public static final Distillation NONE = new Distillation(null, 4, 0.5);

    public boolean none() {
        return teacher == null;
    }

    /** @throws IllegalArgumentException naming the setting out of range */
    void check() {
        if (none()) {
            return;
        }
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("--distill-temperature takes a temperature > 0, such as 4, not " + temperature);
        }
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("--distill-weight takes the soft targets' share in (0, 1], such as 0.5, not " + weight);
        }
    }
}
