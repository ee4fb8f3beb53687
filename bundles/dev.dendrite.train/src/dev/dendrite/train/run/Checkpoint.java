package dev.dendrite.train.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import dev.dendrite.model.io.AtomicFiles;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;

/**
 * Where a run stands: every tensor (parameters, buffers, optimizer state) and the counters, enough
 * to resume exactly, at the end of an epoch or part-way through one (a step checkpoint or a
 * cancellation). The weights are written before the state file, each atomically, so a crash
 * leaves the previous checkpoint or the new one, never a mixture.
 *
 * @param epoch epochs completed
 * @param step steps completed in the whole run
 * @param batchesDone batches of epoch {@code epoch + 1} already trained (0 at an epoch boundary)
 * @param lossSum the partial epoch's sum of loss × rows, {@code accuracySum} likewise, {@code seconds} its time so far
 */
record Checkpoint(int epoch, long step, int batchesDone, double lossSum, double accuracySum, double seconds, double bestLoss,
        int epochsWithoutImprovement, int rateReductions, Weights weights) {

    static Checkpoint fresh() {
        return new Checkpoint(0, 0, 0, 0, 0, 0, Double.POSITIVE_INFINITY, 0, 0, null);
    }

    void write(Path dir) throws IOException {
        WeightsFile.write(weights, dir.resolve("weights.onnx"));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("epoch", epoch);
        state.put("step", step);
        state.put("batchesDone", batchesDone);
        state.put("lossSum", lossSum);
        state.put("accuracySum", accuracySum);
        state.put("seconds", seconds);
        state.put("bestLoss", Double.isFinite(bestLoss) ? bestLoss : null);
        state.put("epochsWithoutImprovement", epochsWithoutImprovement);
        state.put("rateReductions", rateReductions);
        AtomicFiles.write(dir.resolve("state.json"), RunJson.document(state).getBytes(StandardCharsets.UTF_8));
    }

    static boolean exists(Path dir) {
        return Files.exists(dir.resolve("state.json")) && Files.exists(dir.resolve("weights.onnx"));
    }

    static Checkpoint read(Path dir) throws IOException, OnnxFormatException {
        JsonObject state;
        try {
            state = RunJson.parse(Files.readString(dir.resolve("state.json")));
        } catch (JsonParseException e) {
            throw new IOException("the checkpoint state " + dir.resolve("state.json") + " is not valid JSON: " + RunJson.problem(e));
        }
        if (!state.has("epoch") || !state.has("step")) {
            throw new IOException("the checkpoint state " + dir.resolve("state.json") + " lacks 'epoch' or 'step'");
        }
        Weights weights = WeightsFile.read(dir.resolve("weights.onnx"));
        double best = RunJson.number(state, "bestLoss");
        return new Checkpoint((int) RunJson.integer(state, "epoch", 0), RunJson.integer(state, "step", 0),
                (int) RunJson.integer(state, "batchesDone", 0), zeroIfNaN(RunJson.number(state, "lossSum")),
                zeroIfNaN(RunJson.number(state, "accuracySum")), zeroIfNaN(RunJson.number(state, "seconds")),
                Double.isNaN(best) ? Double.POSITIVE_INFINITY : best, (int) RunJson.integer(state, "epochsWithoutImprovement", 0),
                (int) RunJson.integer(state, "rateReductions", 0), weights);
    }

    private static double zeroIfNaN(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
