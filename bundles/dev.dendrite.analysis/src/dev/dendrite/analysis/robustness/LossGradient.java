package dev.dendrite.analysis.robustness;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.analysis.evaluation.Saliency;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.autodiff.Autodiff;

/**
 * A classifier's cross-entropy gradient with respect to its input, in one run per batch: the model
 * with the labels (one-hot) as a second input, the loss's seed computed in the graph from the
 * output (softmax(z) − y where the output is logits, −y / p where it is probabilities) and
 * Dendrite's reverse-mode differentiation appended. The seed's nodes are left out of the
 * differentiation: the seed is the loss's gradient at the output, not a term of it.
 */
public final class LossGradient implements AutoCloseable {

    /** The one-hot labels, [batch, classes]. */
    static final String TARGET = "robustness/target";
    /** The loss's gradient with respect to the input, the input's shape. */
    static final String GRADIENT = "robustness/gradient";
    /** A tensor inside the model, exposed beside its gradient. */
    static final String VALUES = "robustness/values";

    /** Probabilities are floored here before dividing, so a probability of 0 gives a large step, not an infinite one. */
    private static final float SMALLEST_PROBABILITY = 1e-12f;

    private final ModelSession session;
    private final String input;
    private final List<String> inside;

    /**
     * @param probabilities whether the model's output is already probabilities (a softmax inside the model)
     * @throws IllegalArgumentException naming an operator without a gradient rule, a model not of one input or
     *         an output not of [batch, classes]
     */
    public LossGradient(ModelProto model, boolean probabilities) throws ModelLoadException {
        this(model, probabilities, List.of());
    }

    /**
     * As above, also differentiating with respect to the model's tensors {@code inside} (hidden layers' outputs): {@link #inside} gives
     * each one's values and the loss's gradient there.
     *
     * @throws IllegalArgumentException also for a tensor the output does not depend on
     */
    public LossGradient(ModelProto model, boolean probabilities, List<String> inside) throws ModelLoadException {
        GraphProto source = model.getGraph();
        List<ValueInfoProto> inputs = Saliency.dataInputs(source);
        if (inputs.size() != 1) {
            throw new IllegalArgumentException("an input gradient needs a model of one input, this one has " + inputs.size());
        }
        this.input = inputs.get(0).getName();
        this.inside = List.copyOf(inside);
        ModelProto withGradient = model.toBuilder().setGraph(graph(source, input, probabilities, this.inside)).build();
        this.session = OnnxRuntime.open(withGradient.toByteArray(), "robustness", RuntimeSettings.forTrainer());
    }

    private static GraphProto.Builder graph(GraphProto source, String input, boolean probabilities, List<String> inside) {
        ValueInfoProto output = source.getOutput(0);
        if (output.getType().getTensorType().getShape().getDimCount() != 2) {
            throw new IllegalArgumentException("an input gradient needs a classifier's output of [batch, classes]; " + output.getName() + " has "
                    + output.getType().getTensorType().getShape().getDimCount() + " dimensions");
        }
        GraphBuilder graph = GraphBuilder.extending(source, "robustness");
        graph.reserve(TARGET);
        graph.input(TARGET, GraphBuilder.ElementType.FLOAT, List.of("batch", "classes"));
        String seed;
        if (probabilities) {
            String floored = graph.node("Max", List.of(output.getName(), graph.scalar("smallest", SMALLEST_PROBABILITY)), "floored");
            seed = graph.node("Neg", List.of(graph.node("Div", List.of(TARGET, floored), "ratio")), "seed");
        } else {
            AttributeProto axis = AttributeProto.newBuilder().setName("axis").setType(AttributeProto.AttributeType.INT).setI(1).build();
            seed = graph.node("Sub", List.of(graph.node("Softmax", List.of(output.getName()), "softmax", axis), TARGET), "seed");
        }
        Set<String> wrt = new java.util.LinkedHashSet<>(inside);
        wrt.add(input);
        Map<String, String> gradients = Autodiff.backward(graph, source.getNodeList(), Map.of(output.getName(), seed), wrt,
                dev.dendrite.analysis.evaluation.StraightThrough.rounding(source));
        if (gradients.get(input) == null) {
            throw new IllegalArgumentException("the model's output does not depend on its input");
        }
        graph.nodeWithOutputs("Identity", List.of(gradients.get(input)), List.of(graph.reserve(GRADIENT)));
        graph.output(GRADIENT, GraphBuilder.ElementType.FLOAT);
        for (String tensor : inside) {
            if (gradients.get(tensor) == null) {
                throw new IllegalArgumentException("the model's output does not depend on " + tensor);
            }
            graph.nodeWithOutputs("Identity", List.of(gradients.get(tensor)), List.of(graph.reserve(GRADIENT + ":" + tensor)));
            graph.output(GRADIENT + ":" + tensor, GraphBuilder.ElementType.FLOAT);
            graph.nodeWithOutputs("Identity", List.of(tensor), List.of(graph.reserve(VALUES + ":" + tensor)));
            graph.output(VALUES + ":" + tensor, GraphBuilder.ElementType.FLOAT);
        }
        return graph.graph();
    }

    /** A tensor inside the model at some samples: its values and the loss's gradient with respect to them, in the same layout. */
    public record Inside(float[] values, float[] gradient) {
    }

    /**
     * The values of the tensors {@code inside} (given at construction) at the rows of {@code x} ({@code shape}) and the loss's gradient
     * there, the rows labelled by {@code targets} (one-hot rows).
     */
    public Map<String, Inside> inside(float[] x, long[] shape, float[] targets, int classes) throws OrtException {
        Set<String> wanted = new java.util.LinkedHashSet<>();
        inside.forEach(t -> {
            wanted.add(GRADIENT + ":" + t);
            wanted.add(VALUES + ":" + t);
        });
        try (OnnxTensor features = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape);
             OnnxTensor labels = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(targets), new long[] {shape[0], classes});
             OrtSession.Result result = session.session().run(Map.of(input, features, TARGET, labels), wanted)) {
            Map<String, Inside> read = new java.util.LinkedHashMap<>();
            for (String t : inside) {
                read.put(t, new Inside(floats(result, VALUES + ":" + t), floats(result, GRADIENT + ":" + t)));
            }
            return read;
        }
    }

    private static float[] floats(OrtSession.Result result, String name) {
        FloatBuffer values = ((OnnxTensor) result.get(name).orElseThrow()).getFloatBuffer();
        float[] out = new float[values.remaining()];
        values.get(out);
        return out;
    }

    /** The input's shape for samples of {@code sampleSize} values (its batch as the model declares it). */
    public long[] inputShape(int sampleSize) throws OrtException {
        return dev.dendrite.train.run.ModelOutputs.inputShape(session, input, sampleSize).clone();
    }

    /** The input the model reads. */
    String input() {
        return input;
    }

    /** The loss's gradient at the rows of {@code x} ({@code shape}), labelled by {@code targets} (one-hot rows). */
    public float[] gradient(float[] x, long[] shape, float[] targets, int classes) throws OrtException {
        try (OnnxTensor features = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape);
             OnnxTensor labels = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(targets), new long[] {shape[0], classes});
             OrtSession.Result result = session.session().run(Map.of(input, features, TARGET, labels), Set.of(GRADIENT))) {
            FloatBuffer values = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] out = new float[values.remaining()];
            values.get(out);
            return out;
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
