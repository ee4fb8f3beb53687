package dev.dendrite.launching.ui.internal;

import static dev.dendrite.launching.ui.internal.ViewExports.action;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.part.ViewPart;

import dev.dendrite.launching.RunSeries;
import dev.dendrite.train.run.MetricRecord;

/**
 * Live curves of one or several runs, read from their run directories as they grow: loss (every
 * logged step, and per epoch for training and validation), accuracy, learning rate and
 * throughput, with progress and the time left. Several runs overlay for comparison. Charts export
 * as PNG, their data as CSV.
 */
public final class TrainingMonitorView extends ViewPart {

    public static final String ID = "dev.dendrite.launching.ui.monitor";
    private static final int POLL_MS = 1000;
    private static final int[] COLOURS = {SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_RED, SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_MAGENTA,
        SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW};

    private final List<RunSeries> runs = new ArrayList<>();
    private Composite root;
    private Composite charts;
    private Label status;
    private ProgressBar progress;
    private Chart loss;
    private Chart accuracy;
    private Chart learningRate;
    private Chart throughput;
    private Chart gradients;
    private Chart sharpness;
    /** UI-thread state of the reading: a job is reading, another read was asked for meanwhile, a next look is timed. */
    private boolean reading;
    /** Directories whose trainer process is running (from launch events). */
    private final java.util.Set<Path> live = new java.util.HashSet<>();
    private boolean readAgain;
    private boolean timerPending;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        // Wraps: four runs' summaries are wider than a bottom panel, and a clipped line hid the last run's state.
        status = new Label(root, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        statusData.widthHint = 200;
        status.setLayoutData(statusData);
        status.setText("No run yet: launch a Dendrite Training, or open runs from the Runs view.");
        progress = new ProgressBar(root, SWT.HORIZONTAL | SWT.SMOOTH);
        progress.setLayoutData(new GridData(220, SWT.DEFAULT));
        progress.setMaximum(1000);
        charts = new Composite(root, SWT.NONE);
        charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        charts.setLayout(new GridLayout(2, true));
        charts.addListener(SWT.Resize, e -> arrangeCharts());
        // Not in this turn: the view's part, toolbar and menu are created in it already.
        root.getDisplay().asyncExec(() -> createCharts(0));
        var menu = getViewSite().getActionBars().getMenuManager();
        menu.add(action("Export Charts as PNG...", () -> ViewExports.askAndExport(root.getShell(), "*.png", this::exportPng)));
        menu.add(action("Export Data as CSV...", () -> ViewExports.askAndExport(root.getShell(), "*.csv", this::exportCsv)));
        menu.add(action("Clear", () -> show(List.of())));
        TrainingLaunchWatcher.attach(this);
    }

    /**
     * Creates the charts one per turn of the event loop: the view often opens on a run that is
     * already training, and six charts at once (with their first class loading) kept the UI thread
     * busy for over 100 ms. Data read meanwhile is drawn once the last chart exists.
     */
    private void createCharts(int index) {
        if (root.isDisposed()) {
            return;
        }
        switch (index) {
            case 0 -> loss = chart("Loss", "step", "loss");
            case 1 -> accuracy = chart("Accuracy", "step", "accuracy");
            case 2 -> learningRate = chart("Learning rate", "step", "learning rate");
            case 3 -> throughput = chart("Throughput", "epoch", "samples/s");
            case 4 -> gradients = chart("Gradients, first run", "step", "‖gradient‖ per layer");
            default -> {
                sharpness = chart("Sharpness", "step", "Hessian λmax");
                arrangeCharts();
                redraw();
                return;
            }
        }
        root.getDisplay().asyncExec(() -> createCharts(index + 1));
    }

    /** The charts, in their order on the view. */
    private List<Chart> allCharts() {
        return List.of(loss, accuracy, learningRate, throughput, gradients, sharpness);
    }

    /** Columns for the view's current shape (see {@link ChartGrid}); once all six charts exist. */
    private void arrangeCharts() {
        if (sharpness == null || charts.isDisposed()) {
            return;
        }
        var area = charts.getClientArea();
        ChartGrid grid = ChartGrid.forArea(area.width, area.height);
        ((GridLayout) charts.getLayout()).numColumns = grid.columns();
        charts.layout();
        fitLegends();
        fitSymbols();
    }

