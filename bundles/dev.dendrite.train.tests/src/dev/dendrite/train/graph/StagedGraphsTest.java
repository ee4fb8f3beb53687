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
}
