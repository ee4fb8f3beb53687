package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.SyntheticData;

/** Cancellation, observers, step checkpoints, status.json, one writer per directory, and resuming after a kill. */
class RunControlTest {

    private static Network network() {
        return TemplateLibrary.find("batchnorm-mlp").orElseThrow().create();
    }

    private static TrainingConfig config(int epochs) {
        return config(epochs, 50);
    }

    private static TrainingConfig config(int epochs, int batch) {
        return TrainingConfig.from(network()).with("test", epochs, batch, OptimizerKind.ADAM, 1e-3, 5L, null);
    }

    private static final Dataset DATA = TrainerTest.moonsAsImages(300);

    @Test
    void aCancelledRunRecordsWhyAndResumesExactly(@TempDir Path dir) throws Exception {
        List<Double> uninterrupted = new Trainer(network(), config(3), line -> { }).train(new Weights(), DATA, DATA, dir.resolve("whole"),
                false).stepLosses();
        Path run = dir.resolve("cancelled");
        TrainingResult cancelled = new Trainer(network(), config(3), line -> { }).withObserver(new TrainingObserver() {
            @Override
            public void stepFinished(StepEvent event) {
                if (event.step() == 8) {
                    event.control().cancel("test stop");
                }
            }
        }).train(new Weights(), DATA, DATA, run, false);
        assertEquals(RunState.CANCELLED, cancelled.state());
        assertEquals(8, cancelled.stepLosses().size(), "the run stops right after the step that asked");
        RunRecord record = RunReader.read(run);
        assertEquals(RunState.CANCELLED, record.state());
        assertTrue(record.status().reason().contains("test stop"), record.status().reason());
        assertEquals(8, record.status().step());
        assertTrue(record.state().resumable() && record.hasCheckpoint());
        assertFalse(Files.exists(run.resolve(RunFiles.MODEL)), "a cancelled run exports nothing");

        TrainingResult resumed = new Trainer(network(), config(3), line -> { }).train(new Weights(), DATA, DATA, run, true);
        assertEquals(RunState.FINISHED, resumed.state());
        List<Double> joined = new ArrayList<>(cancelled.stepLosses());
        joined.addAll(resumed.stepLosses());
        assertEquals(uninterrupted, joined, "cancel and resume part-way through an epoch changes nothing");
        assertEquals(RunState.FINISHED, RunReader.read(run).state());
        assertEquals(epochsOf(dir.resolve("whole")), epochsOf(run), "the epoch figures match the uninterrupted run's");
    }

