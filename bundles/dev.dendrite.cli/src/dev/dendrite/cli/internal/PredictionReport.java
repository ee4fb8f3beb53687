package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.analysis.prediction.Predictions;

/**
 * {@code dendrite predict}'s output: its text, its JSON and its CSV; {@code seen} the pictures as read, or null where not
 * saved, {@code reconstructions} an autoencoder's pictures of them by input.
 */
record PredictionReport(Path model, PredictInputs inputs, List<Predictions.Prediction> predictions, List<String> names, List<Path> seen,
        Map<Integer, Path> reconstructions) {

    private String name(int label) {
        return label >= 0 && label < names.size() ? names.get(label) : String.valueOf(label);
    }

    Map<String, Object> json() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < predictions.size(); i++) {
            Predictions.Prediction p = predictions.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("input", inputs.names().get(i));
            row.put("inverted", inputs.inverted().get(i));
            if (seen != null && seen.get(i) != null) {
                row.put("seen", seen.get(i).toString());
            }
            if (p.label() >= 0) {
                row.put("predicted", p.label());
                row.put("name", name(p.label()));
                row.put("probability", p.probability());
                List<Map<String, Object>> top = new ArrayList<>();
                for (Predictions.Ranked r : p.top()) {
                    Map<String, Object> ranked = new LinkedHashMap<>();
                    ranked.put("class", r.label());
                    ranked.put("name", name(r.label()));
                    ranked.put("probability", r.probability());
                    top.add(ranked);
                }
                row.put("top", top);
            } else if (p.reconstructed()) {
                row.put("reconstructionError", p.reconstructionError());
                if (reconstructions.containsKey(i)) {
                    row.put("reconstruction", reconstructions.get(i).toString());
                }
            } else {
                List<Double> values = new ArrayList<>();
                for (float v : p.values()) {
                    values.add((double) v);
                }
                row.put("values", values);
            }
            rows.add(row);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", model.toString());
        json.put("classes", names);
        json.put("predictions", rows);
        return json;
    }

    String text() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s on %d input(s)%n", model, predictions.size()));
        int width = inputs.names().stream().mapToInt(String::length).max().orElse(5);
        for (int i = 0; i < predictions.size(); i++) {
            Predictions.Prediction p = predictions.get(i);
            text.append(String.format(Locale.ROOT, "%-" + width + "s  ", inputs.names().get(i)));
            if (p.label() >= 0) {
                text.append(String.format(Locale.ROOT, "%s (%.1f%%)", name(p.label()), 100 * p.probability()));
                if (p.top().size() > 1) {
                    text.append("   then");
                    for (Predictions.Ranked r : p.top().subList(1, p.top().size())) {
                        text.append(String.format(Locale.ROOT, " %s %.1f%%", name(r.label()), 100 * r.probability()));
                    }
                }
            } else if (p.reconstructed()) {
                text.append(String.format(Locale.ROOT, "reconstruction error %.6g", p.reconstructionError()));
            } else {
                for (float v : p.values()) {
                    text.append(String.format(Locale.ROOT, "%.6g ", v));
                }
            }
            text.append(inputs.inverted().get(i) ? "   (inverted: dark on light)" : "").append('\n');
        }
        return text.toString().stripTrailing();
    }

    String csv() {
        StringBuilder csv = new StringBuilder();
        boolean classes = !predictions.isEmpty() && predictions.get(0).label() >= 0;
        boolean reconstructed = !predictions.isEmpty() && predictions.get(0).reconstructed();
        if (classes) {
            csv.append("input,predicted,name,probability\n");
        } else if (reconstructed) {
            csv.append("input,reconstructionError\n");
        } else {
            csv.append("input");
            for (int j = 0; j < (predictions.isEmpty() ? 0 : predictions.get(0).values().length); j++) {
                csv.append(",value").append(j);
            }
            csv.append('\n');
        }
        for (int i = 0; i < predictions.size(); i++) {
            Predictions.Prediction p = predictions.get(i);
            csv.append(quoted(inputs.names().get(i)));
            if (classes) {
                csv.append(',').append(p.label()).append(',').append(quoted(name(p.label()))).append(',').append(p.probability());
            } else if (reconstructed) {
                csv.append(',').append(p.reconstructionError());
            } else {
                for (float v : p.values()) {
                    csv.append(',').append(v);
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
