package dev.dendrite.train.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile's operator times leave out the session's first runs, which allocate and first touch its memory. */
class OperatorProfileTest {

    @Test
    void warmUpRunsAreLeftOutOfTheOperatorTimes(@TempDir Path dir) throws Exception {
        // Three runs of a Conv and a Relu: the first slow (allocations), the other two steady.
        Path trace = dir.resolve("trace.json");
        List<String> events = new ArrayList<>();
        long[][] runs = {{0, 1000}, {2000, 100}, {3000, 100}};
        long[][] conv = {{10, 800}, {2010, 60}, {3010, 70}};
        long[][] relu = {{900, 90}, {2080, 10}, {3080, 12}};
        for (int i = 0; i < runs.length; i++) {
            events.add(event("Session", "model_run", runs[i], null));
            events.add(event("Node", "conv_kernel_time", conv[i], "Conv"));
            events.add(event("Node", "relu_kernel_time", relu[i], "Relu"));
        }
        Files.writeString(trace, "[" + String.join(",", events) + "]");

        OperatorProfile all = OperatorProfile.read(trace);
        assertEquals(3, all.runs());
        assertEquals(0, all.warmUpRuns());
        assertEquals(800 + 60 + 70 + 90 + 10 + 12, all.totalMicroseconds());

        OperatorProfile steady = OperatorProfile.read(trace, 1);
        assertEquals(2, steady.runs());
        assertEquals(1, steady.warmUpRuns());
        assertEquals("Conv", steady.operators().get(0).opType());
        assertEquals(130, steady.operators().get(0).microseconds());
        assertEquals(2, steady.operators().get(0).calls());
        assertEquals(22, steady.operators().get(1).microseconds());
        assertEquals(0.065, steady.operators().get(0).millisecondsPerRun(steady.runs()), 1e-12);
        assertEquals(200, steady.runMicroseconds(), "the two kept runs end to end, not their first");
        assertEquals(2.0, steady.nodesPerRun(), 1e-12);

        OperatorProfile lastOnly = OperatorProfile.read(trace, 5);
        assertEquals(1, lastOnly.runs(), "a trace shorter than its warm-up keeps its last run");
        assertEquals(2, lastOnly.warmUpRuns());
        assertEquals(70 + 12, lastOnly.totalMicroseconds());
    }

    @Test
    void sessionsOfOneStepCombinePerStep(@TempDir Path dir) throws Exception {
        // Two replicas' traces (two slice runs and one) and an update's, over two steps after one warm-up step each.
        Path a = dir.resolve("a.json");
        Files.writeString(a, "[" + String.join(",", event("Session", "model_run", new long[] {0, 50}, null),
                event("Node", "g_kernel_time", new long[] {1, 40}, "Gemm"), event("Session", "model_run", new long[] {100, 50}, null),
                event("Node", "g_kernel_time", new long[] {101, 30}, "Gemm"), event("Session", "model_run", new long[] {200, 50}, null),
                event("Node", "g_kernel_time", new long[] {201, 20}, "Gemm")) + "]");
        Path b = dir.resolve("b.json");
        Files.writeString(b, "[" + String.join(",", event("Session", "model_run", new long[] {0, 50}, null),
                event("Node", "g_kernel_time", new long[] {1, 45}, "Gemm"), event("Session", "model_run", new long[] {100, 50}, null),
                event("Node", "g_kernel_time", new long[] {101, 25}, "Gemm"), event("Node", "r_kernel_time", new long[] {130, 5}, "Relu")) + "]");
        Path update = dir.resolve("u.json");
        Files.writeString(update, "[" + String.join(",", event("Session", "model_run", new long[] {0, 10}, null),
                event("Node", "s_kernel_time", new long[] {1, 9}, "Sqrt"), event("Session", "model_run", new long[] {100, 10}, null),
                event("Node", "s_kernel_time", new long[] {101, 4}, "Sqrt"), event("Session", "model_run", new long[] {200, 10}, null),
                event("Node", "s_kernel_time", new long[] {201, 6}, "Sqrt")) + "]");

        OperatorProfile step = OperatorProfile.combined(List.of(OperatorProfile.read(a, 1), OperatorProfile.read(b, 1), OperatorProfile.read(update, 1)),
                2, 1, 700);

        assertEquals(2, step.runs());
        assertEquals(1, step.warmUpRuns());
        assertEquals(700, step.runMicroseconds(), "the steps' wall time, not the sessions' runs added up");
        assertEquals("Gemm", step.operators().get(0).opType());
        assertEquals(30 + 20 + 25, step.operators().get(0).microseconds(), "each session's warm-up left out");
        assertEquals(3, step.operators().get(0).calls());
        assertEquals(4 + 6, step.operators().get(1).microseconds());
        assertEquals(5, step.operators().get(2).microseconds());
        assertEquals(75 / 90.0, step.operators().get(0).share(), 1e-12);
        assertEquals(90, step.totalMicroseconds());
    }

    private static String event(String category, String name, long[] startAndDuration, String op) {
        return "{\"cat\":\"" + category + "\",\"name\":\"" + name + "\",\"ph\":\"X\",\"ts\":" + startAndDuration[0] + ",\"dur\":"
                + startAndDuration[1] + (op == null ? "" : ",\"args\":{\"op_name\":\"" + op + "\"}") + "}";
    }
}
