package dev.dendrite.analysis.landscape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.analysis.landscape.InstabilityAnalysis.Row;

/** An instability analysis's table: {@code stability.csv} and {@code stability.json}, written and read back. */
public final class StabilityTable {

    private StabilityTable() {
    }

    /** stability.json and stability.csv: a row per step (what the Lottery Lab draws). */
    public static void write(Path out, List<Row> rows) throws IOException {
        List<Object> json = new ArrayList<>();
        for (Row r : rows) {
            json.add(r.toMap());
        }
        dev.dendrite.model.io.AtomicFiles.write(out.resolve(JSON), dev.dendrite.train.run.RunJson.document(Map.of("rows", json))
                .getBytes(StandardCharsets.UTF_8));
        dev.dendrite.model.io.AtomicFiles.write(out.resolve(CSV), csv(rows).getBytes(StandardCharsets.UTF_8));
    }

    /** The rows as {@code stability.csv} holds them (what {@link #read} reads back). */
    public static String csv(List<Row> rows) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (Row r : rows) {
            csv.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s,%s%n", r.step(), cell(r.accuracyA()), cell(r.accuracyB()), cell(r.lossA()),
                    cell(r.lossB()), cell(r.barrier()), cell(r.errorBarrier())));
        }
        return csv.toString();
    }

    public static final String JSON = "stability.json";
    public static final String CSV = "stability.csv";
    static final String CSV_HEADER = "step,testAccuracyA,testAccuracyB,testLossA,testLossB,barrier,errorBarrier";

    /**
     * The rows of a {@code stability.csv} (what {@link #write} wrote).
     *
     * @throws IOException naming the file and line where it is no stability table
     */
    public static List<Row> read(Path csv, Path out) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().equals(CSV_HEADER)) {
            throw new IOException(csv + " is no stability table: its first line is not " + CSV_HEADER);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split(",", -1);
            try {
                long step = Long.parseLong(cells[0].strip());
                Path dir = out.resolve("step-" + step);
                rows.add(new Row(step, value(cells[1]), value(cells[2]), value(cells[3]), value(cells[4]), value(cells[5]), value(cells[6]),
                        dir.resolve("copy-1").toString(), dir.resolve("copy-2").toString()));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IOException(csv + " line " + (i + 1) + " is no row of step and six numbers: " + lines.get(i));
            }
        }
        return rows;
    }

    private static double value(String cell) {
        return cell.isBlank() ? Double.NaN : Double.parseDouble(cell.strip());
    }

    private static String cell(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6f", value);
    }
}