    @Test
    void afterAKillAResumedRunLogsEachStepOnce(@TempDir Path dir) throws Exception {
        Path killed = dir.resolve("killed");
        // 27 steps an epoch, step checkpoints every 25 steps, so the last checkpoint before step 62 is epoch 2's end (step 54)
        // and step 60's record was logged after it. The "kill" is a copy of the directory at step 62, as kill -9 leaves it.
        new Trainer(network(), config(4, 10), line -> { }).withCheckpointEvery(25).withObserver(new TrainingObserver() {
            @Override
            public void stepFinished(StepEvent event) throws TrainingException {
                if (event.step() == 62) {
                    copy(event, dir.resolve("run"), killed);
                }
            }
        }).train(new Weights(), DATA, DATA, dir.resolve("run"), false);
        appendTornLine(killed.resolve(RunFiles.METRICS));
        markWriterDead(killed);
        RunRecord crashed = RunReader.read(killed);
        assertEquals(RunState.CRASHED, crashed.state(), "a running status whose trainer is gone reads as crashed");
        assertTrue(crashed.status().reason().contains("killed or crashed"), crashed.status().reason());
        assertEquals(crashed, RunReader.read(killed), "inferred the same way each time: the views see no change where there is none");
        assertEquals(List.of("metrics.jsonl ends in a partly written line, ignored"), crashed.notes());
        assertTrue(crashed.steps().stream().anyMatch(s -> s.step() == 60), "the record after the checkpoint is there before resuming");

        new Trainer(network(), config(4, 10), line -> { }).withCheckpointEvery(25).train(new Weights(), DATA, DATA, killed, true);
        List<Long> steps = new ArrayList<>();
        List<Integer> epochs = new ArrayList<>();
        for (String line : Files.readAllLines(killed.resolve(RunFiles.METRICS))) {
            JsonObject json = RunJson.parse(line);
            if ("step".equals(RunJson.text(json, "type"))) {
                steps.add(RunJson.integer(json, "step", -1));
            } else {
                epochs.add((int) RunJson.integer(json, "epoch", -1));
            }
        }
        assertEquals(new HashSet<>(steps).size(), steps.size(), "each step once: " + steps);
        assertEquals(List.of(1, 2, 3, 4), epochs, "each epoch once");
        MetricRecord logged = RunReader.read(killed).steps().get(0);
        assertTrue(logged.gradientNorms().keySet().containsAll(List.of("fc1", "batchnorm1", "fc3")), "step records carry each layer's "
                + "gradient norm: " + logged.gradientNorms());
        assertTrue(logged.gradientNorms().values().stream().allMatch(v -> v > 0));
        assertEquals(Files.readAllLines(dir.resolve("run").resolve(RunFiles.METRICS)).stream().map(RunControlTest::withoutTimes).toList(),
                Files.readAllLines(killed.resolve(RunFiles.METRICS)).stream().map(RunControlTest::withoutTimes).toList(),
                "the resumed run's metrics equal the uninterrupted run's");
    }

    @Test
    void aSecondTrainerOnALiveRunIsRefusedNamingTheHolder(@TempDir Path dir) throws Exception {
        List<String> refusal = new ArrayList<>();
        new Trainer(network(), config(1), line -> { }).withObserver(new TrainingObserver() {
            @Override
            public void stepFinished(StepEvent event) {
                if (event.step() == 1) {
                    TrainingException e = assertThrows(TrainingException.class,
                            () -> new Trainer(network(), config(1), line -> { }).train(new Weights(), DATA, DATA, dir, true));
                    refusal.add(e.getMessage());
                }
            }
        }).train(new Weights(), DATA, DATA, dir, false);
        assertEquals(1, refusal.size());
        assertTrue(refusal.get(0).contains("is in use by another trainer (process " + ProcessHandle.current().pid()), refusal.get(0));
        assertEquals(RunState.FINISHED, RunReader.read(dir).state(), "the first run was not disturbed");
    }

    @Test
    void aNonFiniteRunRecordsTheLayer(@TempDir Path dir) throws IOException {
        Network network = TemplateLibrary.find("mlp-regressor").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("synthetic:sine", 50, 64, OptimizerKind.SGD, 1e6, 1L, null);
        assertThrows(NonFiniteException.class, () -> new Trainer(network, config, line -> { }).train(new Weights(),
                SyntheticData.function("sine", 500, -3, 3, 1), SyntheticData.function("sine", 100, -3, 3, 2), dir, false));
        RunStatus status = RunReader.read(dir).status();
        assertEquals(RunState.NON_FINITE, status.state());
        assertTrue(status.reason().startsWith("training stopped at epoch "), status.reason());
        assertNotNull(status.layer(), "the first layer with non-finite gradients is named");
    }

