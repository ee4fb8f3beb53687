package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import dev.dendrite.train.graph.StagedGraphs.Combine;
import dev.dendrite.train.graph.StagedGraphs.Part;

/** Where a train step is cut for slices: at each value that reduces over the batch, and nowhere else. */
class StagedGraphsTest {

    private static final int FLOAT = 1;

    /** x [N, 3]: s = Σ over samples, c = x − s, q = Σ c² over samples, y = q · 2. */
    private static ModelProto centredSquares(String reduction) {
        GraphProto g = GraphProto.newBuilder()
                .addInput(ValueInfoProto.newBuilder().setName("x"))
                .addNode(node(reduction, "s", "x"))
                .addNode(node("Sub", "c", "x", "s"))
                .addNode(node("ReduceSumSquare", "q", "c"))
                .addNode(node("Add", "y", "q", "q"))
                .addOutput(ValueInfoProto.newBuilder().setName("y"))
                .build();
        return model(g);
    }

    private static ModelProto model(GraphProto g) {
        return ModelProto.newBuilder().setIrVersion(8).addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(17)).setGraph(g).build();
    }

    private static NodeProto node(String op, String out, String... in) {
        return NodeProto.newBuilder().setOpType(op).setName("node/" + out).addAllInput(List.of(in)).addOutput(out).build();
    }

    private static final Map<String, Boolean> BATCHED = Map.of("x", true, "s", false, "c", true, "q", false, "y", false);
    private static final Map<String, Integer> TYPES = Map.of("x", FLOAT, "s", FLOAT, "c", FLOAT, "q", FLOAT, "y", FLOAT);

    @Test
    void eachReductionOverTheBatchEndsAStageAndIsAddedOverTheSlices() {
        StagedGraphs staged = StagedGraphs.cut(centredSquares("ReduceSum"), Set.of("x"), BATCHED, TYPES);
        assertEquals(Map.of("s", Combine.SUM, "q", Combine.SUM), staged.partials());
        List<Part> parts = staged.parts();
        assertEquals(3, parts.size(), "the sum, then centring and squares per slice, then the rest once: " + parts);
        assertTrue(parts.get(0).perSlice());
        assertEquals(List.of("s"), parts.get(0).outputs());
        assertTrue(parts.get(1).perSlice());
        assertEquals(List.of("x", "s"), parts.get(1).inputs(), "the second stage reads its slice and the added sum");
        assertEquals(List.of("q"), parts.get(1).outputs(), "the centred slice stays inside its stage");
        assertFalse(parts.get(2).perSlice());
        assertEquals(List.of("y"), parts.get(2).outputs());
        assertEquals(List.of("y"), staged.outputs());
    }

    @Test
    void meansAreWeightedAndReductionsSlicesCannotAddAreRefused() {
        assertEquals(Combine.MEAN, StagedGraphs.cut(centredSquares("ReduceMean"), Set.of("x"), BATCHED, TYPES).partials().get("s"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> StagedGraphs.cut(centredSquares("ReduceMax"), Set.of("x"), BATCHED, TYPES));
        assertTrue(refused.getMessage().contains("ReduceMax") && refused.getMessage().contains("cannot add"), refused.getMessage());
    }

    @Test
    void anOutputPerSampleIsRefused() {
        ModelProto perSample = centredSquares("ReduceSum");
        perSample = perSample.toBuilder().setGraph(perSample.getGraph().toBuilder().addOutput(ValueInfoProto.newBuilder().setName("c"))).build();
        ModelProto step = perSample;
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> StagedGraphs.cut(step, Set.of("x"), BATCHED, TYPES));
        assertTrue(refused.getMessage().contains("per sample"), refused.getMessage());
    }

    /**
     * x [N, 4]: s = Σ x over samples; y = relu(x); v = reshape(y) (a view), n = −y and w = tile(x)
     * (three times x's bytes) are read only by the second stage, with c = x − s.
     */
    private static ModelProto readLater() {
        GraphProto g = GraphProto.newBuilder()
                .addInput(ValueInfoProto.newBuilder().setName("x"))
                .addInitializer(ai.onnx.proto.OnnxMl.TensorProto.newBuilder().setName("shape").setDataType(7).addDims(1).addInt64Data(-1))
                .addInitializer(ai.onnx.proto.OnnxMl.TensorProto.newBuilder().setName("reps").setDataType(7).addDims(2).addInt64Data(1)
                        .addInt64Data(3))
                .addNode(node("ReduceSum", "s", "x"))
                .addNode(node("Relu", "y", "x"))
                .addNode(node("Reshape", "v", "y", "shape"))
                .addNode(node("Neg", "n", "y"))
                .addNode(node("Tile", "w", "x", "reps"))
                .addNode(node("Sub", "c", "x", "s"))
                .addNode(node("Add", "a", "c", "v"))
                .addNode(node("Add", "b", "a", "n"))
                .addNode(node("Mul", "m", "b", "w"))
                .addNode(node("ReduceSumSquare", "q", "m"))
                .addNode(node("Add", "out", "q", "q"))
                .addOutput(ValueInfoProto.newBuilder().setName("out"))
                .build();
        return model(g);
    }

    @Test
    void nodesReadOnlyByALaterStageMoveThereWhenThatHandsFewerBytesAndViewsAtEqualBytes() {
        Map<String, Boolean> batched = new java.util.HashMap<>();
        Map<String, Integer> types = new java.util.HashMap<>();
        for (String t : List.of("x", "s", "y", "v", "n", "w", "c", "a", "b", "m", "q", "out")) {
            batched.put(t, !List.of("s", "q", "out").contains(t));
            types.put(t, FLOAT);
        }
        Map<String, Long> bytes = Map.of("x", 16L, "y", 16L, "v", 16L, "n", 16L, "w", 48L, "c", 16L, "a", 16L, "b", 16L, "m", 48L);
        List<Part> parts = StagedGraphs.cut(readLater(), Set.of("x"), batched, types, bytes).parts();
        assertEquals(3, parts.size(), parts.toString());
        assertEquals(List.of("node/s", "node/y", "node/n"), names(parts.get(0)),
                "the negation hands as many bytes as its input would, and stays; the view and the tile move to their reader");
        assertEquals(Set.of("s", "y", "n"), Set.copyOf(parts.get(0).outputs()), "the view's input is handed, not a copy of the view");
        assertTrue(names(parts.get(1)).containsAll(List.of("node/v", "node/w")), names(parts.get(1)).toString());
        assertEquals(Set.of("x", "s", "y", "n"), Set.copyOf(parts.get(1).inputs()), "the tile reads x, which the second stage reads anyway");
    }

    private static List<String> names(Part part) {
        return part.model().getGraph().getNodeList().stream().map(NodeProto::getName).toList();
    }
}
