package dev.dendrite.train.graph;

import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.export.LoweredNetwork;
import dev.dendrite.onnx.export.OnnxExporter;

/**
 * "evaluation": the evaluation graph, lowered from the same inspection with inference semantics
 * (dropout and noise off, BatchNorm on running statistics) and parameters as inputs, so it reads
 * the trainer's current values (pruning masks too); outputs "loss" and "accuracy". Guarantees {@code evaluation}.
 */
final class EvaluationStep implements TrainStepStep {

    @Override
    public String name() {
        return "evaluation";
    }

    @Override
    public void apply(TrainStepContext ctx) throws ExportException {
        // Pruned weights are pruned in evaluation too: the same masks, fed from the trainer's current tensors; padded
        // sequences give the fused recurrent operators their lengths.
        TrainingLayers hooks = new TrainingLayers(TrainingLowerings.none(), ctx.options().pruningMasks(), ctx.options().edgePopup(), 0,
                ctx.options().maskedInputs());
        LoweredNetwork evaluated = OnnxExporter.lower(ctx.network(), ctx.inspection(), ctx.lowered.weights(), hooks);
        // Validation and test losses stay plain cross-entropy, comparable between runs with and without smoothing or class weights.
        LossHeads.Result heads = LossHeads.build(ctx.network(), evaluated, false, layer -> hooks.sequenceMask(layer, evaluated.graph()), 0,
                new double[0]);
        OutputStep.output(evaluated.graph(), heads.loss(), "loss");
        if (heads.accuracy() != null) {
            OutputStep.output(evaluated.graph(), heads.accuracy(), "accuracy");
        }
        if (!heads.divergences().isEmpty()) {
            // A variational autoencoder's KL term, unweighted, beside the loss it is part of: recorded as validationKl and testKl.
            String kl = heads.divergences().size() == 1 ? heads.divergences().get(0)
                    : evaluated.graph().node("Sum", heads.divergences(), "kl_nats_sum");
            OutputStep.output(evaluated.graph(), kl, "metric:kl");
        }
        if (heads.gan() != null) {
            // The step's loss is the discriminator's; the generator's and the discriminator's accuracy beside it.
            OutputStep.output(evaluated.graph(), heads.gan().generatorLoss(), "metric:generatorLoss");
            OutputStep.output(evaluated.graph(), heads.gan().accuracy(), "metric:discriminatorAccuracy");
        }
        if (!ctx.config().certified().none()) {
            // Certified training: how many samples interval bounds prove robust at the trained radius, epoch by epoch.
            CertifiedStep.evaluation(ctx, evaluated);
        }
        ctx.evaluation = evaluated.graph().model("eval", "Dendrite evaluation graph for " + ctx.network().getName());
    }
}