    @Test
    void trainedModelFilesCarryOnlyTheNetworksParametersAndTheGraphsAreKept(@TempDir Path dir) throws Exception {
        new Trainer(network(), config(1), line -> { }).train(new Weights(), DATA, DATA, dir, false);
        Weights checkpoint = WeightsFile.read(dir.resolve("checkpoint/weights.onnx"));
        assertTrue(checkpoint.flat().keySet().stream().anyMatch(k -> k.startsWith("optimizer/adam")), "the checkpoint keeps Adam's moments");
        for (String file : List.of(RunFiles.FINAL_WEIGHTS, RunFiles.BEST_WEIGHTS)) {
            Set<String> keys = WeightsFile.read(dir.resolve(file)).flat().keySet();
            assertTrue(keys.stream().noneMatch(k -> k.contains(":")), file + " has no optimizer state: " + keys);
            assertTrue(keys.stream().anyMatch(k -> k.endsWith("/mean")), file + " keeps BatchNorm's running statistics");
        }
        List<String> initializers = ModelProto.parseFrom(Files.readAllBytes(dir.resolve(RunFiles.MODEL))).getGraph().getInitializerList()
                .stream().map(TensorProto::getName).toList();
        assertTrue(initializers.stream().noneMatch(n -> n.contains(":")), "model.onnx carries no optimizer state: " + initializers);
        assertTrue(initializers.stream().anyMatch(n -> n.endsWith("/weight")), "model.onnx carries the weights: " + initializers);
        for (String graph : List.of(RunFiles.TRAIN_STEP_GRAPH, RunFiles.EVALUATION_GRAPH)) {
            try (ModelSession session = OnnxRuntime.open(Files.readAllBytes(dir.resolve(graph)), graph, RuntimeSettings.forTrainer())) {
                assertTrue(session.inputNames().size() > 2, graph + " loads in ONNX Runtime");
            }
        }
    }

    @Test
    void theReaderFollowsAGrowingMetricsFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(RunFiles.METRICS);
        Files.writeString(file, "{\"type\":\"step\",\"epoch\":1,\"step\":20,\"loss\":0.5}\n{\"type\":\"step\",\"epo");
        MetricsTail tail = new MetricsTail(dir);
        assertEquals(1, tail.poll().size(), "the half-written line waits");
        Files.writeString(file, "ch\":1,\"step\":40,\"loss\":0.4}\nnot json\n{\"type\":\"epoch\",\"epoch\":1,\"trainLoss\":null}\n",
                StandardOpenOption.APPEND);
        List<MetricRecord> next = tail.poll();
        assertEquals(2, next.size());
        assertEquals(40, next.get(0).step());
        assertEquals(0.4, next.get(0).value("loss"), 1e-12);
        assertTrue(Double.isNaN(next.get(1).value("trainLoss")));
        assertEquals(List.of("metrics.jsonl line 3 is not valid JSON and was skipped"), tail.notes());
        Files.writeString(file, "{\"type\":\"step\",\"epoch\":1,\"step\":20,\"loss\":0.5}\n");
        assertEquals(1, tail.poll().size());
        assertTrue(tail.restarted(), "a shorter file (rewritten by a resume) is read again from the top");
    }

    private static void copy(TrainingObserver.StepEvent event, Path from, Path to) throws TrainingException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals(RunFiles.LOCK)) {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new TrainingException("copy failed at step " + event.step() + ": " + e);
        }
    }

    private static void appendTornLine(Path metrics) throws IOException {
        Files.writeString(metrics, "{\"type\":\"step\",\"epoch\":2,\"st", StandardOpenOption.APPEND);
    }

    /** Points status.json at a process that has ended, as a killed trainer leaves it. */
    private static void markWriterDead(Path run) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path status = run.resolve(RunFiles.STATUS);
        JsonObject json = RunJson.parse(Files.readString(status));
        assertEquals("running", RunJson.text(json, "state"));
        json.addProperty("pid", gone.pid());
        Files.writeString(status, json.toString());
    }

    private static List<String> epochsOf(Path run) throws IOException {
        return RunReader.read(run).epochs().stream().map(e -> e.epoch() + ":" + e.value("trainLoss") + ":" + e.value("validationLoss")).toList();
    }

    /** A metrics line without its timing members (seconds, samples/s), which differ between runs. */
    private static String withoutTimes(String line) {
        JsonObject json = RunJson.parse(line);
        json.remove("seconds");
        json.remove("samplesPerSecond");
        return json.toString();
    }
}
