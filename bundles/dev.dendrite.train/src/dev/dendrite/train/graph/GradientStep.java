package dev.dendrite.train.graph;

import dev.dendrite.onnx.export.ExportException;

/**
 * "gradients": asks the pipeline's {@link GradientSource} for the trainable parameters' gradients,
 * scaled by the learning rate where the optimizer takes them so ({@link Optimizers#takesScaledGradients})
 * and the source can. Guarantees {@code gradients} and {@code gradientScale}.
 */
final class GradientStep implements TrainStepStep {

    @Override
    public String name() {
        return "gradients";
    }

    @Override
    public void apply(TrainStepContext ctx) throws ExportException {
        if (ctx.gradientSource().scalesGradients() && Optimizers.takesScaledGradients(ctx.config())) {
            ctx.gradientScale = ctx.learningRate();
        }
        ctx.gradients.putAll(ctx.gradientSource().gradients(ctx));
        ctx.cut = ctx.heads == null ? new ReplicaCut(ctx.gradients, ctx.loss, null)
                : new ReplicaCut(ctx.gradients, ctx.loss, ctx.heads.accuracy(), ctx.heads.shares(), ctx.heads.unevenShares());
    }
}
