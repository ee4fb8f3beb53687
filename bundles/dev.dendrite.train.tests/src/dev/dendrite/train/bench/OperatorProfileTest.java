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

    private static String event(String category, String name, long[] startAndDuration, String op) {
        return "{\"cat\":\"" + category + "\",\"name\":\"" + name + "\",\"ph\":\"X\",\"ts\":" + startAndDuration[0] + ",\"dur\":"
                + startAndDuration[1] + (op == null ? "" : ",\"args\":{\"op_name\":\"" + op + "\"}") + "}";
    }
}
