package dev.dendrite.analysis.ui.internal;

import static dev.dendrite.launching.ui.internal.ViewExports.action;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import dev.dendrite.analysis.landscape.LossLandscape;
import dev.dendrite.launching.internal.RunLandscape;
import dev.dendrite.launching.ui.internal.ViewExports;
import dev.dendrite.train.run.RunFiles;
import dev.dendrite.train.run.RunReader;

/**
 * The Loss Landscape view: the loss of a finished run's network around its final weights on a
 * plane of two filter-normalised random directions, along the straight path to another run's
 * weights with its barrier, or on the plane of its training path's two main directions with the path
 * drawn over it, as {@code dendrite landscape} computes them. Shows what the run keeps
 * in its {@code landscape/} folder; Compute runs the command in a trainer JVM, as a cancellable job.
 */
public final class LossLandscapeView extends ViewPart implements dev.dendrite.launching.ui.internal.RunViewer {

    public static final String ID = "dev.dendrite.analysis.ui.landscape";
    private static final String[] ALONG = {"a random plane", "the path to", "its training path"};

    private Composite root;
    private RunChoice runs;
    private Combo along;
    private RunChoice others;
    private Button compute;
    private Button curvature;
    private Label status;
    private LandscapeCanvas canvas;
    private LossLandscape.Plane plane;
    private LossLandscape.Line path;
    private dev.dendrite.analysis.landscape.Trajectory trajectory;
    private Job running;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(8, false));
        new Label(root, SWT.NONE).setText("Run:");
        runs = new RunChoice(root, LossLandscapeView::finished, this::load);
        new Label(root, SWT.NONE).setText("Along:");
        along = new Combo(root, SWT.READ_ONLY);
        along.setItems(ALONG);
        along.select(0);
        along.addListener(SWT.Selection, e -> load());
        others = new RunChoice(root, LossLandscapeView::finished, this::load);
        compute = new Button(root, SWT.PUSH);
        compute.setText("Compute");
        compute.setToolTipText("dendrite landscape in a trainer JVM: the loss at 21×21 points of the plane (a random one, or the training "
                + "path's), or 21 points of the path to another run, on " + RunLandscape.SAMPLES + " training samples");
        compute.addListener(SWT.Selection, e -> compute());
        curvature = new Button(root, SWT.PUSH);
        curvature.setText("Curvature");
        curvature.setToolTipText("dendrite sharpness in a trainer JVM: the Hessian's top eigenvalue and trace at the run's weights, on "
                + RunLandscape.SAMPLES + " training samples, beside SGD's edge of stability");
        curvature.addListener(SWT.Selection, e -> measureCurvature());
        Button spectrum = new Button(root, SWT.PUSH);
        spectrum.setText("Spectrum...");
        spectrum.setToolTipText("The Hessian's eigenvalue density at the run's weights by stochastic Lanczos quadrature: its bulk and its "
                + "outliers (dendrite sharpness --spectrum)");
        spectrum.addListener(SWT.Selection, e -> spectrum());
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 8, 1));
        canvas = new LandscapeCanvas(root);
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
        var menu = getViewSite().getActionBars().getMenuManager();
        menu.add(action("Refresh", this::refresh));
        menu.add(action("Export as PNG...", () -> ViewExports.askAndExport(root.getShell(), "*.png", f -> ViewExports.savePng(canvas.control(),
                f))));
        refresh();
    }

    /** A run that finished, with final weights to probe. */
    static boolean finished(Path dir) {
        return RunReader.isRunDirectory(dir) && Files.isRegularFile(dir.resolve(RunFiles.FINAL_WEIGHTS));
    }

    /** Finds the workspace's finished runs again. */
    public void refresh() {
        runs.rescan(null);
        others.rescan(null);
        load();
    }

    /** The plane around {@code run} (the Runs view with one run selected). */
    @Override
    public void show(Path run) {
        runs.rescan(run);
        along.select(0);
        others.rescan(null);
        load();
    }

    /** The path from {@code run} to {@code other} (the Runs view with two runs selected). */
    @Override
    public void show(Path run, Path other) {
        runs.rescan(run);
        along.select(1);
        others.rescan(other);
        load();
    }

    private boolean alongPath() {
        return along.getSelectionIndex() == 1;
    }

    private boolean alongTraining() {
        return along.getSelectionIndex() == 2;
    }

    /** Shows the run's training path (tests; the Along box's third choice). */
    public void showTrainingPath(Path run) {
        runs.rescan(run);
        along.select(2);
        others.rescan(null);
        load();
    }

    /** The training path shown, or null (tests). */
    public dev.dendrite.analysis.landscape.Trajectory trajectory() {
        return trajectory;
    }

    private void load() {
        others.setEnabled(alongPath());
        Path run = runs.chosen();
        plane = null;
        path = null;
        trajectory = null;
        if (run == null) {
            canvas.show((LossLandscape.Plane) null);
            status.setText("No finished run in the workspace: train a network, then Refresh");
            return;
        }
        if (alongTraining()) {
            trajectory = RunLandscape.keptTrajectory(run);
            canvas.show(trajectory);
            status.setText(trajectory != null ? describe(trajectory) : !RunLandscape.keptWeights(run) ? run.getFileName() + " kept no weights "
                    + "along its training: train it with --keep-weights-every 1 (Output tab: Keep weights every), then Compute"
                    : run.getFileName() + " keeps no training path yet: press Compute");
        } else if (alongPath()) {
            Path other = others.chosen();
            path = other == null ? null : RunLandscape.keptPath(run, other);
            canvas.show(path, other == null ? "" : String.valueOf(other.getFileName()));
            status.setText(path != null ? describe(path) : run.getFileName() + " keeps no path to " + (other == null ? "another run"
                    : other.getFileName()) + " yet: press Compute");
        } else {
            plane = RunLandscape.keptPlane(run);
            canvas.show(plane);
            status.setText(plane != null ? describe(plane) : run.getFileName() + " keeps no loss landscape yet: press Compute");
        }
        // The curvature belongs to the run's own point: shown with its plane.
        RunLandscape.Curvature kept = alongPath() || alongTraining() ? null : RunLandscape.keptCurvature(run);
        if (kept != null) {
            status.setText(status.getText() + "\n" + kept.describe());
        }
        root.layout(true, true);
    }

    private static String describe(LossLandscape.Plane plane) {
        double span = plane.coordinates()[plane.coordinates().length - 1];
        return String.format(java.util.Locale.ROOT, "%d×%d points over ±%.2g: loss %.4f at the weights, mean rise %.4f at ±%.2g and %.4f at "
                + "±%.2g along the axes (the lower, the flatter)", plane.coordinates().length, plane.coordinates().length, span,
                plane.centre(), plane.rise(span / 2), span / 2, plane.rise(span), span);
    }

    private static String describe(dev.dendrite.analysis.landscape.Trajectory t) {
        int last = t.epochs().length - 1;
        double lowest = java.util.Arrays.stream(t.inPlane()).limit(last).min().orElse(1);
        return String.format(java.util.Locale.ROOT, "%d kept points from epoch %d (loss %.4f) to %d (loss %.4f); the plane's two directions hold "
                + "%.1f%% and %.1f%% of the path's variance, and at least %.1f%% of each point's distance from the end", t.epochs().length, t.epochs()[0],
                t.pathLoss()[0], t.epochs()[last], t.pathLoss()[last], 100 * t.explained()[0], 100 * t.explained()[1], 100 * lowest);
    }

    private static String describe(LossLandscape.Line line) {
        return Double.isNaN(line.barrier()) ? "the path does not reach both ends"
                : String.format(java.util.Locale.ROOT, "barrier %.4f in loss%s: %s", line.barrier(), Double.isNaN(line.errorBarrier()) ? ""
                        : String.format(java.util.Locale.ROOT, ", %.2f points in error", 100 * line.errorBarrier()),
                        line.barrier() < 0.02 ? "the two solutions are linearly connected" : "a ridge lies between the two solutions");
    }

    /** Presses Compute (tests). */
    public void pressCompute() {
        compute();
    }

    private void compute() {
        Path run = runs.chosen();
        Path other = others.chosen();
        boolean toOther = alongPath();
        if (run == null || running != null || toOther && other == null) {
            return;
        }
        compute.setEnabled(false);
        boolean training = alongTraining();
        status.setText(toOther ? "Computing the loss from " + run.getFileName() + " to " + other.getFileName() + "..."
                : training ? "Computing the loss along " + run.getFileName() + "'s training path..."
                        : "Computing the loss landscape around " + run.getFileName() + "...");
        running = TrainerJob.schedule("Loss landscape of " + run.getFileName(), true, root, "Loss landscape cancelled",
                monitor -> toOther ? RunLandscape.path(run, other, monitor) : training ? RunLandscape.trajectory(run, monitor)
                        : RunLandscape.plane(run, monitor), (done, problem) -> {
                    running = null;
                    compute.setEnabled(true);
                    if (problem != null) {
                        status.setText(run.getFileName() + ": " + problem);
                    } else if (run.equals(runs.chosen())) {
                        load();
                    }
                });
    }

    /** Opens the Hessian spectrum dialog on the chosen run (the Spectrum... button; tests). */
    public SpectrumDialog spectrum() {
        Path run = runs.chosen();
        if (run == null) {
            return null;
        }
        SpectrumDialog dialog = new SpectrumDialog(root.getShell(), run);
        dialog.open();
        return dialog;
    }

    /** Presses Curvature (tests). */
    public void pressCurvature() {
        measureCurvature();
    }

    private void measureCurvature() {
        Path run = runs.chosen();
        if (run == null || running != null) {
            return;
        }
        compute.setEnabled(false);
        curvature.setEnabled(false);
        status.setText("Measuring the curvature at " + run.getFileName() + "'s weights...");
        running = TrainerJob.schedule("Curvature of " + run.getFileName(), true, root, "Curvature cancelled",
                monitor -> RunLandscape.curvature(run, monitor), (done, problem) -> {
                    running = null;
                    compute.setEnabled(true);
                    curvature.setEnabled(true);
                    if (problem != null) {
                        status.setText(run.getFileName() + ": " + problem);
                    } else if (run.equals(runs.chosen())) {
                        load();
                    }
                });
    }

    /** The plane shown, or null (tests). */
    public LossLandscape.Plane plane() {
        return plane;
    }

    /** The path shown, or null (tests). */
    public LossLandscape.Line path() {
        return path;
    }

    /** The status line (tests). */
    public String statusText() {
        return status.getText();
    }

    /** The canvas's tooltip at a point (tests). */
    public String describeAt(int x, int y) {
        return canvas.describe(x, y);
    }

    /** Where the plane's picture is drawn, or null before it is (tests). */
    public org.eclipse.swt.graphics.Rectangle plotted() {
        return canvas.plotted();
    }

    /** The canvas (tests: its size, screenshots). */
    public org.eclipse.swt.widgets.Canvas canvas() {
        return canvas.control();
    }

    @Override
    public void setFocus() {
        runs.setFocus();
    }
}
