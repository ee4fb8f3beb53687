package dev.dendrite.analysis.evaluation;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** A {@link SequenceReport} as the {@code "sequence"} member of an evaluation's JSON, and back. */
final class SequenceJson {

    private SequenceJson() {
    }

    static JsonObject toJson(SequenceReport s) {
        JsonObject o = new JsonObject();
        o.addProperty("unit", s.unit());
        o.addProperty("score", s.score());
        o.addProperty("sequences", s.sequences());
        o.add("sequenceAccuracy", Evaluation.number(s.sequenceAccuracy()));
        o.add("byPosition", points(s.byPosition()));
        o.add("byLength", points(s.byLength()));
        if (s.greedy() == null) {
            o.add("greedy", com.google.gson.JsonNull.INSTANCE);
        } else {
            JsonObject g = new JsonObject();
            g.addProperty("input", s.greedy().input());
            g.add("tokenAccuracy", Evaluation.number(s.greedy().tokenAccuracy()));
            g.add("sequenceAccuracy", Evaluation.number(s.greedy().sequenceAccuracy()));
            g.add("byPosition", points(s.greedy().byPosition()));
            o.add("greedy", g);
        }
        return o;
    }

    /** The report a {@code "sequence"} member holds, or null (absent, null: not a sequence model's evaluation). */
    static SequenceReport fromJson(JsonElement e, JsonObject evaluation) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        SequenceReport.Greedy greedy = null;
        if (o.has("greedy") && !o.get("greedy").isJsonNull()) {
            JsonObject g = o.getAsJsonObject("greedy");
            greedy = new SequenceReport.Greedy(g.get("input").getAsString(), Evaluation.value(g, "tokenAccuracy"), Evaluation.value(g,
                    "sequenceAccuracy"), points(g.getAsJsonArray("byPosition")));
        }
        JsonArray mistakes = evaluation.has("mistakes") ? evaluation.getAsJsonArray("mistakes") : new JsonArray();
        int[] positions = new int[mistakes.size()];
        int kept = 0;
        for (JsonElement m : mistakes) {
            JsonObject row = m.getAsJsonObject();
            if (row.has("position")) {
                positions[kept++] = row.get("position").getAsInt();
            }
        }
        return new SequenceReport(o.get("unit").getAsString(), o.get("score").getAsString(), o.get("sequences").getAsInt(), Evaluation.value(o,
                "sequenceAccuracy"), points(o.getAsJsonArray("byPosition")), points(o.getAsJsonArray("byLength")), greedy,
                java.util.Arrays.copyOf(positions, kept));
    }

    private static JsonArray points(List<SequenceReport.Point> points) {
        JsonArray array = new JsonArray();
        for (SequenceReport.Point p : points) {
            JsonObject row = new JsonObject();
            row.addProperty("at", p.at());
            row.addProperty("count", p.count());
            row.add("score", Evaluation.number(p.score()));
            array.add(row);
        }
        return array;
    }

    private static List<SequenceReport.Point> points(JsonArray array) {
        List<SequenceReport.Point> points = new ArrayList<>();
        for (JsonElement e : array) {
            JsonObject row = e.getAsJsonObject();
            points.add(new SequenceReport.Point(row.get("at").getAsInt(), row.get("count").getAsInt(), Evaluation.value(row, "score")));
        }
        return List.copyOf(points);
    }
}
