package dev.dendrite.analysis.ensemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.evaluation.Saliency;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;

/**
 * An ensemble as one ONNX model: every member's graph side by side on one shared input, each output
 * turned into probabilities (a Softmax where it gives logits), and their Mean as the output. Any tool
 * that runs a classifier (evaluate, predict, ood, ONNX Runtime itself) then runs the ensemble.
 */
public final class EnsembleModel {

    /** The merged model's output. */
    public static final String OUTPUT = "probabilities";

    private EnsembleModel() {
    }

    /**
     * Merges {@code members}; {@code probabilities} tells, per member, whether its output already is probabilities.
     *
     * @throws IllegalArgumentException for members of different opsets, not of one input and one output, or with control flow
     */
    public static ModelProto merge(List<ModelProto> members, List<String> names, List<Boolean> probabilities) {
        ModelProto first = members.get(0);
        long opset = opset(first);
        ValueInfoProto input = Saliency.dataInputs(first.getGraph()).get(0);
        GraphProto.Builder graph = GraphProto.newBuilder().setName("ensemble").addInput(input);
        Map<String, OperatorSetIdProto> opsets = new LinkedHashMap<>();
        long ir = 0;
        List<String> outputs = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            ModelProto member = members.get(m);
            GraphProto g = member.getGraph();
            if (opset(member) != opset) {
                throw new IllegalArgumentException(names.get(m) + " is of opset " + opset(member) + ", " + names.get(0) + " of " + opset
                        + ": one model needs one opset");
            }
            List<ValueInfoProto> inputs = Saliency.dataInputs(g);
            if (inputs.size() != 1 || g.getOutputCount() != 1) {
                throw new IllegalArgumentException(names.get(m) + " is not a model of one input and one output");
            }
            String prefix = "m" + m + "/";
            String ownInput = inputs.get(0).getName();
            // A member that reads the samples in another shape (a picture as one vector) reads the shared input reshaped.
            String fed = reshaped(graph, input, inputs.get(0), prefix, names.get(m), names.get(0));
            for (TensorProto initializer : g.getInitializerList()) {
                graph.addInitializer(initializer.toBuilder().setName(prefix + initializer.getName()));
            }
            for (NodeProto node : g.getNodeList()) {
                if (node.getAttributeList().stream().anyMatch(a -> a.getType() == AttributeProto.AttributeType.GRAPH || a.getType()
                        == AttributeProto.AttributeType.GRAPHS)) {
                    throw new IllegalArgumentException(names.get(m) + " has control flow (" + node.getOpType() + "), which an ensemble does not merge");
                }
                NodeProto.Builder renamed = node.toBuilder().setName(prefix + node.getName()).clearInput().clearOutput();
                node.getInputList().forEach(i -> renamed.addInput(i.isEmpty() ? i : i.equals(ownInput) ? fed : prefix + i));
                node.getOutputList().forEach(o -> renamed.addOutput(o.isEmpty() ? o : prefix + o));
                graph.addNode(renamed);
            }
            for (ValueInfoProto info : g.getValueInfoList()) {
                graph.addValueInfo(info.toBuilder().setName(prefix + info.getName()));
            }
            String output = prefix + g.getOutput(0).getName();
            if (!probabilities.get(m)) {
                String softmax = prefix + OUTPUT;
                graph.addNode(NodeProto.newBuilder().setOpType("Softmax").setName(prefix + "softmax").addInput(output).addOutput(softmax)
                        .addAttribute(AttributeProto.newBuilder().setName("axis").setType(AttributeProto.AttributeType.INT).setI(-1)));
                output = softmax;
            }
            outputs.add(output);
            member.getOpsetImportList().forEach(o -> opsets.putIfAbsent(o.getDomain(), o));
            ir = Math.max(ir, member.getIrVersion());
        }
        graph.addNode(NodeProto.newBuilder().setOpType("Mean").setName("ensemble/mean").addAllInput(outputs).addOutput(OUTPUT));
        graph.addOutput(first.getGraph().getOutput(0).toBuilder().setName(OUTPUT));
        return ModelProto.newBuilder().setIrVersion(ir).addAllOpsetImport(opsets.values()).setProducerName("Dendrite ensemble").setGraph(graph)
                .addMetadataProps(StringStringEntryProto.newBuilder().setKey("dendrite.ensemble").setValue(String.join(",", names))).build();
    }

    /**
     * A merged model checked on data.
     *
     * @param model the ensemble as one model
     * @param difference the largest difference between its probabilities and the members' mean on the samples run
     */
    public record Checked(ModelProto model, double difference) {
    }

    /**
     * Merges {@code members} (classifiers each told from its outputs whether it gives probabilities; regressors averaged as they are)
     * and runs the merge on the first {@code n} samples.
     */
    public static Checked checked(List<ModelProto> members, List<String> names, Dataset data, int n) throws OrtException, ModelLoadException {
        if (!data.hasLabels()) {
            // Regressors: their outputs averaged as they are.
            ModelProto merged = merge(members, names, members.stream().map(m -> true).toList());
            Dataset first = n >= data.size() ? data : data.subset(java.util.stream.IntStream.range(0, n).toArray(), "");
            float[] mean = MemberProbabilities.mean(RegressionEnsemble.outputs(members, names, first, data.targetSize()));
            return new Checked(merged, largestDifference(mean, RegressionEnsemble.outputs(List.of(merged), List.of("the ensemble"), first, data
                    .targetSize())[0]));
        }
        boolean[] already = MemberProbabilities.givesProbabilities(members, names, data, n);
        List<Boolean> probabilities = new ArrayList<>();
        for (boolean b : already) {
            probabilities.add(b);
        }
        ModelProto merged = merge(members, names, probabilities);
        float[] mean = MemberProbabilities.mean(MemberProbabilities.of(members, names, data, n));
        return new Checked(merged, largestDifference(mean, MemberProbabilities.of(List.of(merged), List.of("the ensemble"), data, n)[0]));
    }

    private static double largestDifference(float[] mean, float[] read) {
        double largest = 0;
        for (int i = 0; i < mean.length; i++) {
            largest = Math.max(largest, Math.abs(mean[i] - read[i]));
        }
        return largest;
    }

    /**
     * The tensor a member reads: the shared input where its shape is the member's, else a Reshape of it to the member's per-sample
     * shape (the batch kept).
     *
     * @throws IllegalArgumentException where the member reads another number of values per sample, or a shape not fixed past the batch
     */
    private static String reshaped(GraphProto.Builder graph, ValueInfoProto shared, ValueInfoProto own, String prefix, String name,
            String first) {
        List<ai.onnx.proto.OnnxMl.TensorShapeProto.Dimension> sharedDims = shared.getType().getTensorType().getShape().getDimList();
        List<ai.onnx.proto.OnnxMl.TensorShapeProto.Dimension> ownDims = own.getType().getTensorType().getShape().getDimList();
        if (sameSampleShape(sharedDims, ownDims)) {
            return shared.getName();
        }
        long sharedSize = sampleSize(sharedDims);
        long ownSize = sampleSize(ownDims);
        if (sharedSize < 0 || ownSize < 0 || sharedSize != ownSize) {
            throw new IllegalArgumentException(name + " reads samples of " + describe(ownDims) + ", " + first + " of " + describe(sharedDims)
                    + ": an ensemble's members read the same samples");
        }
        TensorProto.Builder shape = TensorProto.newBuilder().setName(prefix + "input_shape").setDataType(TensorProto.DataType.INT64_VALUE)
                .addDims(ownDims.size()).addInt64Data(-1);
        for (int d = 1; d < ownDims.size(); d++) {
            shape.addInt64Data(ownDims.get(d).getDimValue());
        }
        graph.addInitializer(shape);
        String fed = prefix + "input";
        graph.addNode(NodeProto.newBuilder().setOpType("Reshape").setName(prefix + "reshape_input").addInput(shared.getName()).addInput(
                prefix + "input_shape").addOutput(fed));
        return fed;
    }

    private static boolean sameSampleShape(List<ai.onnx.proto.OnnxMl.TensorShapeProto.Dimension> a,
            List<ai.onnx.proto.OnnxMl.TensorShapeProto.Dimension> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int d = 1; d < a.size(); d++) {
            if (!a.get(d).hasDimValue() || !b.get(d).hasDimValue() || a.get(d).getDimValue() != b.get(d).getDimValue()) {
                return false;
            }
        }
        return true;
    }

    /** Values per sample, or -1 where a dimension past the batch is not fixed. */
    private static long sampleSize(List<ai.onnx.proto.OnnxMl.TensorShapeProto.Dimension> dims) {
        long size = 1;
        for (int d = 1; d < dims.size(); d++) {
            if (!dims.get(d).hasDimValue()) {
                return -1;
            }
            size *= dims.get(d).getDimValue();
        }
        return size;
    }

    private static String describe(List<ai.onnx.proto.OnnxMl.TensorShapeProto.Dimension> dims) {
        List<String> parts = new ArrayList<>();
        for (int d = 1; d < dims.size(); d++) {
            parts.add(dims.get(d).hasDimValue() ? Long.toString(dims.get(d).getDimValue()) : "?");
        }
        return parts.isEmpty() ? "one value" : String.join("×", parts);
    }

    private static long opset(ModelProto model) {
        return model.getOpsetImportList().stream().filter(o -> o.getDomain().isEmpty() || o.getDomain().equals("ai.onnx")).mapToLong(
                OperatorSetIdProto::getVersion).findFirst().orElse(0);
    }
}
