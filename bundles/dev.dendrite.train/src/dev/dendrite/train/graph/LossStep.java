package dev.dendrite.train.graph;

import dev.dendrite.onnx.export.ExportException;

/** "loss": every Loss layer's value, its closed-form seed gradient and the accuracy. Expects {@code lowered}; guarantees {@code heads}, {@code loss}. */
final class LossStep implements TrainStepStep {

    @Override
    public String name() {
        return "loss";
    }

    @Override
    public void apply(TrainStepContext ctx) throws ExportException {
        try {
            ctx.heads = LossHeads.build(ctx.network(), ctx.lowered, true, layer -> ctx.training.sequenceMask(layer, ctx.lowered.graph()),
                    ctx.config().labelSmoothing(), ctx.config().classWeightValues(), ctx.mixLambda,
                    ctx.config().distillation().none() ? null : ctx.config().distillation());
        } catch (IllegalArgumentException e) {
            throw new ExportException("Network '" + ctx.network().getName() + "' cannot be trained: " + e.getMessage());
        }
        ctx.loss = ctx.heads.loss();
    }
}
