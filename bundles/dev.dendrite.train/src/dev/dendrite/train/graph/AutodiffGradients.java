package dev.dendrite.train.graph;

import java.util.Map;

import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.train.autodiff.Autodiff;
import dev.dendrite.train.autodiff.GradientOverrides;

/** Reverse-mode differentiation of the forward graph from the loss heads' closed-form seeds. */
public final class AutodiffGradients implements GradientSource {

    private final GradientOverrides overrides;

    public AutodiffGradients() {
        this(null);
    }

    /** @param overrides stop-gradients and straight-through estimators the forward graph asks for */
    public AutodiffGradients(GradientOverrides overrides) {
        this.overrides = overrides;
    }

    @Override
    public Map<String, String> gradients(TrainStepContext ctx) throws ExportException {
        try {
            return Autodiff.backward(ctx.graph(), ctx.forward, ctx.heads.seeds(), ctx.trainable, overrides != null ? overrides : ctx.training.overrides());
        } catch (IllegalArgumentException e) {
            throw new ExportException("Network '" + ctx.network().getName() + "' cannot be trained yet: " + e.getMessage());
        }
    }
}