    /** Dots where they stay apart at the charts' new widths ({@link ChartSymbols}); a redraw decides them for its own series. */
    private void fitSymbols() {
        for (Chart chart : allCharts()) {
            if (ChartSymbols.apply(chart)) {
                chart.redraw();
            }
        }
    }

    /** The most of a chart's height its legend may take; a larger one (several runs in a small chart) hides. */
    static final double LEGEND_SHARE = 0.4;
    private static final String LEGEND_DECIDED = "dev.dendrite.legendDecidedFor";

    /**
     * Shows each chart's legend where it leaves the plot room, and hides it where it would not:
     * three runs give the loss chart nine entries, which in the bottom panel squeezed the plot
     * to a strip. A hidden legend's chart says where to find it.
     */
    private void fitLegends() {
        for (Chart chart : allCharts()) {
            if (!(chart.getLegend() instanceof org.eclipse.swt.widgets.Control legend)) {
                continue;
            }
            // Decided again only when the chart's size or its entries change: a live run redraws every second,
            // and each decision lays the chart out (measuring text) up to twice.
            String key = chart.getSize() + " " + java.util.Arrays.stream(chart.getSeriesSet().getSeries()).map(series -> series.getId())
                    .collect(java.util.stream.Collectors.joining(","));
            if (key.equals(chart.getData(LEGEND_DECIDED))) {
                continue;
            }
            chart.setData(LEGEND_DECIDED, key);
            chart.getLegend().setVisible(true);
            chart.layout();
            // Too tall leaves the plot no room; too wide (long run names) cuts entries off at the chart's edge.
            boolean fits = legend.getSize().y <= LEGEND_SHARE * chart.getSize().y && legend.getSize().x <= chart.getSize().x;
            if (!fits) {
                chart.getLegend().setVisible(false);
                chart.layout();
            }
            chart.setToolTipText(fits ? null : "The legend needs more room: maximise the view (double-click its tab) to see it.");
        }
    }

