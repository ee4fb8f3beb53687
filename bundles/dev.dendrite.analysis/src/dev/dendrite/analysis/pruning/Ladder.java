package dev.dendrite.analysis.pruning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import dev.dendrite.train.run.RunJson;

/** A lottery ladder as plain data: the rows of {@code ladder.json}, and their summary per control and round over seeds. */
public final class Ladder {

    /** One control at one round: the mean, lowest and highest over seeds. */
    public record Point(String control, int round, double remaining, double meanAccuracy, double minAccuracy, double maxAccuracy,
            double meanEarlyStopStep, int seeds) {
    }

    private Ladder() {
    }

    /** @throws IOException when the file is missing or not a ladder, naming the row and field at fault */
    public static List<LadderRow> read(Path ladderJson) throws IOException {
        JsonObject root;
        try {
            root = RunJson.parse(Files.readString(ladderJson, StandardCharsets.UTF_8));
        } catch (JsonParseException e) {
            throw new IOException(ladderJson + " is not a lottery ladder: " + RunJson.problem(e));
        }
        if (!root.has("rows") || !root.get("rows").isJsonArray()) {
            throw new IOException(ladderJson + " is not a lottery ladder: it has no \"rows\" list");
        }
        List<LadderRow> rows = new ArrayList<>();
        int index = 0;
        for (JsonElement e : root.getAsJsonArray("rows")) {
            index++;
            try {
                rows.add(row(e.getAsJsonObject()));
            } catch (IllegalStateException | IllegalArgumentException | UnsupportedOperationException | ClassCastException problem) {
                throw new IOException(ladderJson + " row " + index + " is not a ladder row: " + problem.getMessage());
            }
        }
        return rows;
    }

    private static LadderRow row(JsonObject r) {
        Map<String, Double> layers = new LinkedHashMap<>();
        if (r.has("remainingByLayer")) {
            r.getAsJsonObject("remainingByLayer").entrySet().forEach(x -> layers.put(x.getKey(), x.getValue().getAsDouble()));
        }
        return new LadderRow(required(r, "seed").getAsInt(), required(r, "control").getAsString(), required(r, "round").getAsInt(),
                required(r, "remaining").getAsDouble(), number(r, "testAccuracy"), number(r, "testLoss"),
                required(r, "earlyStopStep").getAsLong(), layers, r.has("runDirectory") ? r.get("runDirectory").getAsString() : "");
    }

    private static JsonElement required(JsonObject r, String name) {
        if (!r.has(name) || r.get(name).isJsonNull()) {
            throw new IllegalArgumentException("\"" + name + "\" is missing");
        }
        return r.get(name);
    }

    private static double number(JsonObject r, String name) {
        return r.has(name) && !r.get(name).isJsonNull() ? r.get(name).getAsDouble() : Double.NaN;
    }

    /** Per control (the dense round counts as round 0 of every control), per round: mean, min and max over seeds. */
    public static Map<String, List<Point>> summary(List<LadderRow> rows) {
        Map<String, Map<Integer, List<LadderRow>>> grouped = new LinkedHashMap<>();
        List<String> controls = new ArrayList<>(List.of("imp"));
        rows.stream().map(LadderRow::control).filter(c -> !c.equals("dense") && !controls.contains(c)).forEach(controls::add);
        for (String control : controls) {
            grouped.put(control, new TreeMap<>());
        }
        for (LadderRow row : rows) {
            for (String control : row.control().equals("dense") ? controls : List.of(row.control())) {
                grouped.get(control).computeIfAbsent(row.round(), k -> new ArrayList<>()).add(row);
            }
        }
        Map<String, List<Point>> summary = new LinkedHashMap<>();
        grouped.forEach((control, byRound) -> {
            List<Point> points = new ArrayList<>();
            byRound.forEach((round, group) -> {
                double mean = group.stream().mapToDouble(LadderRow::testAccuracy).average().orElse(Double.NaN);
                double min = group.stream().mapToDouble(LadderRow::testAccuracy).min().orElse(Double.NaN);
                double max = group.stream().mapToDouble(LadderRow::testAccuracy).max().orElse(Double.NaN);
                double stop = group.stream().mapToLong(LadderRow::earlyStopStep).average().orElse(Double.NaN);
                double remaining = group.stream().mapToDouble(LadderRow::remaining).average().orElse(Double.NaN);
                points.add(new Point(control, round, remaining, mean, min, max, stop, group.size()));
            });
            summary.put(control, points);
        });
        return summary;
    }
}
