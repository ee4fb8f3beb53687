package dev.dendrite.train.graph;

import java.util.List;

import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * A sequence loss over padded sequences (class-weighted, smoothed where asked): the mean over real steps only (the mask [N, T] weights
 * every step and divides by their count), its closed-form seed the same with padded steps zero,
 * and token accuracy over real steps. Padding then changes neither the loss nor the gradient.
 *
 * @param lossTotal what the loss is divided by (real steps, class-weighted where there are class weights, or real values)
 * @param stepTotal what the accuracy is divided by (real steps), or null without an accuracy
 */
record MaskedLoss(String value, String seed, String accuracy, String lossTotal, String stepTotal) {

    static MaskedLoss of(GraphBuilder g, String id, LossKind kind, String prediction, Value predicted, String target, String mask,
            String weight, boolean withSeeds, double smoothing, double[] classWeights) {
        return kind == LossKind.SEQUENCE_NLL ? nll(g, id, prediction, predicted, target, mask, weight, withSeeds, smoothing, classWeights)
                : mse(g, id, prediction, predicted, target, mask, weight, withSeeds);
    }

    private static MaskedLoss nll(GraphBuilder g, String id, String prediction, Value predicted, String target, String mask, String weight,
            boolean withSeeds, double smoothing, double[] classWeights) {
        String logits = g.node("Reshape", List.of(prediction, g.longs(id + "/flat_shape", -1, predicted.shape().size(-1))), id + "/flat_logits");
        String labels = g.node("Reshape", List.of(target, g.longs(id + "/flat_labels_shape", -1)), id + "/flat_labels");
        String weights = g.node("Reshape", List.of(mask, g.longs(id + "/flat_mask_shape", -1)), id + "/flat_mask");
        String steps = g.node("ReduceSum", List.of(weights), id + "/real_steps", Attr.i("keepdims", 0));
        String logp = g.node("LogSoftmax", List.of(logits), id + "/log_probabilities", Attr.i("axis", 1));
        String column = g.node("Unsqueeze", List.of(labels, g.longs(id + "/axis1", 1)), id + "/label_column");
        String picked = g.node("Reshape", List.of(g.node("GatherElements", List.of(logp, column), id + "/picked", Attr.i("axis", 1)),
                g.longs(id + "/picked_shape", -1)), id + "/picked_flat");
        long k = predicted.shape().size(-1);
        // The loss's weights: 1 at real steps, 0 at padding, times the label's class weight where there are class weights.
        String lossWeights = weights;
        String lossSteps = steps;
        if (classWeights.length > 0) {
            lossWeights = g.node("Mul", List.of(weights, g.node("Gather", List.of(LossHeads.classTable(g, id, classWeights, k), labels),
                    id + "/step_class_weights", Attr.i("axis", 0))), id + "/class_weighted_mask");
            lossSteps = LossHeads.atLeastTiny(g, id, g.node("ReduceSum", List.of(lossWeights), id + "/weight_sum", Attr.i("keepdims", 0)));
        }
        String likelihood = g.node("ReduceSum", List.of(g.node("Mul", List.of(picked, lossWeights), id + "/picked_real")), id + "/sum_log_likelihood",
                Attr.i("keepdims", 0));
        String value = g.node("Neg", List.of(g.node("Div", List.of(likelihood, lossSteps), id + "/mean_log_likelihood")), id + "/value");
        if (smoothing > 0) {
            // (1 − ε)·(−log p_y) + ε·(−mean_k log p_k), each averaged over the real steps.
            String rowMeans = g.node("ReduceMean", List.of(logp, g.longs(id + "/class_axis", 1)), id + "/row_mean_log_probability",
                    Attr.i("keepdims", 0));
            String spread = g.node("Neg", List.of(g.node("Div", List.of(g.node("ReduceSum", List.of(g.node("Mul", List.of(rowMeans, lossWeights),
                    id + "/row_means_real")), id + "/sum_row_means", Attr.i("keepdims", 0)), lossSteps), id + "/mean_row_mean")), id + "/spread_value");
            value = LossHeads.smoothed(g, id, value, spread, smoothing);
        }
        String seed = null;
        if (withSeeds) {
            String depth = g.node("Slice", List.of(g.node("Shape", List.of(logits), id + "/logit_shape"), g.longs(id + "/one", 1),
                    g.longs(id + "/two", 2)), id + "/classes");
            String onehot = g.node("OneHot", List.of(labels, depth, g.initializer(id + "/onehot_values",
                    new dev.dendrite.onnx.graph.FloatTensor(new long[] {2}, new float[] {(float) (smoothing / k),
                            (float) (1 - smoothing + smoothing / k)}))), id + "/onehot", Attr.i("axis", -1));
            // The softmax as exp(log-softmax): ONNX Runtime's Softmax over few classes took as long as the LogSoftmax, Exp a tenth.
            String difference = g.node("Sub", List.of(g.node("Exp", List.of(logp), id + "/probabilities"), onehot), id + "/p_minus_y");
            String real = g.node("Unsqueeze", List.of(lossWeights, g.longs(id + "/mask_axis1", 1)), id + "/mask_column");
            String scaled = g.node("Div", List.of(g.node("Mul", List.of(difference, real), id + "/p_minus_y_real"), lossSteps), id + "/per_step");
            seed = g.node("Reshape", List.of(g.node("Mul", List.of(scaled, weight), id + "/seed_flat"), g.node("Shape", List.of(prediction),
                    id + "/pred_shape")), id + "/seed");
        }
        String predictedClass = g.node("ArgMax", List.of(logits), id + "/argmax", Attr.i("axis", 1), Attr.i("keepdims", 0));
        String correct = g.node("Cast", List.of(g.node("Equal", List.of(predictedClass, labels), id + "/correct_b")), id + "/correct",
                Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
        String accuracy = g.node("Div", List.of(g.node("ReduceSum", List.of(g.node("Mul", List.of(correct, weights), id + "/correct_real")),
                id + "/correct_sum", Attr.i("keepdims", 0)), steps), id + "/accuracy");
        return new MaskedLoss(value, seed, accuracy, lossSteps, steps);
    }

    private static MaskedLoss mse(GraphBuilder g, String id, String prediction, Value predicted, String target, String mask, String weight,
            boolean withSeeds) {
        // [N, T] or [N, T, ...]: the mask broadcasts over the per-step values.
        String steps = predicted.rank() == 2 ? mask : g.node("Reshape", List.of(mask, g.longs(id + "/mask_shape", padded(predicted.rank()))),
                id + "/mask_steps");
        String full = g.node("Expand", List.of(steps, g.node("Shape", List.of(prediction), id + "/pred_shape")), id + "/mask_full");
        String count = g.node("ReduceSum", List.of(full), id + "/real_values", Attr.i("keepdims", 0));
        String difference = g.node("Mul", List.of(g.node("Sub", List.of(prediction, target), id + "/difference"), full), id + "/difference_real");
        String value = g.node("Div", List.of(g.node("ReduceSum", List.of(g.node("Mul", List.of(difference, difference), id + "/squares")),
                id + "/sum_squares", Attr.i("keepdims", 0)), count), id + "/value");
        String seed = withSeeds ? g.node("Div", List.of(g.node("Mul", List.of(difference, g.node("Mul", List.of(weight,
                g.scalar(id + "/two_f", 2f)), id + "/two_w")), id + "/scaled"), count), id + "/seed") : null;
        return new MaskedLoss(value, seed, null, count, null);
    }

    /** The reshape of [N, T] to [N, T, 1, ...] for a prediction of {@code rank}. */
    private static long[] padded(int rank) {
        long[] shape = new long[rank];
        shape[0] = 0;
        shape[1] = 0;
        for (int i = 2; i < rank; i++) {
            shape[i] = 1;
        }
        return shape;
    }
}
