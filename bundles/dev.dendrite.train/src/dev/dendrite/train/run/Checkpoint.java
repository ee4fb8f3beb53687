package dev.dendrite.train.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.runtime.Json;

/**
 * Where a run stands after an epoch: every tensor (parameters, buffers, optimizer state) and the
 * counters, enough to resume exactly. The weights are written before the state file, each
 * atomically, so a crash leaves the previous checkpoint or the new one, never a mixture.
 */
record Checkpoint(int epoch, long step, double bestLoss, int epochsWithoutImprovement, Weights weights) {

    static Checkpoint fresh() {
        return new Checkpoint(0, 0, Double.POSITIVE_INFINITY, 0, null);
    }

    void write(Path dir) throws IOException {
        WeightsFile.write(weights, dir.resolve("weights.onnx"));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("epoch", epoch);
        state.put("step", step);
        state.put("bestLoss", Double.isFinite(bestLoss) ? bestLoss : null);
        state.put("epochsWithoutImprovement", epochsWithoutImprovement);
        dev.dendrite.model.io.AtomicFiles.write(dir.resolve("state.json"), Json.write(state).getBytes(StandardCharsets.UTF_8));
    }

    static Checkpoint read(Path dir) throws IOException, OnnxFormatException {
        String state = Files.readString(dir.resolve("state.json"));
        Weights weights = WeightsFile.read(dir.resolve("weights.onnx"));
        String best = field(state, "bestLoss");
        return new Checkpoint(Integer.parseInt(field(state, "epoch")), Long.parseLong(field(state, "step")),
                best.equals("null") ? Double.POSITIVE_INFINITY : Double.parseDouble(best),
                Integer.parseInt(field(state, "epochsWithoutImprovement")), weights);
    }

    private static String field(String json, String name) throws IOException {
        Matcher matcher = Pattern.compile("\"" + name + "\":([^,}]+)").matcher(json);
        if (!matcher.find()) {
            throw new IOException("checkpoint state lacks '" + name + "'");
        }
        return matcher.group(1).trim();
    }
}
