package dev.dendrite.train.graph;

import java.util.Map;

import dev.dendrite.onnx.export.ExportException;

/**
 * Where a train step's parameter updates come from: reverse-mode autodiff of the loss
 * ({@link AutodiffGradients}), a closed form, or a sampling estimate such as contrastive
 * divergence. Whatever the source, penalties, clipping, norms and the optimizer treat its
 * result the same way.
 */
@FunctionalInterface
public interface GradientSource {

    /**
     * Emits the gradient nodes into {@code ctx.graph()}.
     *
     * @return for each parameter in {@code ctx.trainable} that receives one, its gradient tensor (the
     *         direction of steepest ascent of what training minimises)
     */
    Map<String, String> gradients(TrainStepContext ctx) throws ExportException;

    /**
     * Whether the source multiplies every gradient it emits by {@link TrainStepContext#gradientScale}
     * when one is set, at the cost of scaling its seeds. Plain SGD then folds the learning rate into
     * the gradients instead of multiplying every parameter-sized gradient by it.
     */
    default boolean scalesGradients() {
        return false;
    }
}
