package dev.dendrite.launching.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

import dev.dendrite.analysis.landscape.LandscapeCsv;
import dev.dendrite.analysis.landscape.LossLandscape;
import dev.dendrite.analysis.landscape.Trajectory;

/**
 * {@code dendrite landscape} of a run in a trainer JVM, and the planes and paths it leaves in the
 * run's {@code landscape/} folder: what the Loss Landscape view draws.
 */
public final class RunLandscape {

    /** The seed of the plane the view computes and shows. */
    public static final long SEED = 1;
    /** Samples of the training split the view's landscapes evaluate (the command's default). */
    public static final int SAMPLES = 2000;

    private RunLandscape() {
    }

    /** The plane around the run's weights it keeps, or null (none, or unreadable: compute again). */
    public static LossLandscape.Plane keptPlane(Path run) {
        try {
            Path file = LandscapeCsv.planeFile(run, SEED);
            return java.nio.file.Files.isRegularFile(file) ? LandscapeCsv.readPlane(file, SAMPLES) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The path from the run's weights to {@code other}'s it keeps, or null. */
    public static LossLandscape.Line keptPath(Path run, Path other) {
        try {
            Path file = LandscapeCsv.pathFile(run, other);
            return java.nio.file.Files.isRegularFile(file) ? LandscapeCsv.readPath(file, SAMPLES) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Computes the plane around the run's weights; cancelling the monitor ends the trainer JVM. */
    public static LossLandscape.Plane plane(Path run, IProgressMonitor monitor) throws CoreException {
        compute(run, List.of(), "The loss landscape around " + run.getFileName(), monitor);
        LossLandscape.Plane plane = keptPlane(run);
        if (plane == null) {
            throw new CoreException(Status.error("the landscape of " + run.getFileName() + " left no readable plane"));
        }
        return plane;
    }

    /** Computes the path from the run's weights to {@code other}'s. */
    public static LossLandscape.Line path(Path run, Path other, IProgressMonitor monitor) throws CoreException {
        compute(run, List.of("--to", other.toString()), "The loss from " + run.getFileName() + " to " + other.getFileName(), monitor);
        LossLandscape.Line line = keptPath(run, other);
        if (line == null) {
            throw new CoreException(Status.error("the path from " + run.getFileName() + " left no readable values"));
        }
        return line;
    }

    /** The training path over the loss the run keeps ({@code landscape/trajectory.json}), or null (none, or unreadable: compute again). */
    public static Trajectory keptTrajectory(Path run) {
        Path file = LandscapeCsv.trajectoryReport(run);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return null;
        }
        try {
            var json = com.google.gson.JsonParser.parseString(java.nio.file.Files.readString(file)).getAsJsonObject();
            var path = json.getAsJsonArray("path");
            int m = path.size();
            int[] epochs = new int[m];
            double[][] points = new double[m][2];
            double[] loss = new double[m];
            double[] accuracy = new double[m];
            double[] inPlane = new double[m];
            for (int p = 0; p < m; p++) {
                var point = path.get(p).getAsJsonObject();
                epochs[p] = point.get("epoch").getAsInt();
                points[p] = new double[] {point.get("x").getAsDouble(), point.get("y").getAsDouble()};
                loss[p] = point.get("loss").getAsDouble();
                accuracy[p] = number(point, "accuracy");
                inPlane[p] = point.get("inPlane").getAsDouble();
            }
            double[][] grid = grid(json.getAsJsonArray("loss"));
            double[][] gridAccuracy = json.get("accuracy").isJsonNull() ? nan(grid) : grid(json.getAsJsonArray("accuracy"));
            return new Trajectory(doubles(json.getAsJsonArray("xs")), doubles(json.getAsJsonArray("ys")), grid, gridAccuracy, epochs, points, loss,
                    accuracy, doubles(json.getAsJsonArray("explained")), inPlane, json.get("samples").getAsInt());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Computes the run's training path over the loss (the run must have kept its weights along training). */
    public static Trajectory trajectory(Path run, IProgressMonitor monitor) throws CoreException {
        compute(run, List.of("--trajectory"), "The training path of " + run.getFileName(), monitor);
        Trajectory trajectory = keptTrajectory(run);
        if (trajectory == null) {
            throw new CoreException(Status.error("the training path of " + run.getFileName() + " left no readable report"));
        }
        return trajectory;
    }

    /** Whether the run kept weights along its training, which its training path needs. */
    public static boolean keptWeights(Path run) {
        return java.nio.file.Files.isDirectory(run.resolve(dev.dendrite.train.run.RunFiles.KEPT_WEIGHTS));
    }

    private static double[] doubles(com.google.gson.JsonArray array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).getAsDouble();
        }
        return values;
    }

    private static double[][] grid(com.google.gson.JsonArray rows) {
        double[][] grid = new double[rows.size()][];
        for (int j = 0; j < grid.length; j++) {
            grid[j] = doubles(rows.get(j).getAsJsonArray());
        }
        return grid;
    }

    private static double[][] nan(double[][] like) {
        double[][] grid = new double[like.length][];
        for (int j = 0; j < grid.length; j++) {
            grid[j] = new double[like[j].length];
            java.util.Arrays.fill(grid[j], Double.NaN);
        }
        return grid;
    }

    /**
     * What {@code dendrite sharpness} keeps of a run's curvature.
     *
     * @param edgeOfStability SGD's 2(1 + β)/η, NaN for other optimizers
     * @param trace NaN when not estimated; {@code traceError} likewise
     */
    public record Curvature(double topEigenvalue, double trace, double traceError, double edgeOfStability) {

        /** One line for a status bar. */
        public String describe() {
            String line = String.format(java.util.Locale.ROOT, "Hessian's top eigenvalue %.3g", topEigenvalue);
            if (!Double.isNaN(edgeOfStability)) {
                line += String.format(java.util.Locale.ROOT, " (%.0f%% of SGD's edge of stability %.3g)", 100 * topEigenvalue / edgeOfStability,
                        edgeOfStability);
            }
            if (!Double.isNaN(trace)) {
                line += String.format(java.util.Locale.ROOT, ", trace %.3g%s", trace, Double.isNaN(traceError) ? ""
                        : String.format(java.util.Locale.ROOT, " ± %.2g", traceError));
            }
            return line;
        }
    }

    /** The curvature the run keeps, or null (none, or unreadable: measure again). */
    public static Curvature keptCurvature(Path run) {
        Path file = LandscapeCsv.sharpnessFile(run);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return null;
        }
        try {
            var json = com.google.gson.JsonParser.parseString(java.nio.file.Files.readString(file)).getAsJsonObject();
            return new Curvature(json.get("topEigenvalue").getAsDouble(), number(json, "trace"), number(json, "traceError"),
                    number(json, "edgeOfStability"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static double number(com.google.gson.JsonObject json, String key) {
        return json.has(key) && json.get(key).isJsonPrimitive() ? json.get(key).getAsDouble() : Double.NaN;
    }

    /**
     * The Hessian's eigenvalue density {@code dendrite sharpness --spectrum} keeps.
     *
     * @param ritzValues the first Lanczos run's Ritz values, largest first
     * @param residuals each one's residual bound
     */
    public record Spectrum(double[] ritzValues, double[] residuals, double[] grid, double[] density, int steps, int probes, int samples) {

        /** The Ritz values that settled (residual under a percent of their magnitude), largest first. */
        public double[] settled() {
            return java.util.stream.IntStream.range(0, ritzValues.length).filter(k -> residuals[k] < 0.01 * Math.abs(ritzValues[k])).mapToDouble(
                    k -> ritzValues[k]).toArray();
        }
    }

    /** The spectrum the run keeps (in its sharpness.json), or null. */
    public static Spectrum keptSpectrum(Path run) {
        Path file = LandscapeCsv.sharpnessFile(run);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return null;
        }
        try {
            var json = com.google.gson.JsonParser.parseString(java.nio.file.Files.readString(file)).getAsJsonObject();
            if (!json.has("spectrum") || json.get("spectrum").isJsonNull()) {
                return null;
            }
            var s = json.getAsJsonObject("spectrum");
            return new Spectrum(doubles(s.getAsJsonArray("ritzValues")), doubles(s.getAsJsonArray("residuals")), doubles(s.getAsJsonArray("grid")),
                    doubles(s.getAsJsonArray("density")), s.get("steps").getAsInt(), s.get("probes").getAsInt(), json.get("samples").getAsInt());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Measures the run's curvature and its Hessian's eigenvalue density in a trainer JVM. */
    public static Spectrum spectrum(Path run, IProgressMonitor monitor) throws CoreException {
        TrainerCommand.output(List.of("sharpness", run.toString(), "--samples", Integer.toString(SAMPLES), "--spectrum"), run.toFile(),
                "The Hessian's spectrum at " + run.getFileName(), monitor);
        Spectrum spectrum = keptSpectrum(run);
        if (spectrum == null) {
            throw new CoreException(Status.error("the spectrum of " + run.getFileName() + " left no readable result"));
        }
        return spectrum;
    }

    /** Measures the run's curvature in a trainer JVM. */
    public static Curvature curvature(Path run, IProgressMonitor monitor) throws CoreException {
        TrainerCommand.output(List.of("sharpness", run.toString(), "--samples", Integer.toString(SAMPLES)), run.toFile(),
                "The curvature at " + run.getFileName(), monitor);
        Curvature curvature = keptCurvature(run);
        if (curvature == null) {
            throw new CoreException(Status.error("the curvature of " + run.getFileName() + " left no readable result"));
        }
        return curvature;
    }

    private static void compute(Path run, List<String> extra, String what, IProgressMonitor monitor) throws CoreException {
        List<String> args = new ArrayList<>(List.of("landscape", run.toString(), "--seed", Long.toString(SEED), "--samples",
                Integer.toString(SAMPLES)));
        args.addAll(extra);
        TrainerCommand.output(args, run.toFile(), what, monitor);
    }
}
