package dev.dendrite.train.graph;

import java.util.List;

import dev.dendrite.model.network.BatchNorm;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.Noise;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.onnx.export.LoweringContext;
import dev.dendrite.onnx.export.TrainingHooks;
import dev.dendrite.onnx.graph.Attr;

/** Inference-mode layers with parameters fed as inputs: the evaluation graph reads the trainer's current values. */
final class EvaluationLayers implements TrainingHooks {

    @Override
    public String dropout(Dropout dropout, String x, LayerShapes shapes, LoweringContext ctx) {
        return ctx.op("Identity", dropout.getId(), x);
    }

    @Override
    public String noise(Noise noise, String x, LayerShapes shapes, LoweringContext ctx) {
        return ctx.op("Identity", noise.getId(), x);
    }

    @Override
    public String batchNorm(BatchNorm norm, String x, LayerShapes shapes, LoweringContext ctx) {
        return ctx.op("BatchNormalization", norm.getId(), List.of(x, ctx.weight(norm, "scale"), ctx.weight(norm, "bias"),
                ctx.weight(norm, "mean"), ctx.weight(norm, "var")), Attr.f("epsilon", norm.getEpsilon()));
    }
}
