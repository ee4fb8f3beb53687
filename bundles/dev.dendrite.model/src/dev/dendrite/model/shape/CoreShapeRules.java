package dev.dendrite.model.shape;

import static dev.dendrite.model.shape.LayerInputs.atLeast;
import static dev.dendrite.model.shape.LayerInputs.known;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.Concat;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Noise;
import dev.dendrite.model.network.ProjectionKind;
import dev.dendrite.model.network.Reshape;
import dev.dendrite.model.network.generative.GaussianLatent;
import dev.dendrite.model.network.normalization.LayerNorm;
import dev.dendrite.model.network.normalization.LocalResponseNorm;
import dev.dendrite.model.network.normalization.RMSNorm;
import dev.dendrite.model.ports.Ports;

/** Shape rules of inputs, dense layers, activations, reshaping, merging, normalisation and regularisation. */
final class CoreShapeRules {

    private CoreShapeRules() {
    }

    static Map<String, Value> input(Input input) {
        List<Dim> dims = new ArrayList<>();
        dims.add(Dim.BATCH);
        if (input.isSequence()) {
            dims.add(Dim.SEQUENCE);
        }
        long elements = 1;
        for (int size : input.getDims()) {
            atLeast("every input dimension", size, 1);
            elements = Math.multiplyExact(elements, (long) size);
            if (elements > Shape.MAX_ELEMENTS) {
                throw new ShapeException(null, "the input has more than 2^40 elements per sample; check its dims " + input.getDims());
            }
            dims.add(Dim.of(size));
        }
        if (input.getDims().isEmpty() && !input.isSequence()) {
            throw new ShapeException(null, "declares no dimensions: give the per-sample shape, e.g. 784 or 1, 28, 28");
        }
        Value.ElementType type = input.getDataType() == dev.dendrite.model.network.DataType.INT64
                ? Value.ElementType.INT64 : Value.ElementType.FLOAT;
        return Map.of(Ports.OUT, new Value(new Shape(dims), type, ValueKind.TENSOR));
    }

    static Map<String, Value> dense(Dense dense, LayerInputs in) {
        atLeast("units", dense.getUnits(), 1);
        Value x = in.primary();
        if (x.rank() < 2) {
            throw new ShapeException(in.primaryPort(), "expects at least [N, features], got " + x.shape());
        }
        known(x, -1, in.primaryPort(), "the feature size (last dim)");
        if (x.rank() > 3 && x.kind() == ValueKind.TENSOR) {
            in.warn(in.primaryPort(), "acts on the last dim of a " + x.rank() + "-D input " + x.shape()
                    + " only; add a Flatten before it to connect every feature");
        }
        return out(x.withShape(x.shape().with(-1, dense.getUnits())));
    }

    static Map<String, Value> activation(Activation activation, LayerInputs in) {
        Value x = in.primary();
        ActivationFunction function = activation.getFunction();
        if (function == ActivationFunction.SOFTMAX || function == ActivationFunction.LOG_SOFTMAX) {
            int axis = activation.getAxis();
            if (axis >= x.rank() || axis < -x.rank() || x.rank() == 0) {
                throw new ShapeException(in.primaryPort(), "axis " + axis + " does not exist in " + x.shape());
            }
        }
        if ((function == ActivationFunction.LEAKY_RELU || function == ActivationFunction.ELU) && activation.getAlpha() < 0) {
            in.warn(null, "alpha is negative (" + activation.getAlpha() + "); " + function.getLiteral() + " expects alpha ≥ 0");
        }
        return out(x);
    }

    static Map<String, Value> flatten(LayerInputs in) {
        Value x = in.primary();
        if (x.rank() < 2) {
            throw new ShapeException(in.primaryPort(), "expects at least [N, ...], got " + x.shape());
        }
        if (!x.shape().fixedFrom(1)) {
            throw new ShapeException(in.primaryPort(), "can only flatten known sizes, but " + x.shape() + " has symbolic dims after N");
        }
        return out(x.withShape(Shape.of(x.shape().dim(0), Dim.of(productFrom(x.shape(), 1, in)))));
    }

