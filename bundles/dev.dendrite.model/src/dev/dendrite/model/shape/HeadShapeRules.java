package dev.dendrite.model.shape;

import static dev.dendrite.model.shape.LayerInputs.atLeast;
import static dev.dendrite.model.shape.LayerInputs.known;

import java.util.Map;

import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.generative.RBM;
import dev.dendrite.model.ports.Ports;

/** Shape rules of training heads (losses) and restricted Boltzmann machines. */
final class HeadShapeRules {

    private HeadShapeRules() {
    }

    static Map<String, Value> loss(Loss loss, LayerInputs in) {
        if (!(loss.getWeight() > 0) || !Double.isFinite(loss.getWeight())) {
            throw new ShapeException(null, "weight must be a finite number > 0, is " + loss.getWeight());
        }
        Value prediction = in.primary();
        Value target = in.value(Ports.TARGET);
        LossKind kind = loss.getKind();
        switch (kind) {
            case CROSS_ENTROPY -> {
                if (prediction.rank() != 2) {
                    throw new ShapeException(in.primaryPort(), "cross-entropy expects class scores (logits) [N, C], got "
                            + prediction.shape() + (prediction.rank() == 3 ? " (use sequence_nll for [N, T, C])" : ""));
                }
                known(prediction, 1, in.primaryPort(), "the class count");
                if (target != null && !(target.rank() == 1 || target.shape().dims().equals(prediction.shape().dims()))) {
                    throw new ShapeException(Ports.TARGET, "expects class indices [N] or one-hot " + prediction.shape()
                            + ", got " + target.shape());
                }
            }
            case SEQUENCE_NLL -> {
                if (prediction.rank() != 3) {
                    throw new ShapeException(in.primaryPort(), "sequence NLL expects per-step class scores [N, T, C], got "
                            + prediction.shape());
                }
                if (target != null && target.rank() != 2) {
                    throw new ShapeException(Ports.TARGET, "expects target token ids [N, T], got " + target.shape());
                }
            }
            default -> {
                if (target != null && !target.shape().dims().equals(prediction.shape().dims())) {
                    throw new ShapeException(Ports.TARGET, kind.getLiteral() + " compares equal shapes, but the prediction is "
                            + prediction.shape() + " and the target " + target.shape());
                }
            }
        }
        return Map.of(Ports.LOSS, new Value(Shape.scalar(), Value.ElementType.FLOAT, ValueKind.LOSS));
    }

    static Map<String, Value> rbm(RBM rbm, LayerInputs in) {
        atLeast("hiddenUnits", rbm.getHiddenUnits(), 1);
        atLeast("cdSteps", rbm.getCdSteps(), 1);
        Value x = in.primaryWithRank("visible units [N, V]", 2);
        long visible = known(x, 1, in.primaryPort(), "the visible unit count");
        if (rbm.getVisibleUnits() != 0 && rbm.getVisibleUnits() != visible) {
            throw new ShapeException(in.primaryPort(), "has " + rbm.getVisibleUnits() + " visible units, but its input "
                    + x.shape() + " has " + visible + " (leave visibleUnits at 0 to infer it)");
        }
        return CoreShapeRules.out(x.withShape(x.shape().with(1, rbm.getHiddenUnits())));
    }
}
