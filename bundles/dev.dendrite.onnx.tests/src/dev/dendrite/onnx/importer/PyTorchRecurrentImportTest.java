package dev.dendrite.onnx.importer;

import static dev.dendrite.onnx.importer.ImportCorpusTest.importsAndComputesTheSame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.OnnxOperator;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * Recurrent networks as PyTorch's exporter writes them (batch_first modules): zero initial states made
 * from the input's batch size ({@code ConstantOfShape}, sliced per layer), stacked layers fed the
 * time-major sequence of the layer below (squeezed, or transposed and reshaped when bidirectional), the
 * output transposed back, {@code y[:, -1]}, and {@code h_n[-1]} picked from all layers' states. Each
 * imports as Recurrent layers, and its re-export computes what the original computes.
 */
class PyTorchRecurrentImportTest {

    private static final Random RANDOM = new Random(17);
    private static final long STEPS = 5;
    private static final long FEATURES = 4;
    private static final long HIDDEN = 6;

    private static FloatTensor random(long... shape) {
        FloatTensor t = FloatTensor.zeros(shape);
        for (int i = 0; i < t.size(); i++) {
            t.values()[i] = (float) RANDOM.nextGaussian() * 0.4f;
        }
        return t;
    }

    private static String int64Scalar(GraphBuilder g, String hint, long value) {
        TensorProto scalar = TensorProto.newBuilder().setDataType(TensorProto.DataType.INT64_VALUE).addInt64Data(value).build();
        return g.node("Constant", List.of(), hint, Attr.tensor("value", scalar));
    }

    /** zeros [layers·dirs, N, H] from the input's batch size, as PyTorch builds h0 and c0. */
    private static String zeroStates(GraphBuilder g, long count) {
        return zeroStates(g, count, "x");
    }

    /** As above, with the batch size read from {@code from}, as PyTorch reads it from the module's input. */
    private static String zeroStates(GraphBuilder g, long count, String from) {
        String batch = g.node("Unsqueeze", List.of(g.node("Gather", List.of(g.node("Shape", List.of(from), "shape"), int64Scalar(g, "zero", 0)),
                "batch", Attr.i("axis", 0)), g.longs("axis0", 0)), "batch_1d");
        String shape = g.node("Concat", List.of(g.longs("layers", count), batch, g.longs("hidden", HIDDEN)), "state_shape", Attr.i("axis", 0));
        return g.node("ConstantOfShape", List.of(shape), "zeros");
    }

    /** One recurrent node as PyTorch writes it, with its states sliced from the shared zeros; returns its outputs. */
    private static List<String> layer(GraphBuilder g, String op, String input, long inputSize, boolean bidirectional, int index, String zeros) {
        long dirs = bidirectional ? 2 : 1;
        long gates = op.equals("LSTM") ? 4 : op.equals("GRU") ? 3 : 1;
        String w = g.initializer(op + index + "_w", random(dirs, gates * HIDDEN, inputSize));
        String r = g.initializer(op + index + "_r", random(dirs, gates * HIDDEN, HIDDEN));
        String b = g.initializer(op + index + "_b", random(dirs, 2 * gates * HIDDEN));
        List<String> inputs = new ArrayList<>(List.of(input, w, r, b, ""));
        for (int state = 0; state < (op.equals("LSTM") ? 2 : 1); state++) {
            inputs.add(g.node("Slice", List.of(zeros, g.longs("from" + index + state, index * dirs), g.longs("to" + index + state, (index + 1) * dirs),
                    g.longs("axes" + index + state, 0)), "state" + index + state));
        }
        List<AttributeProto> attributes = new ArrayList<>(List.of(Attr.i("hidden_size", HIDDEN)));
        if (bidirectional) {
            attributes.add(Attr.s("direction", "bidirectional"));
        }
        if (op.equals("GRU")) {
            attributes.add(Attr.i("linear_before_reset", 1));
        }
        if (op.equals("RNN")) {
            // PyTorch spells out the default activation, once per direction.
            AttributeProto.Builder activations = AttributeProto.newBuilder().setName("activations").setType(AttributeProto.AttributeType.STRINGS);
            for (long d = 0; d < dirs; d++) {
                activations.addStrings(com.google.protobuf.ByteString.copyFromUtf8("Tanh"));
            }
            attributes.add(activations.build());
        }
        return g.node(op, inputs, op.equals("LSTM") ? 3 : 2, op + index, attributes.toArray(AttributeProto[]::new));
    }

