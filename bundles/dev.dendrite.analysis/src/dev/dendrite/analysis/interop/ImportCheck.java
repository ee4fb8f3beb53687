package dev.dendrite.analysis.interop;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Embedding;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * Whether an imported network computes what the model it came from computes: both run in ONNX
 * Runtime on the same random inputs (floats from a normal distribution, token ids below the
 * smallest vocabulary of the network's embeddings), a batch of 2 and, for a symbolic length, 5
 * steps (then 8 and 3 where a traced model fixed another), and every output is compared.
 */
public final class ImportCheck {

    /** Largest difference relative to the original's largest output value that still counts as the same. */
    public static final double TOLERANCE = 1e-4;

    /**
     * The outcome. {@code problem} is null when both ran; then {@code same} says whether every output
     * agrees within {@link #TOLERANCE}.
     *
     * @param inputs the dims each input was fed, by name
     * @param largestDifference the largest absolute difference over all outputs
     * @param scale the original's largest absolute output value
     * @param worstOutput the original's output where the largest difference is
     */
    public record Result(Map<String, long[]> inputs, double largestDifference, double scale, String worstOutput, boolean same,
            String problem) {
        static Result unchecked(String problem) {
            return new Result(Map.of(), Double.NaN, Double.NaN, null, false, problem);
        }

        /** One line: "verified: on x [2, 5] the largest difference from MODEL is ...", "DIFFERS: ..." or "not verified: PROBLEM". */
        public String summary(String modelName) {
            if (problem != null) {
                return "not verified: " + problem;
            }
            return String.format("%s: on %s the largest difference from %s is %.2g (its outputs reach %.3g)", same ? "verified" : "DIFFERS",
                    text(inputs), modelName, largestDifference, scale);
        }
    }

    private ImportCheck() {
    }

    public static Result check(ModelProto original, Network network, Weights weights, long seed) {
        ModelProto again;
        try {
            again = OnnxExporter.export(network, weights, "import check").model();
        } catch (ExportException e) {
            return Result.unchecked("the imported network does not export: " + e.getMessage());
        }
        String lastProblem = "no input length at which the original runs";
        for (long steps : new long[] {5, 8, 3}) {
            Map<String, long[]> dims = new LinkedHashMap<>();
            String problem = dims(original, steps, dims);
            if (problem != null) {
                return Result.unchecked(problem);
            }
            List<float[]> expected;
            List<float[]> got;
            long vocabulary = vocabulary(network);
            try {
                expected = run(original, dims, vocabulary, seed);
            } catch (OrtException | ModelLoadException e) {
                lastProblem = "the original does not run on inputs " + text(dims) + ": " + firstLine(e.getMessage());
                continue;
            }
            try {
                got = run(again, rename(dims, again, original), vocabulary, seed);
            } catch (OrtException | ModelLoadException e) {
                return Result.unchecked("the imported network does not run on inputs " + text(dims) + ": " + firstLine(e.getMessage()));
            }
            return compare(original, dims, expected, got);
        }
        return Result.unchecked(lastProblem);
    }

    private static Result compare(ModelProto original, Map<String, long[]> dims, List<float[]> expected, List<float[]> got) {
        if (expected.size() != got.size()) {
            return new Result(dims, Double.NaN, Double.NaN, null, false, "the original has " + expected.size() + " outputs, the import "
                    + got.size());
        }
        double largest = 0;
        double scale = 0;
        String worst = original.getGraph().getOutput(0).getName();
        for (int o = 0; o < expected.size(); o++) {
            float[] e = expected.get(o);
            float[] g = got.get(o);
            if (e.length != g.length) {
                return new Result(dims, Double.NaN, Double.NaN, original.getGraph().getOutput(o).getName(), false, "output '"
                        + original.getGraph().getOutput(o).getName() + "' has " + e.length + " values in the original, " + g.length
                        + " in the import");
            }
            for (int i = 0; i < e.length; i++) {
                scale = Math.max(scale, Math.abs(e[i]));
                double difference = Double.isNaN(e[i]) != Double.isNaN(g[i]) ? Double.POSITIVE_INFINITY : Math.abs(e[i] - g[i]);
                if (difference > largest) {
                    largest = difference;
                    worst = original.getGraph().getOutput(o).getName();
                }
            }
        }
        return new Result(dims, largest, scale, worst, largest <= TOLERANCE * Math.max(1, scale), null);
    }

    /** The dims to feed each graph input: the batch 2, a symbolic second dim {@code steps}; null, or why not. */
    private static String dims(ModelProto model, long steps, Map<String, long[]> into) {
        for (ValueInfoProto input : dataInputs(model)) {
            var shape = input.getType().getTensorType().getShape();
            long[] dims = new long[shape.getDimCount()];
            for (int i = 0; i < dims.length; i++) {
                var dim = shape.getDim(i);
                if (i == 0) {
                    dims[i] = 2;
                } else if (dim.hasDimValue() && dim.getDimValue() > 0) {
                    dims[i] = dim.getDimValue();
                } else if (i == 1) {
                    dims[i] = steps;
                } else {
                    return "input '" + input.getName() + "' has a symbolic dim " + i + " (" + dim.getDimParam() + ")";
                }
            }
            into.put(input.getName(), dims);
        }
        return into.isEmpty() ? "the original has no input to feed" : null;
    }

    private static List<ValueInfoProto> dataInputs(ModelProto model) {
        Set<String> initializers = model.getGraph().getInitializerList().stream().map(TensorProto::getName).collect(Collectors.toSet());
        return model.getGraph().getInputList().stream().filter(v -> !initializers.contains(v.getName())).toList();
    }

    /** The import's inputs keep the original's names where they can; otherwise they are matched in order. */
    private static Map<String, long[]> rename(Map<String, long[]> dims, ModelProto again, ModelProto original) {
        List<ValueInfoProto> theirs = dataInputs(original);
        List<ValueInfoProto> ours = dataInputs(again);
        Map<String, long[]> renamed = new LinkedHashMap<>();
        for (int i = 0; i < ours.size() && i < theirs.size(); i++) {
            String name = ours.get(i).getName();
            renamed.put(name, dims.getOrDefault(name, dims.get(theirs.get(i).getName())));
        }
        return renamed;
    }

    /** The smallest vocabulary among the network's embeddings (token ids must stay below it), or 2. */
    private static long vocabulary(Network network) {
        return network.getLayers().stream().filter(Embedding.class::isInstance).mapToLong(l -> ((Embedding) l).getVocabularySize()).min()
                .orElse(2);
    }

    private static List<float[]> run(ModelProto model, Map<String, long[]> dims, long vocabulary, long seed)
            throws OrtException, ModelLoadException {
        Map<String, Integer> types = new HashMap<>();
        dataInputs(model).forEach(v -> types.put(v.getName(), v.getType().getTensorType().getElemType()));
        Random random = new Random(seed);
        Map<String, OnnxTensor> feeds = new LinkedHashMap<>();
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "model", RuntimeSettings.forTrainer())) {
            for (var entry : dims.entrySet()) {
                long count = 1;
                for (long d : entry.getValue()) {
                    count *= d;
                }
                if (types.getOrDefault(entry.getKey(), TensorProto.DataType.FLOAT_VALUE) == TensorProto.DataType.INT64_VALUE) {
                    long[] ids = new long[(int) count];
                    for (int i = 0; i < ids.length; i++) {
                        ids[i] = random.nextLong(vocabulary);
                    }
                    feeds.put(entry.getKey(), OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(ids), entry.getValue()));
                } else {
                    float[] values = new float[(int) count];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = (float) random.nextGaussian();
                    }
                    feeds.put(entry.getKey(), OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(values), entry.getValue()));
                }
            }
            List<float[]> outputs = new ArrayList<>();
            try (OrtSession.Result result = session.session().run(feeds)) {
                for (Map.Entry<String, OnnxValue> output : result) {
                    if (output.getValue() instanceof OnnxTensor tensor && tensor.getInfo().type == ai.onnxruntime.OnnxJavaType.FLOAT) {
                        FloatBuffer buffer = tensor.getFloatBuffer();
                        float[] values = new float[buffer.remaining()];
                        buffer.get(values);
                        outputs.add(values);
                    }
                }
            }
            return outputs;
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
    }

    public static String text(Map<String, long[]> dims) {
        return dims.entrySet().stream().map(e -> e.getKey() + " " + java.util.Arrays.toString(e.getValue())).collect(Collectors.joining(", "));
    }

    private static String firstLine(String message) {
        String line = message == null ? "no detail" : message.strip().lines().findFirst().orElse("no detail");
        return line.length() > 240 ? line.substring(0, 240) + "..." : line;
    }
}
