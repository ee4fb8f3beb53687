package dev.dendrite.train.graph;

import dev.dendrite.onnx.export.ExportException;

/** "gradients": asks the pipeline's {@link GradientSource} for the trainable parameters' gradients. Guarantees {@code gradients}. */
final class GradientStep implements TrainStepStep {

    @Override
    public String name() {
        return "gradients";
    }

    @Override
    public void apply(TrainStepContext ctx) throws ExportException {
        ctx.gradients.putAll(ctx.gradientSource().gradients(ctx));
        ctx.cut = new ReplicaCut(ctx.gradients, ctx.loss, ctx.heads == null ? null : ctx.heads.accuracy());
    }
}