    private Chart chart(String title, String x, String y) {
        Chart chart = new Chart(charts, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.getTitle().setText(title);
        chart.getAxisSet().getXAxis(0).getTitle().setText(x);
        chart.getAxisSet().getYAxis(0).getTitle().setText(y);
        // Compact: small titles, the legend below the plot, so six charts fit a view.
        org.eclipse.swt.graphics.Font small = org.eclipse.jface.resource.JFaceResources.getDefaultFont();
        chart.getTitle().setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        chart.getAxisSet().getXAxis(0).getTitle().setFont(small);
        chart.getAxisSet().getYAxis(0).getTitle().setFont(small);
        chart.getLegend().setPosition(SWT.BOTTOM);
        chart.getLegend().setFont(small);
        ChartRanges.fitOnResize(chart);
        // The gradient chart plots log10 of the norms: its tooltip gives the norm itself.
        PointHover.attach(chart, x, v -> PointHover.fourDigits(chart.getAxisSet().getYAxis(0).getTick().getFormat() instanceof PowerOfTenFormat
                ? Math.pow(10, v) : v));
        return chart;
    }


    /** Shows exactly these run directories (several overlay). */
    public void show(List<Path> directories) {
        runs.clear();
        directories.forEach(d -> runs.add(new RunSeries(d)));
        redraw();
        refresh();
    }

    /**
     * Launched runs overlay up to this many: beyond, the oldest run that is no longer training makes
     * room (seven legends squeezed the loss chart to a strip). Running runs always stay; the Runs
     * view's Compare shows any set of runs.
     */
    public static final int MAX_ADDED_RUNS = 4;

    /** Adds a run directory to the ones shown (a launched run, or one to compare). */
    public void add(Path directory) {
        if (runs.stream().noneMatch(r -> r.directory().equals(directory))) {
            runs.add(new RunSeries(directory));
            boolean removed = false;
            while (runs.size() > MAX_ADDED_RUNS) {
                var finished = runs.subList(0, runs.size() - 1).stream().filter(r -> r.state() != dev.dendrite.train.run.RunState.RUNNING)
                        .findFirst();
                if (finished.isEmpty()) {
                    break;
                }
                runs.remove(finished.get());
                removed = true;
            }
            if (removed) {
                redraw();
            }
        }
        refresh();
    }

    /**
     * Follows a run whose trainer process has just started until {@link #ended} says it stopped,
     * whatever its files say meanwhile: before the trainer writes its status (it first takes the
     * directory's lock), or while a resumed run's status still reads as the earlier stop, the files
     * alone say "not running", and the monitor would stop looking until the process ended.
     */
    public void launched(Path directory) {
        live.add(directory);
        add(directory);
    }

    /** The trainer of a {@link #launched} run has ended: read its last records, then follow it by its files only. */
    public void ended(Path directory) {
        live.remove(directory);
        refresh();
    }

    /** The runs shown (tests read their data). */
    public List<RunSeries> runs() {
        return List.copyOf(runs);
    }

    /**
     * Reads what the runs wrote since the last look in a system job and redraws on the UI thread
     * when anything changed; the UI thread only draws. While a run is live, it looks again a second
     * after each read. Reads never overlap: a request during one is served right after it.
     */
    public void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        List<RunSeries> shown = List.copyOf(runs);
        org.eclipse.swt.widgets.Display display = root.getDisplay();
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("Reading training runs", monitor -> {
            boolean changed = update(shown);
            if (!display.isDisposed()) {
                display.asyncExec(() -> afterRead(shown, changed));
            }
            return org.eclipse.core.runtime.Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void afterRead(List<RunSeries> shown, boolean changed) {
        reading = false;
        if (root.isDisposed()) {
            return;
        }
        if ((changed || shown.isEmpty()) && shown.equals(runs)) {
            redraw();
        }
        if (readAgain || !shown.equals(runs)) {
            readAgain = false;
            refresh();
            return;
        }
        boolean following = !live.isEmpty() || runs.stream().anyMatch(r -> r.state() == dev.dendrite.train.run.RunState.RUNNING);
        if (following && !timerPending) {
            timerPending = true;
            root.getDisplay().timerExec(POLL_MS, () -> {
                timerPending = false;
                refresh();
            });
        }
    }

    private static boolean update(List<RunSeries> shown) {
        boolean changed = false;
        for (RunSeries run : shown) {
            try {
                changed |= run.update();
            } catch (IOException e) {
                // Not there yet (the trainer is starting): the next look.
            }
        }
        return changed;
    }

    private void redraw() {
        if (sharpness == null) {
            return; // the charts are still being created; the last one draws
        }
        // One layout per chart for the whole update: SWTChart lays the chart out again on every series change otherwise
        // (measuring text), which kept the UI thread busy for 100 ms and more each second.
        for (Chart chart : allCharts()) {
            chart.suspendUpdate(true);
            ChartSymbols.clear(chart);
            for (var series : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(series.getId());
            }
        }
        List<String> summaries = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunSeries run = runs.get(i);
            int colour = COLOURS[i % COLOURS.length];
            String prefix = runs.size() > 1 ? run.name() + " " : "";
            line(loss, prefix + "train (steps)", run.steps(), r -> r.value("loss"), r -> r.step(), colour, LineStyle.SOLID, false);
            line(loss, prefix + "train", run.epochs(), r -> r.value("trainLoss"), r -> r.step(), colour, LineStyle.DASH, true);
            line(loss, prefix + "validation", run.epochs(), r -> r.value("validationLoss"), r -> r.step(), colour, LineStyle.DOT, true);
            // A variational autoencoder's KL part of the validation loss: falling towards 0, its code collapses to the prior.
            line(loss, prefix + "validation KL", run.epochs(), r -> r.value("validationKl"), r -> r.step(), colour, LineStyle.DASHDOT, true);
            // A GAN's loss is its discriminator's; the generator's beside it, and how often the discriminator tells the two apart.
            line(loss, prefix + "validation generator", run.epochs(), r -> r.value("validationGeneratorLoss"), r -> r.step(), colour,
                    LineStyle.DASHDOTDOT, true);
            line(accuracy, prefix + "train", run.epochs(), r -> r.value("trainAccuracy"), r -> r.step(), colour, LineStyle.DASH, true);
            line(accuracy, prefix + "validation discriminator", run.epochs(), r -> r.value("validationDiscriminatorAccuracy"), r -> r.step(),
                    colour, LineStyle.DASHDOT, true);
            line(accuracy, prefix + "validation", run.epochs(), r -> r.value("validationAccuracy"), r -> r.step(), colour, LineStyle.SOLID, true);
            // Certified training: the validation samples interval bounds prove robust at the trained radius (a floor under robustness).
            line(accuracy, prefix + "validation certified", run.epochs(), r -> r.value("validationCertifiedAccuracy"), r -> r.step(), colour,
                    LineStyle.DOT, true);
            line(learningRate, prefix + "lr", run.steps(), r -> r.value("lr"), r -> r.step(), colour, LineStyle.SOLID, false);
            line(throughput, prefix + "samples/s", run.epochs(), r -> r.value("samplesPerSecond"), r -> r.epoch(), colour, LineStyle.SOLID, true);
            summaries.add(summary(run));
        }
        gradientNorms(runs.isEmpty() ? null : runs.get(0));
        sharpness();
        for (Chart chart : allCharts()) {
            chart.suspendUpdate(false);
            ChartSymbols.apply(chart);
            ChartRanges.fit(chart);
            chart.redraw();
        }
        status.setText(runs.isEmpty() ? "No run shown" : String.join("  |  ", summaries));
        status.setToolTipText(runs.size() > 1 ? String.join("\n", summaries) : null);
        RunSeries first = runs.isEmpty() ? null : runs.get(0);
        progress.setSelection(first == null || first.totalSteps() == 0 ? 0 : (int) (1000 * first.stepsDone() / first.totalSteps()));
        root.layout();
        fitLegends();
    }

    /**
     * Each run's top Hessian eigenvalue where it was tracked, and SGD's edge of stability 2(1 + β)/η dashed in the same
     * colour: progressive sharpening climbs towards the edge and hovers there. For Adam, the Hessian preconditioned by its
     * √v̂ + ε and its edge 2(1 + β1)/((1 − β1)η).
     */
    private void sharpness() {
        // The sixth chart follows what the runs track: the loss's curvature, or where no run tracks it, a GAN's judged samples.
        boolean judgedOnly = runs.stream().allMatch(r -> r.sharpness().isEmpty()) && runs.stream().anyMatch(r -> !r.judged().isEmpty());
        sharpness.getTitle().setText(judgedOnly ? "Samples judged" : "Sharpness");
        sharpness.getAxisSet().getYAxis(0).getTitle().setText(judgedOnly ? "Fréchet distance" : "Hessian λmax");
        if (judgedOnly) {
            judged();
            return;
        }
        boolean any = false;
        for (int i = 0; i < runs.size(); i++) {
            RunSeries run = runs.get(i);
            List<MetricRecord> measured = run.sharpness();
            if (measured.isEmpty()) {
                continue;
            }
            any = true;
            int colour = COLOURS[i % COLOURS.length];
            String prefix = runs.size() > 1 ? run.name() + " " : "";
            // Adam's stability concerns its preconditioned Hessian: that one, beside its own edge, where it was measured.
            boolean adaptive = measured.stream().anyMatch(r -> !Double.isNaN(r.value("preconditionedTopEigenvalue")));
            if (adaptive) {
                line(sharpness, prefix + "λmax(P⁻¹H)", measured, r -> r.value("preconditionedTopEigenvalue"), r -> r.step(), colour,
                        LineStyle.SOLID, true);
                line(sharpness, prefix + "adaptive edge", measured, r -> r.value("adaptiveEdgeOfStability"), r -> r.step(), colour, LineStyle.DASH,
                        false);
            } else {
                line(sharpness, prefix + "λmax", measured, r -> r.value("topEigenvalue"), r -> r.step(), colour, LineStyle.SOLID, true);
                line(sharpness, prefix + "edge 2(1+β)/η", measured, r -> r.value("edgeOfStability"), r -> r.step(), colour, LineStyle.DASH,
                        false);
            }
        }
        sharpness.getPlotArea().setBackgroundText(any ? null : runs.isEmpty() ? "No run" : "Not tracked (--sharpness-every E)", null, null,
                org.eclipse.swtchart.IPlotArea.POSITION_CENTER_X, org.eclipse.swtchart.IPlotArea.POSITION_CENTER_Y);
    }

    /**
     * Each judged run's Fréchet distance from the test samples in its judge's features ({@code train --judge}), and dashed in
     * the same colour the distance between two sets of test samples, the floor it falls towards: the FID curve of GAN papers.
     */
    private void judged() {
        for (int i = 0; i < runs.size(); i++) {
            RunSeries run = runs.get(i);
            List<MetricRecord> verdicts = run.judged();
            if (verdicts.isEmpty()) {
                continue;
            }
            int colour = COLOURS[i % COLOURS.length];
            String prefix = runs.size() > 1 ? run.name() + " " : "";
            line(sharpness, prefix + "Fréchet distance", verdicts, r -> r.value("frechetDistance"), r -> r.step(), colour, LineStyle.SOLID, true);
            line(sharpness, prefix + "data's own", verdicts, r -> r.value("dataFrechetDistance"), r -> r.step(), colour, LineStyle.DASH, false);
        }
        sharpness.getPlotArea().setBackgroundText(null, null, null, org.eclipse.swtchart.IPlotArea.POSITION_CENTER_X,
                org.eclipse.swtchart.IPlotArea.POSITION_CENTER_Y);
    }

    /** One line per layer, on a log scale: vanishing or exploding gradients show as lines drifting apart. */
    private void gradientNorms(RunSeries run) {
        List<MetricRecord> steps = run == null ? List.of() : run.steps().stream().filter(r -> !r.gradientNorms().isEmpty()).toList();
        // An empty chart says why it is empty: a run from before norms were logged, or one that has not logged a step yet.
        gradients.getPlotArea().setBackgroundText(steps.isEmpty() ? (run == null ? "No run" : "No norms logged") : null, null, null,
                org.eclipse.swtchart.IPlotArea.POSITION_CENTER_X, org.eclipse.swtchart.IPlotArea.POSITION_CENTER_Y);
        if (steps.isEmpty()) {
            // No norms logged: an empty chart, not the last run's axes.
            gradients.getAxisSet().getYAxis(0).enableLogScale(false);
            gradients.getAxisSet().getYAxis(0).getTick().setFormat(null);
            gradients.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(0, 1));
            gradients.getAxisSet().getXAxis(0).setRange(new org.eclipse.swtchart.Range(0, 1));
            return;
        }
        List<String> layers = new ArrayList<>(steps.get(steps.size() - 1).gradientNorms().keySet());
        boolean positive = steps.stream().allMatch(r -> r.gradientNorms().values().stream().allMatch(v -> v > 0 && Double.isFinite(v)));
        // Positive norms go on a log scale drawn as log10 on a linear axis, whose ticks then fall on powers of ten.
        gradients.getAxisSet().getYAxis(0).enableLogScale(false);
        gradients.getAxisSet().getYAxis(0).getTick().setFormat(positive ? new PowerOfTenFormat() : null);
        for (int i = 0; i < layers.size(); i++) {
            String layer = layers.get(i);
            line(gradients, layer, steps, r -> {
                double norm = r.gradientNorms().getOrDefault(layer, Double.NaN);
                return positive ? Math.log10(norm) : norm;
            }, r -> r.step(), COLOURS[i % COLOURS.length], i < COLOURS.length ? LineStyle.SOLID : LineStyle.DASH, false);
        }
    }

    static String summary(RunSeries run) {
        StringBuilder text = new StringBuilder(run.name()).append(": ").append(run.state().id());
        List<MetricRecord> epochs = run.epochs();
        Object total = run.config().get("epochs");
        if (!epochs.isEmpty()) {
            text.append(", epoch ").append(epochs.get(epochs.size() - 1).epoch()).append(total instanceof Number n ? "/" + n.intValue() : "");
        }
        if (!Double.isNaN(run.samplesPerSecond())) {
            text.append(String.format(Locale.ROOT, ", %.0f samples/s", run.samplesPerSecond()));
        }
        double left = run.secondsLeft();
        if (run.state() == dev.dendrite.train.run.RunState.RUNNING && !Double.isNaN(left)) {
            text.append(String.format(Locale.ROOT, ", about %.0f s left", left));
        }
        if (run.reason() != null) {
            text.append(" (").append(run.reason()).append(')');
        }
        if (!run.notes().isEmpty()) {
            text.append(" [").append(run.notes().size()).append(" note").append(run.notes().size() == 1 ? "" : "s").append(": ")
                    .append(run.notes().get(0)).append(']');
        }
        return text.toString();
    }

    private static void line(Chart chart, String id, List<MetricRecord> records, ToDoubleFunction<MetricRecord> y,
            ToDoubleFunction<MetricRecord> x, int colour, LineStyle style, boolean symbols) {
        List<double[]> points = new ArrayList<>();
        for (MetricRecord r : records) {
            double value = y.applyAsDouble(r);
            if (!Double.isNaN(value)) {
                points.add(new double[] {x.applyAsDouble(r), value});
            }
        }
        if (points.isEmpty()) {
            return;
        }
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setXSeries(points.stream().mapToDouble(p -> p[0]).toArray());
        series.setYSeries(points.stream().mapToDouble(p -> p[1]).toArray());
        series.setLineColor(chart.getDisplay().getSystemColor(colour));
        series.setLineStyle(style);
        series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        series.setSymbolColor(chart.getDisplay().getSystemColor(colour));
        if (symbols) {
            ChartSymbols.mark(chart, series);
        }
    }

    /** The six charts as one PNG. */
    public void exportPng(Path file) throws IOException {
        ViewExports.savePng(charts, file);
    }

    /** The records' values the CSV export has a column for, in order (a VAE's KL and a GAN's figures last). */
    private static final List<String> CSV_VALUES = List.of("loss", "accuracy", "lr", "trainLoss", "trainAccuracy", "validationLoss",
            "validationAccuracy", "samplesPerSecond", "topEigenvalue", "edgeOfStability", "preconditionedTopEigenvalue",
            "adaptiveEdgeOfStability", "validationKl", "validationGeneratorLoss", "validationDiscriminatorAccuracy", "frechetDistance",
            "dataFrechetDistance", "classifierScore", "coveredClasses", "conditionalAccuracy", "validationCertifiedAccuracy");

    /** Every record of every run shown, one line each; step records with each layer's gradient norm ("grad:LAYER" columns). */
    public void exportCsv(Path file) throws IOException {
        java.util.Set<String> layers = new java.util.LinkedHashSet<>();
        runs.forEach(run -> run.steps().forEach(r -> layers.addAll(r.gradientNorms().keySet())));
        StringBuilder csv = new StringBuilder("run,type,epoch,step," + String.join(",", CSV_VALUES));
        layers.forEach(layer -> csv.append(",grad:").append(layer.replace(',', '_')));
        csv.append('\n');
        for (RunSeries run : runs) {
            List<MetricRecord> all = new ArrayList<>(run.steps());
            all.addAll(run.epochs());
            all.addAll(run.sharpness());
            all.addAll(run.judged());
            all.sort(java.util.Comparator.comparingLong(MetricRecord::step).thenComparing(MetricRecord::type));
            for (MetricRecord r : all) {
                csv.append(run.name()).append(',').append(r.type()).append(',').append(r.epoch()).append(',').append(r.step());
                for (String key : CSV_VALUES) {
                    double v = r.value(key);
                    csv.append(',').append(Double.isNaN(v) ? "" : Double.toString(v));
                }
                for (String layer : layers) {
                    Double norm = r.gradientNorms().get(layer);
                    csv.append(',').append(norm == null ? "" : Double.toString(norm));
                }
                csv.append('\n');
            }
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    @Override
    public void setFocus() {
        root.setFocus();
    }

    @Override
    public void dispose() {
        TrainingLaunchWatcher.detach(this);
        super.dispose();
    }
}
