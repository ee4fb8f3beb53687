package dev.dendrite.onnx.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.TestAccess;

/**
 * Over a thousand mutated and hostile models: truncated protobuf, flipped bytes, cycles, missing
 * initializers, absurd dimensions, unknown domains, external data, deep nesting. Each gives a
 * clear {@link OnnxFormatException} or a valid network; nothing else, no hang, no huge allocation.
 */
class HostileModelsTest {

    private final Random random = new Random(1126);
    private int cases;

    private enum Expect { ERROR, ANYTHING }

    /** A damaged name holding a line break is named with the break escaped: the message stays one line. */
    @Test
    void aNameWithALineBreakIsNamedOnOneLine() throws Exception {
        ModelProto base = new TestAccess(7).export(TemplateLibrary.find("mlp-classifier").orElseThrow().create()).model();
        GraphProto graph = base.getGraph();
        NodeProto first = graph.getNode(0);
        GraphProto broken = graph.toBuilder().setNode(0, first.toBuilder().setInput(0, "x\ny")).build();
        OnnxFormatException refused = org.junit.jupiter.api.Assertions.assertThrows(OnnxFormatException.class,
                () -> OnnxImporter.read(withGraph(base, broken), "broken.onnx", true));
        assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
        assertTrue(refused.getMessage().contains("'x\\ny'"), refused.getMessage());
    }

