package dev.dendrite.onnx.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;

/**
 * PyTorch's attention and recurrent exports with one node bent (permutations scrambled or out of
 * range, shape constants off by one, negative or huge, layout operators swapped, inputs dropped):
 * the patterns that run nodes to check them ({@link AttentionRegion}, the recurrent layouts) meet
 * such graphs first. Each import gives a network or one clear {@link OnnxFormatException}; nothing
 * else, no hang.
 */
class MutatedPyTorchModelsTest {

    private static final List<String> FIXTURES = List.of("mha_ts", "mha_causal_dynamo", "encoder_ts", "gpt_block_dynamo", "tutorial_ts",
            "lstm_dynamo", "bilstm_dynamo", "vit_ts", "cross_ts", "cross_kdim_dynamo", "seq2seq_ts", "text_cnn_dynamo", "gated_ts");
    private static final List<String> LAYOUT = List.of("Transpose", "Reshape", "Squeeze", "Unsqueeze", "Identity", "Softmax");

    private final Random random = new Random(2026);

    @Test
    void bentExportsImportOrAreRefusedClearly() throws Exception {
        int cases = 0;
        for (String name : FIXTURES) {
            ModelProto model = PyTorchAttentionImportTest.fixture(name);
            for (int i = 0; i < 40; i++) {
                ModelProto bent = bend(model);
                cases++;
                try {
                    ImportResult result = OnnxImporter.read(bent.toByteArray(), name + "-bent.onnx", false);
                    assertFalse(result.network().getLayers().isEmpty());
                } catch (OnnxFormatException e) {
                    assertFalse(e.getMessage() == null || e.getMessage().isBlank(), name + ": empty message");
                    assertFalse(e.getMessage().contains("\n"), name + ": multi-line message: " + e.getMessage());
                } catch (Throwable e) {
                    fail(name + " bent (" + lastChange + ") threw " + e + " instead of a clear OnnxFormatException", e);
                }
            }
        }
        assertTrue(cases >= 300, "only " + cases + " bent models");
    }

    private String lastChange;

    private ModelProto bend(ModelProto model) {
        GraphProto.Builder graph = model.getGraph().toBuilder();
        int kind = random.nextInt(4);
        if (kind == 0) {
            // A shape or index constant off: by one, negative, zero or huge.
            List<Integer> ints = new java.util.ArrayList<>();
            for (int i = 0; i < graph.getInitializerCount(); i++) {
                if (graph.getInitializer(i).getDataType() == TensorProto.DataType.INT64_VALUE) {
                    ints.add(i);
                }
            }
            for (int i = 0; i < graph.getNodeCount(); i++) {
                if (graph.getNode(i).getOpType().equals("Constant")) {
                    ints.add(-1 - i);
                }
            }
            if (!ints.isEmpty()) {
                int pick = ints.get(random.nextInt(ints.size()));
                long value = List.of(-1L, 0L, 1L << 40, -7L, 3L).get(random.nextInt(5));
                TensorProto changed = TensorProto.newBuilder().setDataType(TensorProto.DataType.INT64_VALUE).addInt64Data(value).build();
                if (pick >= 0) {
                    lastChange = "initializer " + graph.getInitializer(pick).getName() + " = " + value;
                    graph.setInitializer(pick, changed.toBuilder().setName(graph.getInitializer(pick).getName()));
                } else {
                    NodeProto node = graph.getNode(-1 - pick);
                    lastChange = "constant " + node.getOutput(0) + " = " + value;
                    graph.setNode(-1 - pick, node.toBuilder().clearAttribute().addAttribute(AttributeProto.newBuilder().setName("value")
                            .setType(AttributeProto.AttributeType.TENSOR).setT(changed)));
                }
                return model.toBuilder().setGraph(graph).build();
            }
        }
        int index = random.nextInt(graph.getNodeCount());
        NodeProto node = graph.getNode(index);
        NodeProto.Builder changed = node.toBuilder();
        if (kind == 1 && node.getOpType().equals("Transpose") || kind == 1 && random.nextBoolean()) {
            long[] perm = random.nextBoolean() ? new long[] {0, 0, 1} : new long[] {3, 9, -2, 1};
            changed.clearAttribute().addAttribute(AttributeProto.newBuilder().setName("perm").setType(AttributeProto.AttributeType.INTS)
                    .addAllInts(java.util.Arrays.stream(perm).boxed().toList()));
            lastChange = node.getOpType() + " " + node.getName() + " perm " + java.util.Arrays.toString(perm);
        } else if (kind == 2) {
            changed.setOpType(LAYOUT.get(random.nextInt(LAYOUT.size())));
            lastChange = node.getName() + " as " + changed.getOpType();
        } else if (node.getInputCount() > 1) {
            changed.clearInput().addAllInput(node.getInputList().subList(0, node.getInputCount() - 1));
            lastChange = node.getName() + " without its last input";
        } else {
            changed.addAttribute(AttributeProto.newBuilder().setName("axis").setType(AttributeProto.AttributeType.INT).setI(7));
            lastChange = node.getName() + " axis 7";
        }
        graph.setNode(index, changed);
        return model.toBuilder().setGraph(graph).build();
    }
}