    static Map<String, Value> reshape(Reshape reshape, LayerInputs in) {
        Value x = in.primary();
        if (!x.shape().fixedFrom(1)) {
            throw new ShapeException(in.primaryPort(), "can only reshape known sizes, but " + x.shape() + " has symbolic dims after N");
        }
        long elements = productFrom(x.shape(), 1, in);
        long product = 1;
        int inferred = -1;
        List<Integer> target = reshape.getDims();
        if (target.isEmpty()) {
            throw new ShapeException(null, "has no target dims");
        }
        for (int i = 0; i < target.size(); i++) {
            int size = target.get(i);
            if (size == -1 && inferred < 0) {
                inferred = i;
            } else if (size < 1) {
                throw new ShapeException(null, "target dim " + size + " is invalid: use positive sizes and at most one -1");
            } else {
                product = Math.multiplyExact(product, (long) size);
            }
        }
        List<Dim> dims = new ArrayList<>(List.of(x.shape().dim(0)));
        for (int i = 0; i < target.size(); i++) {
            if (i == inferred) {
                if (product == 0 || elements % product != 0) {
                    throw new ShapeException(in.primaryPort(), "cannot reshape " + elements + " values into " + target);
                }
                dims.add(Dim.of(elements / product));
            } else {
                dims.add(Dim.of(target.get(i)));
            }
        }
        if (inferred < 0 && product != elements) {
            throw new ShapeException(in.primaryPort(), "cannot reshape " + x.shape() + " (" + elements + " values per sample) into N×"
                    + target.stream().map(String::valueOf).reduce((a, b) -> a + "×" + b).orElse("") + " (" + product + " values)");
        }
        return out(x.withShape(new Shape(dims)));
    }

    static Map<String, Value> add(Add add, LayerInputs in) {
        atLeast("inputs", add.getInputs(), 2);
        Value first = in.primary();
        for (int i = 1; i < add.getInputs(); i++) {
            String port = Ports.IN + i;
            Value other = in.value(port);
            if (other == null || sameDims(other.shape(), first.shape())) {
                continue;
            }
            ProjectionKind projection = add.getProjection();
            if (projection == ProjectionKind.NONE) {
                throw new ShapeException(port, port + " has shape " + other.shape() + " but in0 has " + first.shape()
                        + ": an Add needs equal shapes; set projection to conv1x1 (images) or dense (vectors)");
            }
            Projections.check(projection, other, first, port);
        }
        return out(first);
    }

    static Map<String, Value> concat(Concat concat, LayerInputs in) {
        atLeast("inputs", concat.getInputs(), 2);
        Value first = in.primary();
        int rank = first.rank();
        int axis = concat.getAxis() < 0 ? rank + concat.getAxis() : concat.getAxis();
        if (axis <= 0 || axis >= rank) {
            throw new ShapeException(null, "axis " + concat.getAxis() + " is not a non-batch axis of " + first.shape());
        }
        long total = known(first, axis, Ports.IN + 0, "the concatenated dim");
        for (int i = 1; i < concat.getInputs(); i++) {
            String port = Ports.IN + i;
            Value other = in.value(port);
            if (other == null) {
                continue;
            }
            boolean compatible = other.rank() == rank;
            for (int d = 0; compatible && d < rank; d++) {
                compatible = d == axis || other.shape().dim(d).equals(first.shape().dim(d));
            }
            if (!compatible) {
                throw new ShapeException(port, port + " has shape " + other.shape() + ", which does not match in0 " + first.shape()
                        + " outside axis " + axis);
            }
            total = Math.addExact(total, known(other, axis, port, "the concatenated dim"));
        }
        return out(first.withShape(first.shape().with(axis, total)));
    }

    static Map<String, Value> batchNorm(LayerInputs in) {
        Value x = in.primaryWithRank("[N, C] or [N, C, ...]", 2, 3, 4, 5);
        known(x, 1, in.primaryPort(), "the channel/feature dim (dim 1)");
        return out(x);
    }

    static Map<String, Value> layerNorm(LayerNorm norm, LayerInputs in) {
        Value x = in.primary();
        atLeast("normalizedDims", norm.getNormalizedDims(), 1);
        if (norm.getNormalizedDims() >= x.rank()) {
            throw new ShapeException(in.primaryPort(), "normalises the last " + norm.getNormalizedDims()
                    + " dims, but " + x.shape() + " has only " + (x.rank() - 1) + " after N");
        }
        for (int d = x.rank() - norm.getNormalizedDims(); d < x.rank(); d++) {
            known(x, d, in.primaryPort(), "dim " + d);
        }
        return out(x);
    }

