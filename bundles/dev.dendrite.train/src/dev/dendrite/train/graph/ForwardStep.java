package dev.dendrite.train.graph;

import java.util.List;

import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.export.OnnxExporter;

/**
 * "forward": lowers the network in training mode with the registered per-kind lowerings;
 * parameters become graph inputs (masked when pruning masks are on). Guarantees
 * {@code lowered}, {@code training} and {@code forward}.
 */
final class ForwardStep implements TrainStepStep {

    @Override
    public String name() {
        return "forward";
    }

    @Override
    public void apply(TrainStepContext ctx) throws ExportException {
        ctx.training = new TrainingLayers(ctx.lowerings(), ctx.options().pruningMasks(), ctx.options().edgePopup(), ctx.options().sequenceLength(),
                ctx.options().maskedInputs(), ctx.options().statisticsInOnePass());
        ctx.lowered = OnnxExporter.lower(ctx.network(), ctx.inspection(), ctx.given(), ctx.training);
        ctx.forward = List.copyOf(ctx.graph().graph().getNodeList());
    }
}
