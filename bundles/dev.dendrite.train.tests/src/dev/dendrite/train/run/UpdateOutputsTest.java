package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/** The update's pinned outputs: two sets, each step writing into the one its inputs are not in. */
class UpdateOutputsTest {

    @Test
    void aStepWritesIntoTheSetItDoesNotReadAndAnotherBatchSizeRunsUnpinned() throws Exception {
        GraphBuilder g = new GraphBuilder("halve");
        g.input("w", GraphBuilder.ElementType.FLOAT, List.of(3L));
        g.node("Mul", List.of("w", g.scalar("half", 0.5f)), "w_new");
        g.output("w_new", GraphBuilder.ElementType.FLOAT, List.of(3L));
        try (ModelSession session = OnnxRuntime.open(g.model("test", "").toByteArray(), "halve", RuntimeSettings.forTrainer());
             UpdateOutputs outputs = new UpdateOutputs();
             OnnxTensor w = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(new float[] {8, 4, 2}), new long[] {3})) {
            assertNull(outputs.target(64, List.of(w)), "nothing learnt yet: the first step runs unpinned");
            try (OrtSession.Result first = session.session().run(Map.of("w", w))) {
                outputs.learn(64, first);
            }
            Map<String, OnnxTensor> a = outputs.target(64, List.of(w));
            assertNotNull(a);
            // Each step reads the last one's output, as TensorStore feeds it back.
            OnnxTensor read = w;
            Map<String, OnnxTensor> previous = null;
            float expected = 8;
            for (int step = 0; step < 4; step++) {
                Map<String, OnnxTensor> into = outputs.target(64, List.of(read));
                assertNotNull(into);
                if (previous != null) {
                    assertNotSame(previous, into, "never the set the step reads");
                }
                try (OrtSession.Result result = session.session().run(Map.of("w", read), Set.of(), into)) {
                    assertSame(into.get("w_new"), result.get("w_new").orElseThrow());
                }
                expected /= 2;
                assertEquals(expected, into.get("w_new").getFloatBuffer().get(0));
                read = into.get("w_new");
                previous = into;
            }
            // A step whose result was dropped reads the same inputs again and writes over that result.
            Map<String, OnnxTensor> again = outputs.target(64, List.of(w));
            assertSame(a, again);
            assertNull(outputs.target(40, List.of(read)), "another batch size (an epoch's last batch) runs unpinned");
        }
    }
}
