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
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.sequence.Embedding;
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
 * smallest vocabulary of the network's embeddings), a batch of 2 (or the one the model fixes) and,
 * for a symbolic length, 5 steps (then 8 and 3, then the lengths a traced model fixed in its
 * constants, for an encoder-decoder's inputs apart too), and every output is compared.
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
        String firstProblem = null;
        for (Map<String, Long> lengths : lengths(original)) {
            Map<String, long[]> dims = new LinkedHashMap<>();
            String problem = dims(original, lengths, dims);
            if (problem != null) {
                return Result.unchecked(problem);
            }
            List<float[]> expected;
            List<float[]> got;
            long vocabulary = vocabulary(network);
            try {
                expected = run(original, dims, vocabulary, seed, true);
            } catch (OrtException | ModelLoadException e) {
                lastProblem = "the original does not run on inputs " + text(dims) + ": " + firstLine(e.getMessage());
                firstProblem = firstProblem == null ? lastProblem : firstProblem;
                continue;
            }
            try {
                got = run(again, rename(dims, again, original), vocabulary, seed, false);
            } catch (OrtException | ModelLoadException e) {
                return Result.unchecked("the imported network does not run on inputs " + text(dims) + ": " + firstLine(e.getMessage()));
            }
            return compare(original, dims, expected, got);
        }
        return Result.unchecked(firstProblem != null ? firstProblem : lastProblem);
    }

    /** Tries at most this many lengths per model: each is a run of the original. */
    private static final int MAX_TRIES = 64;

    /**
     * The lengths to feed, per input with a symbolic length: 5, 8 and 3 for all of them; then, for
     * an export traced at fixed lengths (TorchScript's fixes them in its Reshapes' shape constants),
     * the lengths the model's own int64 constants name, for every input alike and, with two or more
     * such inputs, for the first two apart (an encoder-decoder traced with a source and a target of
     * their own lengths).
     */
    private static List<Map<String, Long>> lengths(ModelProto model) {
        List<String> symbolic = new ArrayList<>();
        for (ValueInfoProto input : dataInputs(model)) {
            var shape = input.getType().getTensorType().getShape();
            if (shape.getDimCount() > 1 && !(shape.getDim(1).hasDimValue() && shape.getDim(1).getDimValue() > 0)) {
                symbolic.add(input.getName());
            }
        }
        java.util.LinkedHashSet<Long> candidates = new java.util.LinkedHashSet<>(List.of(5L, 8L, 3L));
        List<TensorProto> constants = new ArrayList<>(model.getGraph().getInitializerList());
        model.getGraph().getNodeList().stream().filter(n -> n.getOpType().equals("Constant")).flatMap(n -> n.getAttributeList().stream())
                .filter(a -> a.getName().equals("value") && a.hasT()).forEach(a -> constants.add(a.getT()));
        for (TensorProto constant : constants) {
            if (constant.getDataType() == TensorProto.DataType.INT64_VALUE && constant.getInt64DataCount() <= 8 && candidates.size() < 12) {
                constant.getInt64DataList().stream().filter(v -> v >= 2 && v <= 256).forEach(candidates::add);
            }
            if (constant.getDataType() == TensorProto.DataType.INT64_VALUE && !constant.getRawData().isEmpty()
                    && constant.getRawData().size() <= 64 && candidates.size() < 12) {
                var buffer = constant.getRawData().asReadOnlyByteBuffer().order(java.nio.ByteOrder.LITTLE_ENDIAN).asLongBuffer();
                while (buffer.hasRemaining()) {
                    long v = buffer.get();
                    if (v >= 2 && v <= 256) {
                        candidates.add(v);
                    }
                }
            }
        }
        List<Map<String, Long>> tries = new ArrayList<>();
        for (long steps : candidates) {
            Map<String, Long> all = new LinkedHashMap<>();
            symbolic.forEach(name -> all.put(name, steps));
            tries.add(all);
            if (symbolic.isEmpty()) {
                return tries;
            }
        }
        if (symbolic.size() >= 2) {
            for (long a : candidates) {
                for (long b : candidates) {
                    if (a != b && tries.size() < MAX_TRIES) {
                        Map<String, Long> apart = new LinkedHashMap<>();
                        symbolic.forEach(name -> apart.put(name, a));
                        apart.put(symbolic.get(1), b);
                        tries.add(apart);
                    }
                }
            }
        }
        return tries;
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

    /** The dims to feed each graph input: the batch 2 (or its fixed one), a symbolic second dim its length in {@code lengths}; null, or why not. */
    private static String dims(ModelProto model, Map<String, Long> lengths, Map<String, long[]> into) {
        for (ValueInfoProto input : dataInputs(model)) {
            var shape = input.getType().getTensorType().getShape();
            long[] dims = new long[shape.getDimCount()];
            for (int i = 0; i < dims.length; i++) {
                var dim = shape.getDim(i);
                if (i == 0) {
                    // A batch of 2, or the batch the model fixes (exports often fix 1).
                    dims[i] = dim.hasDimValue() && dim.getDimValue() > 0 ? dim.getDimValue() : 2;
                } else if (dim.hasDimValue() && dim.getDimValue() > 0) {
                    dims[i] = dim.getDimValue();
                } else if (i == 1) {
                    dims[i] = lengths.getOrDefault(input.getName(), 5L);
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

    /** @param quiet whether ONNX Runtime keeps a failed run's error out of the log (a length probed that the model cannot take) */
    private static List<float[]> run(ModelProto model, Map<String, long[]> dims, long vocabulary, long seed, boolean quiet)
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
            try (OrtSession.RunOptions options = new OrtSession.RunOptions()) {
                options.setLogLevel(quiet ? ai.onnxruntime.OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL
                        : ai.onnxruntime.OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
                return outputs(session.session().run(feeds, options));
            }
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
    }

    private static List<float[]> outputs(OrtSession.Result run) {
        List<float[]> outputs = new ArrayList<>();
        try (OrtSession.Result result = run) {
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
    }

    public static String text(Map<String, long[]> dims) {
        return dims.entrySet().stream().map(e -> e.getKey() + " " + java.util.Arrays.toString(e.getValue())).collect(Collectors.joining(", "));
    }

    private static String firstLine(String message) {
        String line = message == null ? "no detail" : message.strip().lines().findFirst().orElse("no detail");
        return line.length() > 240 ? line.substring(0, 240) + "..." : line;
    }
}
