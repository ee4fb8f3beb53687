package dev.dendrite.analysis.evaluation;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** A {@link ReconstructionReport} in an evaluation's JSON, and back. */
final class ReconstructionJson {

    private ReconstructionJson() {
    }

    static void write(ReconstructionReport r, JsonObject o) {
        o.addProperty("samples", r.samples());
        o.add("meanSquaredError", Evaluation.number(r.meanSquaredError()));
        o.add("psnr", Evaluation.number(r.psnr()));
        JsonArray classes = new JsonArray();
        for (ReconstructionReport.ClassErrors c : r.classes()) {
            JsonObject row = new JsonObject();
            row.addProperty("label", c.label());
            row.addProperty("samples", c.samples());
            row.add("meanError", Evaluation.number(c.meanError()));
            row.add("auc", Evaluation.number(c.auc()));
            classes.add(row);
        }
        o.add("classes", classes);
        JsonArray worst = new JsonArray();
        for (ReconstructionReport.Worst w : r.worst()) {
            JsonObject row = new JsonObject();
            row.addProperty("sample", w.sample());
            row.addProperty("label", w.label());
            row.add("error", Evaluation.number(w.error()));
            // The pictures travel with the report, so the view draws them without reading the data set.
            row.add("input", values(w.input()));
            row.add("reconstruction", values(w.reconstruction()));
            worst.add(row);
        }
        o.add("worst", worst);
    }

    /** Four decimals draw a picture exactly enough and keep the file a fraction of the size. */
    private static JsonArray values(float[] values) {
        JsonArray array = new JsonArray();
        for (float v : values) {
            array.add(Math.round(v * 1e4) / 1e4);
        }
        return array;
    }

    private static float[] floats(JsonArray array) {
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).getAsFloat();
        }
        return values;
    }

    static ReconstructionReport read(JsonObject o) {
        List<ReconstructionReport.ClassErrors> classes = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("classes")) {
            JsonObject row = e.getAsJsonObject();
            classes.add(new ReconstructionReport.ClassErrors(row.get("label").getAsInt(), row.get("samples").getAsInt(), Evaluation.value(row,
                    "meanError"), Evaluation.value(row, "auc")));
        }
        List<ReconstructionReport.Worst> worst = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("worst")) {
            JsonObject row = e.getAsJsonObject();
            worst.add(new ReconstructionReport.Worst(row.get("sample").getAsInt(), row.get("label").getAsInt(), Evaluation.value(row, "error"),
                    floats(row.getAsJsonArray("input")), floats(row.getAsJsonArray("reconstruction"))));
        }
        return new ReconstructionReport(o.get("samples").getAsInt(), Evaluation.value(o, "meanSquaredError"), Evaluation.value(o, "psnr"),
                List.copyOf(classes), List.copyOf(worst));
    }
}
