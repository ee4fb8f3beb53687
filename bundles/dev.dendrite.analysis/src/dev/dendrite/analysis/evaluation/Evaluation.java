package dev.dendrite.analysis.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * A model evaluated on one split of a data set: a classification or a regression report, with
 * what was evaluated. Its JSON ({@link #toJson}) is what {@code dendrite evaluate --json} prints
 * and what it leaves in a run directory as {@code evaluation-SPLIT.json} for the Evaluation view;
 * undefined scores are {@code null}.
 *
 * @param model the evaluated model file
 * @param dataset the data set's specification
 * @param split the split evaluated ("test" or "train")
 * @param classification the report where the data has class labels, else null
 * @param regression the report where it has float targets, else null
 * @param temperatureScaling a classifier's confidences recalibrated on the run's validation split, or null
 * @param sequence a sequence model's scores by position and length, or null for vectors, images and graphs
 * @param reconstruction an autoencoder's report (then classification and regression are null), or null
 */
public record Evaluation(String model, String dataset, String split, ClassificationReport classification, RegressionReport regression,
        TemperatureScaling temperatureScaling, SequenceReport sequence, ReconstructionReport reconstruction) {

    /** An evaluation without temperature scaling. */
    public Evaluation(String model, String dataset, String split, ClassificationReport classification, RegressionReport regression) {
        this(model, dataset, split, classification, regression, null, null, null);
    }

    /** An evaluation of vectors, images or graphs. */
    public Evaluation(String model, String dataset, String split, ClassificationReport classification, RegressionReport regression,
            TemperatureScaling temperatureScaling) {
        this(model, dataset, split, classification, regression, temperatureScaling, null, null);
    }

    /** An evaluation of a sequence model. */
    public Evaluation(String model, String dataset, String split, ClassificationReport classification, RegressionReport regression,
            TemperatureScaling temperatureScaling, SequenceReport sequence) {
        this(model, dataset, split, classification, regression, temperatureScaling, sequence, null);
    }

    /** An autoencoder's evaluation. */
    public Evaluation(String model, String dataset, String split, ReconstructionReport reconstruction) {
        this(model, dataset, split, null, null, null, null, reconstruction);
    }

    /** The file a run directory keeps the evaluation of {@code split} in. */
    public static String fileName(String split) {
        return "evaluation-" + split + ".json";
    }

    /** "classification", "regression" or "reconstruction". */
    public String task() {
        return classification != null ? "classification" : reconstruction != null ? "reconstruction" : "regression";
    }

    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("model", model);
        o.addProperty("dataset", dataset);
        o.addProperty("split", split);
        o.addProperty("task", task());
        if (classification != null) {
            ClassificationReport c = classification;
            o.addProperty("samples", c.samples());
            o.add("accuracy", number(c.accuracy()));
            o.addProperty("topK", c.topK());
            o.add("topKAccuracy", number(c.topKAccuracy()));
            o.add("logLoss", number(c.logLoss()));
            o.add("balancedAccuracy", number(c.balancedAccuracy()));
            o.add("macroF1", number(c.macroF1()));
            o.add("weightedF1", number(c.weightedF1()));
            o.add("calibrationError", number(c.calibrationError()));
            JsonArray classes = new JsonArray();
            for (ClassificationReport.ClassScores s : c.classes()) {
                JsonObject row = new JsonObject();
                row.addProperty("label", s.label());
                row.add("precision", number(s.precision()));
                row.add("recall", number(s.recall()));
                row.add("f1", number(s.f1()));
                row.addProperty("support", s.support());
                row.addProperty("predicted", s.predicted());
                classes.add(row);
            }
            o.add("classes", classes);
            JsonArray confusion = new JsonArray();
            for (int[] actual : c.confusion()) {
                JsonArray row = new JsonArray();
                for (int count : actual) {
                    row.add(count);
                }
                confusion.add(row);
            }
            o.add("confusion", confusion);
            JsonArray confused = new JsonArray();
            for (ClassificationReport.Confusion cell : c.confusions()) {
                JsonObject row = new JsonObject();
                row.addProperty("actual", cell.actual());
                row.addProperty("predicted", cell.predicted());
                row.addProperty("count", cell.count());
                row.add("share", number(cell.share()));
                confused.add(row);
            }
            o.add("mostConfused", confused);
            JsonArray bins = new JsonArray();
            for (ClassificationReport.ReliabilityBin bin : c.reliability()) {
                JsonObject row = new JsonObject();
                row.add("from", number(bin.from()));
                row.add("to", number(bin.to()));
                row.addProperty("count", bin.count());
                row.add("confidence", number(bin.confidence()));
                row.add("accuracy", number(bin.accuracy()));
                bins.add(row);
            }
            o.add("reliability", bins);
            JsonArray mistakes = new JsonArray();
            int[] positions = sequence == null ? new int[0] : sequence.mistakePositions();
            for (int i = 0; i < c.mistakes().size(); i++) {
                ClassificationReport.Mistake m = c.mistakes().get(i);
                JsonObject row = new JsonObject();
                row.addProperty("sample", m.sample());
                if (i < positions.length) {
                    row.addProperty("position", positions[i]);
                }
                row.addProperty("actual", m.actual());
                row.addProperty("predicted", m.predicted());
                row.add("confidence", number(m.confidence()));
                mistakes.add(row);
            }
            o.add("mistakes", mistakes);
            if (temperatureScaling == null) {
                o.add("temperatureScaling", JsonNull.INSTANCE);
            } else {
                JsonObject t = new JsonObject();
                t.add("temperature", number(temperatureScaling.temperature()));
                t.add("calibrationError", number(temperatureScaling.calibrationError()));
                t.add("logLoss", number(temperatureScaling.logLoss()));
                o.add("temperatureScaling", t);
            }
        } else if (reconstruction != null) {
            ReconstructionJson.write(reconstruction, o);
        } else {
            RegressionReport r = regression;
            o.addProperty("samples", r.samples());
            o.add("meanSquaredError", number(r.meanSquaredError()));
            o.add("rootMeanSquaredError", number(r.rootMeanSquaredError()));
            o.add("meanAbsoluteError", number(r.meanAbsoluteError()));
            o.add("r2", number(r.r2()));
            JsonArray outputs = new JsonArray();
            for (RegressionReport.OutputScores s : r.outputs()) {
                JsonObject row = new JsonObject();
                row.addProperty("index", s.index());
                row.add("meanSquaredError", number(s.meanSquaredError()));
                row.add("meanAbsoluteError", number(s.meanAbsoluteError()));
                row.add("r2", number(s.r2()));
                outputs.add(row);
            }
            o.add("outputs", outputs);
        }
        o.add("sequence", sequence == null ? JsonNull.INSTANCE : SequenceJson.toJson(sequence));
        return o;
    }

    /** The JSON on one line, nulls kept: what {@code dendrite evaluate --json} prints. */
    public String toJsonLine() {
        return toJsonLine(java.util.Map.of());
    }

    /** As {@link #toJsonLine()}, with more members after the evaluation's (plain values, maps and lists). */
    public String toJsonLine(java.util.Map<String, ?> more) {
        JsonObject o = toJson();
        more.forEach((name, value) -> o.add(name, dev.dendrite.train.run.RunJson.tree(value)));
        return new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(o);
    }

    /** Writes the JSON through a temporary file, so a reader never sees half of it. */
    public void write(Path file) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create().toJson(toJson()) + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads an evaluation's JSON back.
     *
     * @throws IOException when the file cannot be read or is not an evaluation, naming the file
     */
    public static Evaluation read(Path file) throws IOException {
        try {
            return fromJson(JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject());
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            throw new IOException(file + " is not an evaluation written by dendrite evaluate: " + e.getMessage(), e);
        }
    }

    /**
     * Reads an evaluation from the JSON {@code dendrite evaluate --json} prints.
     *
     * @throws IOException when the text is not an evaluation
     */
    public static Evaluation parse(String json) throws IOException {
        try {
            return fromJson(JsonParser.parseString(json).getAsJsonObject());
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            throw new IOException("not an evaluation printed by dendrite evaluate --json: " + e.getMessage(), e);
        }
    }

    static Evaluation fromJson(JsonObject o) {
        String model = o.get("model").getAsString();
        String dataset = o.get("dataset").getAsString();
        String split = o.get("split").getAsString();
        int samples = o.get("samples").getAsInt();
        if ("reconstruction".equals(o.get("task").getAsString())) {
            return new Evaluation(model, dataset, split, ReconstructionJson.read(o));
        }
        if ("regression".equals(o.get("task").getAsString())) {
            List<RegressionReport.OutputScores> outputs = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("outputs")) {
                JsonObject row = e.getAsJsonObject();
                outputs.add(new RegressionReport.OutputScores(row.get("index").getAsInt(), value(row, "meanSquaredError"),
                        value(row, "meanAbsoluteError"), value(row, "r2")));
            }
            return new Evaluation(model, dataset, split, null, new RegressionReport(samples, value(o, "meanSquaredError"),
                    value(o, "meanAbsoluteError"), value(o, "r2"), List.copyOf(outputs)), null, SequenceJson.fromJson(o.get("sequence"), o));
        }
        List<ClassificationReport.ClassScores> classes = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("classes")) {
            JsonObject row = e.getAsJsonObject();
            classes.add(new ClassificationReport.ClassScores(row.get("label").getAsInt(), value(row, "precision"), value(row, "recall"),
                    value(row, "f1"), row.get("support").getAsInt(), row.get("predicted").getAsInt()));
        }
        JsonArray rows = o.getAsJsonArray("confusion");
        int[][] confusion = new int[rows.size()][];
        for (int a = 0; a < confusion.length; a++) {
            JsonArray row = rows.get(a).getAsJsonArray();
            confusion[a] = new int[row.size()];
            for (int p = 0; p < row.size(); p++) {
                confusion[a][p] = row.get(p).getAsInt();
            }
        }
        List<ClassificationReport.Confusion> confused = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("mostConfused")) {
            JsonObject row = e.getAsJsonObject();
            confused.add(new ClassificationReport.Confusion(row.get("actual").getAsInt(), row.get("predicted").getAsInt(), row.get("count").getAsInt(),
                    value(row, "share")));
        }
        List<ClassificationReport.ReliabilityBin> bins = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("reliability")) {
            JsonObject row = e.getAsJsonObject();
            bins.add(new ClassificationReport.ReliabilityBin(value(row, "from"), value(row, "to"), row.get("count").getAsInt(), value(row, "confidence"),
                    value(row, "accuracy")));
        }
        List<ClassificationReport.Mistake> mistakes = new ArrayList<>();
        // Absent from files written before mistakes were kept: none listed.
        JsonArray kept = o.has("mistakes") ? o.getAsJsonArray("mistakes") : new JsonArray();
        for (JsonElement e : kept) {
            JsonObject row = e.getAsJsonObject();
            mistakes.add(new ClassificationReport.Mistake(row.get("sample").getAsInt(), row.get("actual").getAsInt(), row.get("predicted").getAsInt(),
                    value(row, "confidence")));
        }
        return new Evaluation(model, dataset, split, new ClassificationReport(samples, value(o, "accuracy"), o.get("topK").getAsInt(),
                value(o, "topKAccuracy"), value(o, "logLoss"), value(o, "balancedAccuracy"), value(o, "macroF1"), value(o, "weightedF1"),
                value(o, "calibrationError"), List.copyOf(classes), confusion, List.copyOf(confused), List.copyOf(bins), List.copyOf(mistakes)),
                null, temperature(o.get("temperatureScaling")), SequenceJson.fromJson(o.get("sequence"), o));
    }

    private static TemperatureScaling temperature(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        JsonObject t = e.getAsJsonObject();
        return new TemperatureScaling(value(t, "temperature"), value(t, "calibrationError"), value(t, "logLoss"));
    }

    static JsonElement number(double value) {
        return Double.isFinite(value) ? new JsonPrimitive(value) : JsonNull.INSTANCE;
    }

    static double value(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? Double.NaN : e.getAsDouble();
    }
}