    /** The time-major sequence [T, N, dirs·H] of a layer's Y [T, dirs, N, H]. */
    private static String timeMajor(GraphBuilder g, String y, boolean bidirectional, int index) {
        if (!bidirectional) {
            return g.node("Squeeze", List.of(y, g.longs("squeeze" + index, 1)), "seq" + index);
        }
        return g.node("Reshape", List.of(g.node("Transpose", List.of(y), "dirs_last" + index, Attr.ints("perm", 0, 2, 1, 3)),
                g.longs("merge" + index, 0, 0, -1)), "seq" + index);
    }

    private static GraphBuilder start(String name) {
        GraphBuilder g = new GraphBuilder(name);
        g.reserve("x");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", STEPS, FEATURES));
        return g;
    }

    private static long count(ImportResult imported, Class<?> kind) {
        return imported.network().getLayers().stream().filter(kind::isInstance).count();
    }

    @Test
    void stackedLayersWithZeroStatesAndTheSequenceOut() throws Exception {
        for (String op : List.of("LSTM", "GRU", "RNN")) {
            for (boolean bidirectional : List.of(false, true)) {
                long dirs = bidirectional ? 2 : 1;
                GraphBuilder g = start("stacked");
                String zeros = zeroStates(g, 2 * dirs);
                String input = g.node("Transpose", List.of("x"), "time_major", Attr.ints("perm", 1, 0, 2));
                List<String> first = layer(g, op, input, FEATURES, bidirectional, 0, zeros);
                List<String> second = layer(g, op, timeMajor(g, first.get(0), bidirectional, 0), dirs * HIDDEN, bidirectional, 1, zeros);
                String out = g.node("Transpose", List.of(timeMajor(g, second.get(0), bidirectional, 1)), "batch_first", Attr.ints("perm", 1, 0, 2));
                g.nodeWithOutputs("MatMul", List.of(out, g.initializer("head", random(dirs * HIDDEN, 3))), List.of("y"));
                g.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", STEPS, 3L));
                String name = op + (bidirectional ? "-bi" : "") + "-stacked.onnx";
                ImportResult imported = importsAndComputesTheSame(g.model("test", ""), name, random(3, STEPS, FEATURES));
                assertEquals(2, count(imported, Recurrent.class), name);
                assertEquals(0, count(imported, OnnxOperator.class), name + ": every layout node folds away");
            }
        }
    }