    static Map<String, Value> rmsNorm(RMSNorm norm, LayerInputs in) {
        Value x = in.primary();
        if (x.rank() < 2) {
            throw new ShapeException(in.primaryPort(), "expects at least [N, features], got " + x.shape());
        }
        known(x, -1, in.primaryPort(), "the feature size (last dim)");
        return out(x);
    }

    static Map<String, Value> dropout(Dropout dropout, LayerInputs in) {
        if (!(dropout.getRate() >= 0 && dropout.getRate() < 1)) {
            throw new ShapeException(null, "rate must be in [0, 1), is " + dropout.getRate());
        }
        return out(in.primary());
    }

    static Map<String, Value> noise(Noise noise, LayerInputs in) {
        if (!(noise.getAmount() >= 0) || !Double.isFinite(noise.getAmount())) {
            throw new ShapeException(null, "amount must be a finite number ≥ 0, is " + noise.getAmount());
        }
        return out(in.primary());
    }

    /** A variational code: mean and log-variance, both [N, K] floats, in; z [N, K] out. */
    static Map<String, Value> gaussianLatent(GaussianLatent latent, LayerInputs in) {
        if (!(latent.getKlWeight() >= 0) || !Double.isFinite(latent.getKlWeight())) {
            throw new ShapeException(null, "klWeight must be a finite number ≥ 0, is " + latent.getKlWeight());
        }
        atLeast("klWarmupSteps", latent.getKlWarmupSteps(), 0);
        Value mean = in.primaryWithRank("[N, K]", 2);
        Value logVariance = in.value(Ports.LOG_VARIANCE);
        if (logVariance == null) {
            throw new ShapeException(Ports.LOG_VARIANCE, "needs its log-variance connected beside the mean (a Dense layer of the mean's width)");
        }
        if (mean.type() != Value.ElementType.FLOAT || logVariance.type() != Value.ElementType.FLOAT) {
            throw new ShapeException(mean.type() != Value.ElementType.FLOAT ? Ports.MEAN : Ports.LOG_VARIANCE, "takes float values, got token ids");
        }
        if (!logVariance.shape().equals(mean.shape())) {
            throw new ShapeException(Ports.LOG_VARIANCE, "logVariance has shape " + logVariance.shape() + " but mean has " + mean.shape()
                    + ": one log-variance per mean value");
        }
        return out(mean);
    }

    /** Across channels: [N, C, ...] in, the same shape out. */
    static Map<String, Value> localResponseNorm(LocalResponseNorm lrn, LayerInputs in) {
        atLeast("size", lrn.getSize(), 1);
        if (lrn.getSize() % 2 == 0) {
            throw new ShapeException(null, "size " + lrn.getSize() + " is even: a local response window is centred on its channel, so "
                    + "its size is odd (as ONNX Runtime requires)");
        }
        Value x = in.primaryWithRank("[N, C, ...]", 3, 4, 5);
        known(x, 1, in.primaryPort(), "the channel dim (dim 1)");
        return out(x);
    }

    /**
     * A generic ONNX operator's output: [N] and the per-sample dims found at import. Its inputs
     * must be connected and carry the batch dim; whether the operator computes those dims from
     * them is ONNX Runtime's to say when the model runs.
     */
    static Map<String, Value> onnxOperator(dev.dendrite.model.network.OnnxOperator operator, LayerInputs in) {
        if (operator.getOpType() == null || operator.getOpType().isBlank()) {
            throw new ShapeException(null, "has no ONNX operator type");
        }
        in.primary();
        java.util.List<Dim> dims = new java.util.ArrayList<>();
        dims.add(Dim.BATCH);
        for (int d : operator.getOutputDims()) {
            if (d < 1) {
                throw new ShapeException(null, "output dim " + d + " of " + operator.getOpType() + " is not a size");
            }
            dims.add(Dim.of(d));
        }
        return out(new Value(new Shape(dims), in.primary().type(), ValueKind.TENSOR));
    }

    static Map<String, Value> identity(LayerInputs in) {
        return out(in.primary());
    }

    static boolean sameDims(Shape a, Shape b) {
        return a.dims().equals(b.dims());
    }

    static long productFrom(Shape shape, int from, LayerInputs in) {
        try {
            return shape.productFrom(from);
        } catch (ArithmeticException e) {
            throw new ShapeException(in.primaryPort(), shape + " is too large (" + e.getMessage() + ")");
        }
    }

    static Map<String, Value> out(Value value) {
        return Map.of(Ports.OUT, value);
    }
}
