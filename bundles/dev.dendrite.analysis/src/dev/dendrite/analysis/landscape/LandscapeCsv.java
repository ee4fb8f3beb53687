package dev.dendrite.analysis.landscape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Planes and paths as the CSV files {@code dendrite landscape} leaves in a run's {@code landscape/}
 * folder, and back: what the workbench's view shows of a run without computing it again.
 */
public final class LandscapeCsv {

    private static final String PLANE_HEADER = "alpha,beta,loss,accuracy";
    private static final String PATH_HEADER = "alpha,loss,accuracy";

    private LandscapeCsv() {
    }

    /** A plane's file in a run directory: {@code landscape/plane-seedS.csv}. */
    public static Path planeFile(Path run, long seed) {
        return run.resolve("landscape").resolve("plane-seed" + seed + ".csv");
    }

    /** The curvature {@code dendrite sharpness} keeps in a run directory: {@code landscape/sharpness.json}. */
    public static Path sharpnessFile(Path run) {
        return run.resolve("landscape").resolve("sharpness.json");
    }

    /** The Hessian's eigenvalue density {@code dendrite sharpness --spectrum} keeps: {@code landscape/spectrum.csv}. */
    public static Path spectrumFile(Path run) {
        return run.resolve("landscape").resolve("spectrum.csv");
    }

    /** Writes the spectrum's density (eigenvalue, density). */
    public static void write(HessianSpectrum spectrum, Path file) throws IOException {
        StringBuilder csv = new StringBuilder("eigenvalue,density\n");
        for (int g = 0; g < spectrum.grid().length; g++) {
            csv.append(spectrum.grid()[g]).append(',').append(spectrum.density()[g]).append('\n');
        }
        save(file, csv);
    }

    /** A path's file in a run directory: {@code landscape/path-to-OTHER.csv}. */
    public static Path pathFile(Path run, Path other) {
        return run.resolve("landscape").resolve("path-to-" + other.toAbsolutePath().normalize().getFileName() + ".csv");
    }

    /** A trajectory's plane in a run directory: {@code landscape/trajectory.csv}; its path beside it, {@code trajectory-path.csv}. */
    public static Path trajectoryFile(Path run) {
        return run.resolve("landscape").resolve("trajectory.csv");
    }

    /** The trajectory's report as {@code landscape --trajectory --json} prints it, kept beside its values: {@code landscape/trajectory.json}. */
    public static Path trajectoryReport(Path run) {
        return run.resolve("landscape").resolve("trajectory.json");
    }

    /** Writes the trajectory's plane to {@code file} (x, y, loss, accuracy) and its path beside it (epoch, x, y, loss, accuracy, in-plane share). */
    public static void write(Trajectory trajectory, Path file) throws IOException {
        save(file, grid("x,y,loss,accuracy", trajectory.xs(), trajectory.ys(), trajectory.loss(), trajectory.accuracy()));
        StringBuilder path = new StringBuilder("epoch,x,y,loss,accuracy,inPlane\n");
        for (int p = 0; p < trajectory.epochs().length; p++) {
            path.append(trajectory.epochs()[p]).append(',').append(trajectory.path()[p][0]).append(',').append(trajectory.path()[p][1]).append(',')
                    .append(trajectory.pathLoss()[p]).append(',').append(Double.isNaN(trajectory.pathAccuracy()[p]) ? "" : trajectory
                            .pathAccuracy()[p]).append(',').append(trajectory.inPlane()[p]).append('\n');
        }
        save(file.resolveSibling("trajectory-path.csv"), path);
    }

    public static void write(LossLandscape.Plane plane, Path file) throws IOException {
        save(file, grid(PLANE_HEADER, plane.coordinates(), plane.coordinates(), plane.loss(), plane.accuracy()));
    }

    public static void write(LossLandscape.Line line, Path file) throws IOException {
        StringBuilder csv = new StringBuilder(PATH_HEADER).append('\n');
        for (int s = 0; s < line.alphas().length; s++) {
            csv.append(line.alphas()[s]).append(',').append(line.loss()[s]).append(',')
                    .append(Double.isNaN(line.accuracy()[s]) ? "" : line.accuracy()[s]).append('\n');
        }
        save(file, csv);
    }

    /**
     * @param samples recorded with the plane (the file does not keep it)
     * @throws IOException naming the file where it is no plane of points in rows by β, then α
     */
    public static LossLandscape.Plane readPlane(Path file, int samples) throws IOException {
        List<double[]> rows = rows(file, PLANE_HEADER, 4);
        int n = (int) Math.round(Math.sqrt(rows.size()));
        if (n < 2 || n * n != rows.size()) {
            throw new IOException(file + " holds " + rows.size() + " points, not a square grid");
        }
        double[] coordinates = new double[n];
        double[][] loss = new double[n][n];
        double[][] accuracy = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double[] row = rows.get(j * n + i);
                if (j == 0) {
                    coordinates[i] = row[0];
                } else if (row[0] != coordinates[i]) {
                    throw new IOException(file + ": point " + (j * n + i) + " is off the grid");
                }
                loss[j][i] = row[2];
                accuracy[j][i] = row[3];
            }
        }
        return new LossLandscape.Plane(coordinates, loss, accuracy, samples);
    }

    /** @throws IOException naming the file where it is no path */
    public static LossLandscape.Line readPath(Path file, int samples) throws IOException {
        List<double[]> rows = rows(file, PATH_HEADER, 3);
        if (rows.size() < 2) {
            throw new IOException(file + " holds fewer than two points");
        }
        double[] alphas = new double[rows.size()];
        double[] loss = new double[rows.size()];
        double[] accuracy = new double[rows.size()];
        double[] error = new double[rows.size()];
        for (int s = 0; s < alphas.length; s++) {
            alphas[s] = rows.get(s)[0];
            loss[s] = rows.get(s)[1];
            accuracy[s] = rows.get(s)[2];
            error[s] = 1 - accuracy[s];
        }
        return new LossLandscape.Line(alphas, loss, accuracy, LossLandscape.barrier(alphas, loss),
                Double.isNaN(accuracy[0]) ? Double.NaN : LossLandscape.barrier(alphas, error), samples);
    }

    private static List<double[]> rows(Path file, String header, int columns) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(header)) {
            throw new IOException(file + " does not begin with " + header);
        }
        List<double[]> rows = new ArrayList<>();
        for (int k = 1; k < lines.size(); k++) {
            if (lines.get(k).isBlank()) {
                continue;
            }
            String[] cells = lines.get(k).split(",", -1);
            if (cells.length != columns) {
                throw new IOException(file + ", line " + (k + 1) + ": " + cells.length + " values, not " + columns);
            }
            double[] row = new double[columns];
            for (int c = 0; c < columns; c++) {
                try {
                    row[c] = cells[c].isEmpty() ? Double.NaN : Double.parseDouble(cells[c]);
                } catch (NumberFormatException e) {
                    throw new IOException(file + ", line " + (k + 1) + ": '" + cells[c] + "' is no number");
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** A grid's points, a line per point in rows along {@code ys} then {@code xs}: x, y, loss and accuracy (empty where NaN). */
    private static StringBuilder grid(String header, double[] xs, double[] ys, double[][] loss, double[][] accuracy) {
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                csv.append(xs[i]).append(',').append(ys[j]).append(',').append(loss[j][i]).append(',')
                        .append(Double.isNaN(accuracy[j][i]) ? "" : accuracy[j][i]).append('\n');
            }
        }
        return csv;
    }

    private static void save(Path file, CharSequence text) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