    @Test
    void theLastStepAndTheLastLayersStateAreTheHiddenOutput() throws Exception {
        // y[:, -1] of a one-direction GRU.
        GraphBuilder g = start("last_step");
        String zeros = zeroStates(g, 1);
        List<String> gru = layer(g, "GRU", g.node("Transpose", List.of("x"), "time_major", Attr.ints("perm", 1, 0, 2)), FEATURES, false, 0,
                zeros);
        String sequence = g.node("Transpose", List.of(timeMajor(g, gru.get(0), false, 0)), "batch_first", Attr.ints("perm", 1, 0, 2));
        String last = g.node("Gather", List.of(sequence, int64Scalar(g, "minus_one", -1)), "last", Attr.i("axis", 1));
        g.nodeWithOutputs("MatMul", List.of(last, g.initializer("head", random(HIDDEN, 3))), List.of("y"));
        g.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 3L));
        ImportResult lastStep = importsAndComputesTheSame(g.model("test", ""), "gru-last.onnx", random(3, STEPS, FEATURES));
        assertEquals(0, count(lastStep, OnnxOperator.class), "the last step is the layer's hidden output, no generic Gather");

        // h_n[-1] of two stacked LSTM layers: both layers' final states concatenated, the last one picked.
        GraphBuilder h = start("last_layer");
        String states = zeroStates(h, 2);
        List<String> first = layer(h, "LSTM", h.node("Transpose", List.of("x"), "time_major", Attr.ints("perm", 1, 0, 2)), FEATURES, false, 0,
                states);
        List<String> second = layer(h, "LSTM", timeMajor(h, first.get(0), false, 0), HIDDEN, false, 1, states);
        String all = h.node("Concat", List.of(first.get(1), second.get(1)), "h_n", Attr.i("axis", 0));
        String picked = h.node("Gather", List.of(all, int64Scalar(h, "minus_one", -1)), "h_last", Attr.i("axis", 0));
        h.nodeWithOutputs("MatMul", List.of(picked, h.initializer("head", random(HIDDEN, 3))), List.of("y"));
        h.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 3L));
        ImportResult lastLayer = importsAndComputesTheSame(h.model("test", ""), "lstm-h_n.onnx", random(3, STEPS, FEATURES));
        assertEquals(2, count(lastLayer, Recurrent.class));
        assertEquals(0, count(lastLayer, OnnxOperator.class));
    }

    @Test
    void aBidirectionalLastStepIsAGenericGatherAndOneDirectionsStateIsRefusedByName() throws Exception {
        // y[:, -1] of a bidirectional LSTM holds the backward direction's first step: a generic Gather of the sequence.
        GraphBuilder g = start("bi_last");
        List<String> lstm = layer(g, "LSTM", g.node("Transpose", List.of("x"), "time_major", Attr.ints("perm", 1, 0, 2)), FEATURES, true, 0,
                zeroStates(g, 2));
        String sequence = g.node("Transpose", List.of(timeMajor(g, lstm.get(0), true, 0)), "batch_first", Attr.ints("perm", 1, 0, 2));
        String last = g.node("Gather", List.of(sequence, int64Scalar(g, "minus_one", -1)), "last", Attr.i("axis", 1));
        g.nodeWithOutputs("MatMul", List.of(last, g.initializer("head", random(2 * HIDDEN, 3))), List.of("y"));
        g.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 3L));
        ImportResult imported = importsAndComputesTheSame(g.model("test", ""), "bi-last.onnx", random(3, STEPS, FEATURES));
        assertEquals(List.of("Gather"), imported.network().getLayers().stream().filter(OnnxOperator.class::isInstance)
                .map(l -> ((OnnxOperator) l).getOpType()).toList());

        // h_n[-1] of a bidirectional layer is its backward direction alone, which the layer's [N, 2H] hidden output does not split.
        GraphBuilder h = start("bi_state");
        List<String> gru = layer(h, "GRU", h.node("Transpose", List.of("x"), "time_major", Attr.ints("perm", 1, 0, 2)), FEATURES, true, 0,
                zeroStates(h, 2));
        String backward = h.node("Gather", List.of(gru.get(1), int64Scalar(h, "minus_one", -1)), "h_last", Attr.i("axis", 0));
        h.nodeWithOutputs("MatMul", List.of(backward, h.initializer("head", random(HIDDEN, 3))), List.of("y"));
        h.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 3L));
        UnsupportedOperatorsException refused = assertThrows(UnsupportedOperatorsException.class, () -> OnnxImporter.read(
                h.model("test", "").toByteArray(), "bi-state.onnx", false));
        assertTrue(refused.getMessage().contains("GRU node"), refused.getMessage());
        assertTrue(refused.getMessage().contains("final state"), refused.getMessage());
    }

    @Test
    void theStatesBatchSizeReadFromALayerLeavesThatLayerAlone() throws Exception {
        GraphBuilder g = start("shape_of_layer");
        String squashed = g.node("Tanh", List.of("x"), "squashed");
        List<String> lstm = layer(g, "LSTM", g.node("Transpose", List.of(squashed), "time_major", Attr.ints("perm", 1, 0, 2)), FEATURES, false,
                0, zeroStates(g, 1, squashed));
        String out = g.node("Transpose", List.of(timeMajor(g, lstm.get(0), false, 0)), "batch_first", Attr.ints("perm", 1, 0, 2));
        g.nodeWithOutputs("MatMul", List.of(out, g.initializer("head", random(HIDDEN, 3))), List.of("y"));
        g.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", STEPS, 3L));
        ImportResult imported = importsAndComputesTheSame(g.model("test", ""), "shape-of-layer.onnx", random(3, STEPS, FEATURES));
        assertEquals(1, imported.network().getLayers().stream().filter(l -> l instanceof dev.dendrite.model.network.Activation).count(),
                "the layer whose shape the states read is kept");
    }

    @Test
    void aConvolutionsChannelsAsTheSequence() throws Exception {
        // Conv1d features [N, C, T] then an RNN: PyTorch makes them time-major in one Transpose (2, 0, 1), next to the module's transpose(1, 2).
        GraphBuilder g = new GraphBuilder("conv_then_gru");
        g.reserve("x");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", FEATURES, STEPS));
        String features = g.node("Relu", List.of("x"), "features");
        String channelsLast = g.node("Transpose", List.of(features), "channels_last", Attr.ints("perm", 0, 2, 1));
        List<String> gru = layer(g, "GRU", g.node("Transpose", List.of(features), "time_major", Attr.ints("perm", 2, 0, 1)), FEATURES, false, 0,
                zeroStates(g, 1, channelsLast));
        String sequence = g.node("Transpose", List.of(timeMajor(g, gru.get(0), false, 0)), "batch_first", Attr.ints("perm", 1, 0, 2));
        String last = g.node("Gather", List.of(sequence, int64Scalar(g, "minus_one", -1)), "last", Attr.i("axis", 1));
        g.nodeWithOutputs("MatMul", List.of(last, g.initializer("head", random(HIDDEN, 3))), List.of("y"));
        g.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 3L));
        ImportResult imported = importsAndComputesTheSame(g.model("test", ""), "conv-gru.onnx", random(3, FEATURES, STEPS));
        assertEquals(1, count(imported, Recurrent.class));
        assertEquals(List.of("Transpose"), imported.network().getLayers().stream().filter(OnnxOperator.class::isInstance)
                .map(l -> ((OnnxOperator) l).getOpType()).toList(), "the module's own transpose(1, 2) feeds the layer");
    }

    @Test
    void bothDirectionsFinalStatesJoinedAreTheHiddenOutput() throws Exception {
        // torch.cat((h_n[-2], h_n[-1]), dim=1) of one bidirectional layer, and of the last of two stacked ones.
        for (int layers = 1; layers <= 2; layers++) {
            GraphBuilder g = start("both_directions");
            String zeros = zeroStates(g, 2L * layers);
            String input = g.node("Transpose", List.of("x"), "time_major", Attr.ints("perm", 1, 0, 2));
            List<String> states = new ArrayList<>();
            List<String> lstm = layer(g, "LSTM", input, FEATURES, true, 0, zeros);
            states.add(lstm.get(1));
            if (layers == 2) {
                lstm = layer(g, "LSTM", timeMajor(g, lstm.get(0), true, 0), 2 * HIDDEN, true, 1, zeros);
                states.add(lstm.get(1));
            }
            String all = layers == 1 ? states.get(0) : g.node("Concat", states, "h_n", Attr.i("axis", 0));
            // One layer picks its rows with Gather; two layers as PyTorch writes them at opset 9: a one-row Slice, then a Squeeze.
            String forward = layers == 1 ? g.node("Gather", List.of(all, int64Scalar(g, "minus_two", -2)), "h_forward", Attr.i("axis", 0))
                    : g.node("Squeeze", List.of(g.node("Slice", List.of(all, g.longs("from_f", -2), g.longs("to_f", -1), g.longs("axis_f", 0)),
                            "h_forward_row"), g.longs("squeeze_f", 0)), "h_forward");
            String backward = layers == 1 ? g.node("Gather", List.of(all, int64Scalar(g, "minus_one", -1)), "h_backward", Attr.i("axis", 0))
                    : g.node("Squeeze", List.of(g.node("Slice", List.of(all, g.longs("from_b", -1), g.longs("to_b", Long.MAX_VALUE),
                            g.longs("axis_b", 0)), "h_backward_row"), g.longs("squeeze_b", 0)), "h_backward");
            String joined = g.node("Concat", List.of(forward, backward), "h_joined", Attr.i("axis", 1));
            g.nodeWithOutputs("MatMul", List.of(joined, g.initializer("head", random(2 * HIDDEN, 3))), List.of("y"));
            g.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 3L));
            ImportResult imported = importsAndComputesTheSame(g.model("test", ""), "bi-joined-" + layers + ".onnx", random(3, STEPS, FEATURES));
            assertEquals(layers, count(imported, Recurrent.class));
            assertEquals(0, count(imported, OnnxOperator.class), "no generic Gather or Concat is left");
        }
    }

    @Test
    void aTimeMajorModelInputIsRefusedWithTheWayOut() {
        // nn.LSTM(batch_first=False) fed the model's input [T, N, F] directly.
        GraphBuilder g = new GraphBuilder("time_major");
        g.reserve("x");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of(STEPS, "N", FEATURES));
        List<String> lstm = layer(g, "LSTM", "x", FEATURES, false, 0, zeroStates(g, 1));
        g.nodeWithOutputs("Squeeze", List.of(lstm.get(0), g.longs("dirs_axis", 1)), List.of("y"));
        g.output("y", GraphBuilder.ElementType.FLOAT, List.of(STEPS, "N", HIDDEN));
        UnsupportedOperatorsException refused = assertThrows(UnsupportedOperatorsException.class, () -> OnnxImporter.read(
                g.model("test", "").toByteArray(), "time-major.onnx", false));
        assertTrue(refused.getMessage().contains("batch_first=True"), refused.getMessage());
    }

    /**
     * Real exports of PyTorch 2.13 ({@code releng/fixtures/pytorch_exports.py}), both exporters:
     * torch.export makes the zero states with Expand and merges directions by a Reshape whose
     * target it computes from the output's Shape; each imports as Recurrent layers and computes the same.
     */
    @ParameterizedTest
    @CsvSource({"lstm_ts, 2, false", "lstm_dynamo, 2, false", "gru_ts, 2, false", "gru_dynamo, 2, false", "bilstm_ts, 1, true",
            "bilstm_dynamo, 1, true"})
    void pyTorchsExportsImportAsRecurrentLayers(String name, int layers, boolean bidirectional) throws Exception {
        var model = PyTorchAttentionImportTest.fixture(name);
        ImportResult imported = importsAndComputesTheSame(model, name + ".onnx", random(2, 5, FEATURES));
        List<Recurrent> recurrent = imported.network().getLayers().stream().filter(Recurrent.class::isInstance).map(Recurrent.class::cast)
                .toList();
        assertEquals(layers, recurrent.size(), name);
        assertTrue(recurrent.stream().allMatch(r -> r.isBidirectional() == bidirectional), name);
        assertTrue(imported.network().getLayers().stream().noneMatch(OnnxOperator.class::isInstance), name + ": no generic operator");
        importsAndComputesTheSame(model, name + ".onnx", random(3, 9, FEATURES));
    }
}
