package dev.dendrite.train.run;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.graph.StagedGraphs;

/**
 * Which of a train step's tensors carry the batch, found by running the step at batches of 4 and 6
 * with every tensor an output (inputs filled with ones): those whose shapes differ. Also every
 * tensor's element type, which the cut-out parts' graphs declare.
 *
 * @param batchInputs the inputs whose first dimension is symbolic (data, targets, fed masks)
 * @param batched     per tensor, whether it carries the batch dimension
 * @param types       per tensor, its ONNX element type
 * @param bytesPerSample per tensor that carries the batch, the bytes each sample adds to it
 * @param fixedShapes per convolution kernel (a {@code Conv}'s second input) without the batch, its shape
 */
record BatchProbe(Set<String> batchInputs, Map<String, Boolean> batched, Map<String, Integer> types, Map<String, Long> bytesPerSample,
        Map<String, long[]> fixedShapes) {

    static BatchProbe of(ModelProto trainStep) throws ModelLoadException, OrtException {
        Set<String> batchInputs = new HashSet<>();
        Map<String, Integer> types = new HashMap<>();
        for (ValueInfoProto input : trainStep.getGraph().getInputList()) {
            types.put(input.getName(), input.getType().getTensorType().getElemType());
            List<TensorShapeProto.Dimension> dims = input.getType().getTensorType().getShape().getDimList();
            if (dims.stream().noneMatch(TensorShapeProto.Dimension::hasDimParam)) {
                continue;
            }
            // Slices are runs of samples: an input must change with the batch only in its first dimension, the samples'.
            if (!dims.get(0).getDimParam().equals("N") || dims.stream().skip(1).anyMatch(TensorShapeProto.Dimension::hasDimParam)) {
                throw new IllegalArgumentException("the step's input " + input.getName() + " is not split by sample");
            }
            if (input.getName().endsWith(":mask")) {
                throw new IllegalArgumentException("the step's input " + input.getName() + " masks padded sequences");
            }
            batchInputs.add(input.getName());
        }
        Map<String, Boolean> batched = new HashMap<>();
        Map<String, long[]> first = probe(trainStep, 4, types, types);
        Map<String, long[]> second = probe(trainStep, 6, types, null);
        Map<String, Long> bytesPerSample = new HashMap<>();
        Map<String, long[]> fixedShapes = new HashMap<>();
        // Only convolution kernels' shapes are declared: they are what the parts' sessions need to know (BlockedConvolutions).
        Set<String> kernels = new HashSet<>();
        trainStep.getGraph().getNodeList().stream().filter(n -> n.getOpType().equals("Conv") && n.getInputCount() > 1)
                .forEach(n -> kernels.add(n.getInput(1)));
        for (var entry : first.entrySet()) {
            long[] atSix = second.get(entry.getKey());
            boolean withBatch = !java.util.Arrays.equals(entry.getValue(), atSix);
            batched.put(entry.getKey(), withBatch);
            if (!withBatch && kernels.contains(entry.getKey())) {
                fixedShapes.put(entry.getKey(), entry.getValue());
            }
            if (withBatch && atSix != null) {
                long perSample = (elements(atSix) - elements(entry.getValue())) / 2;
                bytesPerSample.put(entry.getKey(), Math.max(1, perSample) * bytesOf(types.getOrDefault(entry.getKey(), DataType.FLOAT_VALUE)));
            }
        }
        batchInputs.forEach(name -> batched.put(name, true));
        return new BatchProbe(batchInputs, batched, types, bytesPerSample, fixedShapes);
    }

    private static long elements(long[] shape) {
        long count = 1;
        for (long d : shape) {
            count *= d;
        }
        return count;
    }

    private static long bytesOf(int onnxType) {
        return switch (onnxType) {
            case DataType.DOUBLE_VALUE, DataType.INT64_VALUE -> 8;
            case DataType.FLOAT_VALUE, DataType.INT32_VALUE -> 4;
            case DataType.FLOAT16_VALUE, DataType.INT16_VALUE -> 2;
            default -> 1;
        };
    }

    /**
     * Every tensor's shape with the batch at {@code batch}, the inputs' (filled with ones) included; the computed
     * tensors' types into {@code typesOut} when given.
     */
    private static Map<String, long[]> probe(ModelProto step, int batch, Map<String, Integer> inputTypes, Map<String, Integer> typesOut)
            throws ModelLoadException, OrtException {
        OrtEnvironment env = OnnxRuntime.environment();
        Map<String, long[]> shapes = new HashMap<>();
        List<OnnxTensor> feeds = new ArrayList<>();
        try (ModelSession session = OnnxRuntime.open(StagedGraphs.probe(step).toByteArray(), "train step probe",
                RuntimeSettings.forTrainer().withThreads(1, 1))) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            for (ValueInfoProto input : step.getGraph().getInputList()) {
                List<TensorShapeProto.Dimension> dims = input.getType().getTensorType().getShape().getDimList();
                long[] shape = new long[dims.size()];
                int count = 1;
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = dims.get(i).hasDimValue() ? dims.get(i).getDimValue() : batch;
                    count *= (int) shape[i];
                }
                int type = inputTypes.get(input.getName());
                if (type != DataType.INT64_VALUE && type != DataType.FLOAT_VALUE) {
                    throw new IllegalArgumentException("the step's input " + input.getName() + " is neither float nor int64");
                }
                OnnxTensor t = type == DataType.INT64_VALUE ? OnnxTensor.createTensor(env, LongBuffer.wrap(filled(count)), shape)
                        : OnnxTensor.createTensor(env, FloatBuffer.wrap(ones(count)), shape);
                feeds.add(t);
                inputs.put(input.getName(), t);
                shapes.put(input.getName(), shape);
            }
            try (OrtSession.Result result = session.session().run(inputs)) {
                for (Map.Entry<String, OnnxValue> entry : result) {
                    if (!(entry.getValue() instanceof OnnxTensor tensor)) {
                        throw new IllegalArgumentException("the step's value " + entry.getKey() + " is not a tensor");
                    }
                    shapes.put(entry.getKey(), tensor.getInfo().getShape());
                    if (typesOut != null) {
                        typesOut.putIfAbsent(entry.getKey(), onnxType(tensor.getInfo().type, entry.getKey()));
                    }
                }
            }
        } finally {
            feeds.forEach(OnnxTensor::close);
        }
        return shapes;
    }

    private static float[] ones(int count) {
        float[] values = new float[count];
        java.util.Arrays.fill(values, 1f);
        return values;
    }

    private static long[] filled(int count) {
        long[] values = new long[count];
        java.util.Arrays.fill(values, 1L);
        return values;
    }

    private static int onnxType(OnnxJavaType type, String name) {
        return switch (type) {
            case FLOAT -> DataType.FLOAT_VALUE;
            case DOUBLE -> DataType.DOUBLE_VALUE;
            case INT64 -> DataType.INT64_VALUE;
            case INT32 -> DataType.INT32_VALUE;
            case INT16 -> DataType.INT16_VALUE;
            case INT8 -> DataType.INT8_VALUE;
            case UINT8 -> DataType.UINT8_VALUE;
            case BOOL -> DataType.BOOL_VALUE;
            case FLOAT16 -> DataType.FLOAT16_VALUE;
            default -> throw new IllegalArgumentException("the step's tensor " + name + " has a type slices cannot hand over (" + type + ")");
        };
    }
}