    @Test
    void thousandsOfMutatedModelsAreRefusedClearlyOrImported() throws Exception {
        List<ModelProto> bases = new ArrayList<>();
        for (String id : List.of("lenet-5", "rnn-tagger", "mp-graph-classifier", "resnet-small")) {
            bases.add(new TestAccess(id.hashCode()).export(TemplateLibrary.find(id).orElseThrow().create()).model());
        }
        for (ModelProto base : bases) {
            byte[] bytes = base.toByteArray();
            for (int i = 0; i < 80; i++) {
                check("truncated", java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length - 1)), Expect.ANYTHING);
            }
            for (int i = 0; i < 60; i++) {
                byte[] flipped = bytes.clone();
                for (int f = 0; f < 1 + random.nextInt(8); f++) {
                    flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                }
                check("byte flips", flipped, Expect.ANYTHING);
            }
            GraphProto graph = base.getGraph();
            for (int i = 0; i < 20; i++) {
                int drop = random.nextInt(graph.getInitializerCount());
                check("missing initializer", withGraph(base, graph.toBuilder().removeInitializer(drop).build()), Expect.ERROR);
                check("cycle", withGraph(base, cycle(graph)), Expect.ERROR);
                check("absurd dims", withGraph(base, graph.toBuilder().setInitializer(drop, graph.getInitializer(drop).toBuilder()
                        .clearDims().addDims(1L << 20).addDims(1L << 20).build()).build()), Expect.ERROR);
                check("negative dims", withGraph(base, graph.toBuilder().setInitializer(drop, graph.getInitializer(drop).toBuilder()
                        .clearDims().addDims(-3).build()).build()), Expect.ERROR);
                check("external data", withGraph(base, graph.toBuilder().setInitializer(drop, graph.getInitializer(drop).toBuilder()
                        .clearRawData().setDataLocation(TensorProto.DataLocation.EXTERNAL)
                        .addExternalData(StringStringEntryProto.newBuilder().setKey("location").setValue("missing.bin")).build()).build()),
                        Expect.ERROR);
                int node = random.nextInt(graph.getNodeCount());
                check("unknown domain", withGraph(base, graph.toBuilder().setNode(node, graph.getNode(node).toBuilder()
                        .setDomain("com.example.custom").build()).build()), Expect.ERROR);
                check("renamed operator", withGraph(base, graph.toBuilder().setNode(node, graph.getNode(node).toBuilder()
                        .setOpType("Frobnicate" + i).build()).build()), Expect.ANYTHING);
                check("wrong element type", withGraph(base, graph.toBuilder().setInitializer(drop, graph.getInitializer(drop).toBuilder()
                        .setDataType(TensorProto.DataType.INT8_VALUE).build()).build()), Expect.ANYTHING, Expect.ERROR);
            }
            check("opset 99", base.toBuilder().setOpsetImport(0, OperatorSetIdProto.newBuilder().setVersion(99)).build().toByteArray(),
                    Expect.ERROR);
            check("IR 99", base.toBuilder().setIrVersion(99).build().toByteArray(), Expect.ERROR);
            check("no opset", base.toBuilder().clearOpsetImport().build().toByteArray(), Expect.ERROR);
            check("duplicate outputs", withGraph(base, graph.toBuilder().addNode(graph.getNode(0)).build()), Expect.ERROR);
            check("broken embedded network", base.toBuilder().setMetadataProps(findEmbedded(base),
                    StringStringEntryProto.newBuilder().setKey(OnnxImporter.EMBEDDED_NETWORK).setValue("<not xml")).build().toByteArray(),
                    Expect.ERROR, Expect.ANYTHING);
        }
        check("empty", new byte[0], Expect.ERROR);
        check("garbage", "definitely not protobuf".getBytes(), Expect.ERROR);
        check("deep nesting", deeplyNested(200).toByteArray(), Expect.ERROR);
        assertTrue(cases >= 1000, "only " + cases + " hostile models were tried");
    }

    private void check(String kind, byte[] bytes, Expect expect) {
        check(kind, bytes, expect, expect);
    }

    private void check(String kind, byte[] bytes, Expect withEmbedded, Expect withMapping) {
        for (boolean mapOperators : new boolean[] {false, true}) {
            Expect expect = mapOperators ? withMapping : withEmbedded;
            cases++;
            try {
                ImportResult result = OnnxImporter.read(bytes, kind.replace(' ', '-') + ".onnx", mapOperators);
                if (expect == Expect.ERROR) {
                    fail(kind + " was imported instead of refused (mapOperators=" + mapOperators + ")");
                }
                assertFalse(result.network().getLayers().isEmpty());
            } catch (OnnxFormatException e) {
                assertFalse(e.getMessage() == null || e.getMessage().isBlank(), kind + ": empty message");
                assertFalse(e.getMessage().contains("\n"), kind + ": multi-line message: " + e.getMessage());
            } catch (Throwable e) {
                fail(kind + " threw " + e + " instead of a clear OnnxFormatException", e);
            }
        }
    }

    private static byte[] withGraph(ModelProto base, GraphProto graph) {
        return base.toBuilder().setGraph(graph).build().toByteArray();
    }

    /** Feeds the output of a node's consumer back into the node: a two-node cycle. */
    private GraphProto cycle(GraphProto graph) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int early = random.nextInt(graph.getNodeCount());
            String out = graph.getNode(early).getOutput(0);
            for (int late = 0; late < graph.getNodeCount(); late++) {
                if (graph.getNode(late).getInputList().contains(out)) {
                    NodeProto node = graph.getNode(early).toBuilder().setInput(0, graph.getNode(late).getOutput(0)).build();
                    return graph.toBuilder().setNode(early, node).build();
                }
            }
        }
        throw new AssertionError("no node with a consumer to make a cycle with");
    }

    private static int findEmbedded(ModelProto model) {
        for (int i = 0; i < model.getMetadataPropsCount(); i++) {
            if (model.getMetadataProps(i).getKey().equals(OnnxImporter.EMBEDDED_NETWORK)) {
                return i;
            }
        }
        throw new AssertionError("the export embeds its network");
    }

    /** A Loop whose body holds a Loop whose body holds a Loop..., deeper than the parser allows. */
    private static ModelProto deeplyNested(int depth) {
        GraphProto body = GraphProto.newBuilder().setName("leaf").build();
        for (int i = 0; i < depth; i++) {
            NodeProto loop = NodeProto.newBuilder().setOpType("Loop").addAttribute(AttributeProto.newBuilder().setName("body")
                    .setType(AttributeProto.AttributeType.GRAPH).setG(body)).build();
            body = GraphProto.newBuilder().setName("level" + i).addNode(loop).build();
        }
        return ModelProto.newBuilder().setIrVersion(10).addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(21)).setGraph(body).build();
    }
}
