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
            return Autodiff.backward(ctx.graph(), ctx.forward, ctx.heads.seeds(), ctx.trainable, overrides != null ? overrides : ctx.training.overrides(),
                    layerOutputShapes(ctx));
        } catch (IllegalArgumentException e) {
            throw new ExportException("Network '" + ctx.network().getName() + "' cannot be trained yet: " + e.getMessage());
        }
    }

    /** Every layer output's inferred shape by tensor name (the batch and other symbols as -1). */
    static Map<String, long[]> layerOutputShapes(TrainStepContext ctx) {
        Map<String, long[]> shapes = new java.util.HashMap<>();
        ctx.lowered.produced().forEach((layer, ports) -> ports.forEach((port, tensor) -> {
            var value = ctx.lowered.shapes().of(layer).outputs().get(port);
            if (value != null && value.shape() != null && tensor != null) {
                shapes.put(tensor, value.shape().dims().stream().mapToLong(dev.dendrite.model.shape.Dim::size).toArray());
            }
        }));
        return shapes;
    }
}
