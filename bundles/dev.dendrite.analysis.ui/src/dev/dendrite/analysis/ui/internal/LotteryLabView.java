package dev.dendrite.analysis.ui.internal;

import static dev.dendrite.launching.ui.internal.ViewExports.action;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.part.ViewPart;

import dev.dendrite.analysis.landscape.InstabilityAnalysis;
import dev.dendrite.analysis.landscape.StabilityTable;
import dev.dendrite.analysis.pruning.Ladder;
import dev.dendrite.analysis.pruning.LadderRow;
import dev.dendrite.launching.ui.internal.ChartRanges;
import dev.dendrite.launching.ui.internal.PointHover;
import dev.dendrite.launching.ui.internal.ViewExports;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;

/**
 * Lottery-ticket experiments: the ladder (test accuracy against the weights remaining, log axis,
 * a line per control with the spread over seeds), the early-stopping step against sparsity, the
 * per-layer sparsity of a round and the mask of one layer as a heat map. Reads the experiment
 * folders ({@code ladder.json}) of the workspace as they grow; exports PNG and CSV. Edge-popup sweeps
 * ({@code edge-popup.csv}) join the ladder; instability analyses ({@code stability.csv}) take the charts over
 * ({@link StabilityCharts}).
 */
public final class LotteryLabView extends ViewPart {

    public static final String ID = "dev.dendrite.analysis.ui.lotteryLab";

    private Composite root;
    private Combo experiments;
    private Label roundLabel;
    private Combo rounds;
    private Combo layers;
    private Label status;
    private Composite charts;
    private Chart ladder;
    private Chart earlyStop;
    private Chart sparsity;
    private Canvas heatMap;
    private final List<Path> folders = new ArrayList<>();
    private List<LadderRow> rows = List.of();
    private FloatTensor mask;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(7, false));
        new Label(root, SWT.NONE).setText("Experiment:");
        experiments = new Combo(root, SWT.READ_ONLY);
        experiments.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        experiments.addListener(SWT.Selection, e -> load());
        roundLabel = new Label(root, SWT.NONE);
        roundLabel.setText("Round:");
        rounds = new Combo(root, SWT.READ_ONLY);
        rounds.addListener(SWT.Selection, e -> showRound());
        new Label(root, SWT.NONE).setText("Mask of:");
        layers = new Combo(root, SWT.READ_ONLY);
        layers.addListener(SWT.Selection, e -> showMask());
        status = new Label(root, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        charts = new Composite(root, SWT.NONE);
        charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1));
        charts.setLayout(new GridLayout(2, true));
        ladder = chart(LADDER_TITLE, WEIGHTS_AXIS, "test accuracy");
        ladder.getPlotArea().addCustomPaintListener(new org.eclipse.swtchart.ICustomPaintListener() {
            @Override
            public void paintControl(org.eclipse.swt.events.PaintEvent e) {
                paintBands(e.gc);
            }

            @Override
            public boolean drawBehindSeries() {
                return true;
            }
        });
        earlyStop = chart(EARLY_STOP_TITLE, WEIGHTS_AXIS, EARLY_STOP_AXIS);
        sparsity = chart(SPARSITY_TITLE, "layer", "% remaining");
        heatMap = new Canvas(charts, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        heatMap.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        heatMap.addPaintListener(e -> paintMask(e.gc));
        var menu = getViewSite().getActionBars().getMenuManager();
        menu.add(action("Refresh", this::refresh));
        menu.add(action("Export Charts as PNG...", () -> ViewExports.askAndExport(root.getShell(), "*.png", this::exportPng)));
        menu.add(action("Export Table as CSV...", () -> ViewExports.askAndExport(root.getShell(), "*.csv", this::exportCsv)));
        menu.add(action("Run an Experiment...", () -> LotteryLaunch.open(getSite().getShell())));
        menu.add(action("Run an Instability Analysis...", () -> LotteryLaunch.openStability(getSite().getShell())));
        refresh();
    }

    private Chart chart(String title, String x, String y) {
        Chart chart = new Chart(charts, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.getTitle().setText(title);
        chart.getTitle().setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        chart.getAxisSet().getXAxis(0).getTitle().setText(x);
        chart.getAxisSet().getYAxis(0).getTitle().setText(y);
        chart.getLegend().setPosition(SWT.BOTTOM);
        ChartRanges.fitOnResize(chart);
        PointHover.attach(chart, v -> stability.isEmpty() ? PointHover.fourDigits(v) + "% of weights"
                : chart == sparsity ? "α " + PointHover.fourDigits(v) : StabilityCharts.stepText(stability, v), PointHover::fourDigits);
        return chart;
    }

    private static final String LADDER_TITLE = "Test accuracy against weights remaining";
    private static final String EARLY_STOP_TITLE = "Early-stopping step against sparsity";
    private static final String SPARSITY_TITLE = "Per-layer weights remaining (IMP)";
    private static final String WEIGHTS_AXIS = "% of weights remaining (log)";
    private static final String EARLY_STOP_AXIS = "step of the lowest validation loss";


    /** Finds the workspace's experiment folders again: lottery ladders (ladder.json), edge-popup sweeps and instability analyses. */
    public void refresh() {
        Path selected = selectedFolder();
        folders.clear();
        folders.addAll(ViewExports.workspaceFolders(3, dir -> Files.isRegularFile(dir.resolve("ladder.json"))
                || Files.isRegularFile(dir.resolve(EDGE_POPUP_CSV)) || Files.isRegularFile(dir.resolve(StabilityTable.CSV))));
        experiments.setItems(folders.stream().map(f -> f.getParent().getFileName() + "/" + f.getFileName()).toArray(String[]::new));
        int index = selected == null ? 0 : Math.max(0, folders.indexOf(selected));
        if (!folders.isEmpty()) {
            experiments.select(index);
        }
        load();
    }

    /** Shows one experiment folder (tests, and the Runs of an experiment). */
    public void show(Path folder) {
        refresh();
        int index = folders.indexOf(folder);
        if (index >= 0) {
            experiments.select(index);
            load();
        }
    }

    private Path selectedFolder() {
        int index = experiments == null ? -1 : experiments.getSelectionIndex();
        return index < 0 || index >= folders.size() ? null : folders.get(index);
    }

    /** The ladder shown (tests). */
    public List<LadderRow> rows() {
        return rows;
    }

    /** The series of the ladder chart by id (tests). */
    public List<String> ladderSeries() {
        return Stream.of(ladder.getSeriesSet().getSeries()).map(s -> s.getId()).toList();
    }

    private static final String EDGE_POPUP_CSV = "edge-popup.csv";

    /** An edge-popup sweep's points: k (the fraction of weights kept) and the test accuracy. */
    private List<double[]> edgePopup = List.of();

    /** The edge-popup points shown (tests): {k, test accuracy}. */
    public List<double[]> edgePopupPoints() {
        return edgePopup;
    }

    /** An instability analysis's rows; shown only where the folder has no ladder or sweep. */
    private List<InstabilityAnalysis.Row> stability = List.of();

    /** The instability analysis shown (tests): empty where the folder is a ladder or a sweep. */
    public List<InstabilityAnalysis.Row> stabilityRows() {
        return stability;
    }

    /** What the panel beside the path says about an analysis (tests); empty for a ladder. */
    public List<String> stabilityVerdict() {
        return stability.isEmpty() ? List.of() : StabilityCharts.verdict(stability);
    }

    /** The titles of the charts (tests): ladder, early stopping, per-layer or path. */
    public List<String> chartTitles() {
        return Stream.of(ladder, earlyStop, sparsity).map(c -> c.getTitle().getText()).toList();
    }

    private void load() {
        Path folder = selectedFolder();
        rows = List.of();
        edgePopup = List.of();
        stability = List.of();
        if (folder != null) {
            try {
                if (Files.isRegularFile(folder.resolve("ladder.json"))) {
                    rows = Ladder.read(folder.resolve("ladder.json"));
                }
                if (Files.isRegularFile(folder.resolve(EDGE_POPUP_CSV))) {
                    edgePopup = readEdgePopup(folder.resolve(EDGE_POPUP_CSV));
                }
                if (rows.isEmpty() && edgePopup.isEmpty() && Files.isRegularFile(folder.resolve(StabilityTable.CSV))) {
                    stability = StabilityTable.read(folder.resolve(StabilityTable.CSV), folder);
                }
            } catch (IOException | RuntimeException e) {
                status.setText(e.getMessage());
            }
        }
        drawLadder();
        List<Long> choices = stability.isEmpty() ? rows.stream().filter(r -> r.control().equals("imp")).map(r -> (long) r.round()).distinct()
                .sorted().toList() : stability.stream().map(InstabilityAnalysis.Row::step).toList();
        roundLabel.setText(stability.isEmpty() ? "Round:" : "Step:");
        rounds.setItems(choices.stream().map(String::valueOf).toArray(String[]::new));
        if (!choices.isEmpty()) {
            // A ladder's last round; an analysis's first step, the one most likely unstable.
            rounds.select(stability.isEmpty() ? choices.size() - 1 : 0);
        }
        showRound();
        status.setText(folder == null ? "No experiment yet: Run an Experiment... (view menu) or ./dendrite lth"
                : !stability.isEmpty() ? stability.size() + " steps of an instability analysis, two copies each"
                : !edgePopup.isEmpty() && rows.isEmpty() ? edgePopup.size() + " subnetworks of one random network (edge-popup)"
                : rows.size() + " trained networks");
        root.layout(true, true);
    }

    /** Rows "k,testAccuracy,testLoss" after a header, sorted by k. */
    private static List<double[]> readEdgePopup(Path csv) throws IOException {
        List<double[]> points = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] cells = line.split(",");
            if (cells.length >= 2) {
                points.add(new double[] {Double.parseDouble(cells[0]), Double.parseDouble(cells[1])});
            }
        }
        points.sort(java.util.Comparator.comparingDouble(p -> -p[0]));
        return points;
    }

    /** A seed spread to fill: x, the lowest and highest y, the control's colour. */
    private record Band(double[] x, double[] low, double[] high, int colour) {
    }

    private final List<Band> bands = new ArrayList<>();

    /** How many seed-spread bands the ladder fills (tests). */
    public int bandCount() {
        return bands.size();
    }

    private void paintBands(GC gc) {
        var xAxis = ladder.getAxisSet().getXAxis(0);
        var yAxis = ladder.getAxisSet().getYAxis(0);
        int alpha = gc.getAlpha();
        for (Band band : bands) {
            int n = band.x().length;
            int[] polygon = new int[4 * n];
            for (int i = 0; i < n; i++) {
                polygon[2 * i] = xAxis.getPixelCoordinate(band.x()[i]);
                polygon[2 * i + 1] = yAxis.getPixelCoordinate(band.high()[i]);
                polygon[4 * n - 2 * i - 2] = xAxis.getPixelCoordinate(band.x()[i]);
                polygon[4 * n - 2 * i - 1] = yAxis.getPixelCoordinate(band.low()[i]);
            }
            gc.setBackground(ladder.getDisplay().getSystemColor(band.colour()));
            gc.setAlpha(48);
            gc.fillPolygon(polygon);
        }
        gc.setAlpha(alpha);
    }

    private void drawLadder() {
        bands.clear();
        if (!stability.isEmpty()) {
            StabilityCharts.drawSummary(ladder, earlyStop, stability);
            return;
        }
        for (Chart chart : List.of(ladder, earlyStop)) {
            chart.suspendUpdate(true);
            ChartLines.clear(chart);
            chart.getAxisSet().getXAxis(0).enableCategory(false);
            chart.getAxisSet().getXAxis(0).getTitle().setText(WEIGHTS_AXIS);
        }
        ladder.getTitle().setText(LADDER_TITLE);
        ladder.getAxisSet().getYAxis(0).getTitle().setText("test accuracy");
        earlyStop.getTitle().setText(EARLY_STOP_TITLE);
        earlyStop.getAxisSet().getYAxis(0).getTitle().setText(EARLY_STOP_AXIS);
        Map<String, List<Ladder.Point>> summary = Ladder.summary(rows);
        int c = 0;
        for (var entry : summary.entrySet()) {
            int colour = ChartLines.SERIES[c++ % ChartLines.SERIES.length];
            List<Ladder.Point> points = entry.getValue();
            if (points.isEmpty()) {
                continue; // no ladder in this folder (an edge-popup sweep), or a control without rounds yet
            }
            double[] x = points.stream().mapToDouble(p -> 100 * p.remaining()).toArray();
            ChartLines.line(ladder, entry.getKey(), x, points.stream().mapToDouble(p -> 100 * p.meanAccuracy()).toArray(), colour, LineStyle.SOLID, true, true);
            if (points.stream().anyMatch(p -> p.seeds() > 1)) {
                // The spread over seeds, from the lowest to the highest accuracy of each round, as a translucent band
                // (the bounds are series too, without a line, so the axes take them in and the CSV has them).
                double[] low = points.stream().mapToDouble(p -> 100 * p.minAccuracy()).toArray();
                double[] high = points.stream().mapToDouble(p -> 100 * p.maxAccuracy()).toArray();
                ChartLines.line(ladder, entry.getKey() + " min", x, low, colour, LineStyle.NONE, false, false);
                ChartLines.line(ladder, entry.getKey() + " max", x, high, colour, LineStyle.NONE, false, false);
                bands.add(new Band(x, low, high, colour));
            }
            ChartLines.line(earlyStop, entry.getKey(), x, points.stream().mapToDouble(Ladder.Point::meanEarlyStopStep).toArray(), colour, LineStyle.SOLID, true, true);
        }
        if (!edgePopup.isEmpty()) {
            // Strong tickets: the fraction k of each layer kept is the share of weights remaining, no weight trained.
            ChartLines.line(ladder, "edge-popup (untrained weights)", edgePopup.stream().mapToDouble(p -> 100 * p[0]).toArray(),
                    edgePopup.stream().mapToDouble(p -> 100 * p[1]).toArray(), SWT.COLOR_DARK_MAGENTA, LineStyle.SOLID, true, true);
        }
        for (Chart chart : List.of(ladder, earlyStop)) {
            chart.suspendUpdate(false);
            chart.updateLayout(); // the legend follows the series deleted while updates were suspended
            chart.getAxisSet().getXAxis(0).enableLogScale(false);
            chart.getAxisSet().adjustRange();
            chart.getAxisSet().getXAxis(0).enableLogScale(!rows.isEmpty() || !edgePopup.isEmpty());
            ChartRanges.fit(chart);
            chart.getAxisSet().getXAxis(0).setReversed(true);
            chart.redraw();
        }
    }

    private LadderRow selectedRound() {
        int round = rounds.getSelectionIndex() < 0 ? -1 : Integer.parseInt(rounds.getItem(rounds.getSelectionIndex()));
        return rows.stream().filter(r -> r.control().equals("imp") && r.round() == round).findFirst()
                .orElse(rows.stream().filter(r -> r.round() == 0).findFirst().orElse(null));
    }

    /** The selected step's row of an instability analysis; null for a ladder. */
    private InstabilityAnalysis.Row selectedStep() {
        int index = rounds.getSelectionIndex();
        return stability.isEmpty() || index < 0 ? null : stability.get(index);
    }

    /** Where the masks shown come from: the selected round's run, or an analysis's copy (when its copies trained a subnetwork). */
    private Path maskDirectory() {
        InstabilityAnalysis.Row step = selectedStep();
        LadderRow row = step == null ? selectedRound() : null;
        return step != null ? Path.of(step.copyA()) : row != null ? Path.of(row.runDirectory()) : null;
    }

    private void showRound() {
        ChartLines.clear(sparsity);
        InstabilityAnalysis.Row step = selectedStep();
        if (step != null) {
            try {
                StabilityCharts.drawPath(sparsity, step);
            } catch (IOException e) {
                status.setText("The path of step " + step.step() + " cannot be read: " + e.getMessage());
            }
            showLayers(maskNames(maskDirectory()));
            return;
        }
        sparsity.getTitle().setText(SPARSITY_TITLE);
        sparsity.getAxisSet().getXAxis(0).getTitle().setText("layer");
        sparsity.getAxisSet().getYAxis(0).getTitle().setText("% remaining");
        LadderRow row = selectedRound();
        List<String> names = row == null ? List.of() : new ArrayList<>(row.remainingByLayer().keySet());
        if (row != null && !names.isEmpty()) {
            IBarSeries<?> bars = (IBarSeries<?>) sparsity.getSeriesSet().createSeries(SeriesType.BAR, "round " + row.round());
            bars.setYSeries(names.stream().mapToDouble(n -> 100 * row.remainingByLayer().get(n)).toArray());
            bars.setBarColor(sparsity.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
            sparsity.getAxisSet().getXAxis(0).setCategorySeries(names.stream().map(n -> n.replace("/weight", "").replace("_weight", "")).toArray(String[]::new));
            sparsity.getAxisSet().getXAxis(0).enableCategory(true);
        } else {
            sparsity.getAxisSet().getXAxis(0).setCategorySeries(new String[0]);
            sparsity.getAxisSet().getXAxis(0).enableCategory(false);
        }
        sparsity.getAxisSet().adjustRange();
        sparsity.redraw();
        showLayers(names);
    }

    /** The layers whose masks an analysis's copies trained with (none for the dense network). */
    private static List<String> maskNames(Path dir) {
        try {
            Path file = dir.resolve("masks.onnx");
            return Files.isRegularFile(file) ? WeightsFile.read(file).flat().keySet().stream().map(k -> k.substring(0, k.length() - ":mask".length()))
                    .toList() : List.of();
        } catch (IOException | dev.dendrite.onnx.importer.OnnxFormatException e) {
            return List.of();
        }
    }

    private void showLayers(List<String> names) {
        String previous = layers.getSelectionIndex() < 0 ? null : layers.getItem(layers.getSelectionIndex());
        layers.setItems(names.toArray(String[]::new));
        if (!names.isEmpty()) {
            layers.select(Math.max(0, previous == null ? 0 : names.indexOf(previous)));
        }
        showMask();
    }

    private void showMask() {
        mask = null;
        Path dir = maskDirectory();
        if (dir != null && layers.getSelectionIndex() >= 0) {
            try {
                Weights masks = WeightsFile.read(dir.resolve("masks.onnx"));
                mask = masks.flat().get(layers.getItem(layers.getSelectionIndex()) + ":mask");
            } catch (IOException | dev.dendrite.onnx.importer.OnnxFormatException e) {
                status.setText("The masks of " + dir + " cannot be read: " + e.getMessage());
            }
        }
        heatMap.redraw();
    }

    private void paintMask(GC gc) {
        Point size = heatMap.getSize();
        gc.setBackground(heatMap.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(0, 0, size.x, size.y);
        if (mask == null && !stability.isEmpty()) {
            // Dense copies have no mask: the panel says what the charts mean instead.
            List<String> lines = new ArrayList<>(StabilityCharts.verdict(stability));
            lines.add(0, "The copies trained the dense network (no masks).");
            lines.add(1, "");
            MaskPicture.paintLines(gc, lines);
            return;
        }
        MaskPicture.paint(gc, size, mask, layers.getSelectionIndex() < 0 ? "" : layers.getItem(layers.getSelectionIndex()));
    }

    public void exportPng(Path file) throws IOException {
        ViewExports.savePng(charts, file);
    }

    public void exportCsv(Path file) throws IOException {
        if (!stability.isEmpty()) {
            // An analysis exports its own table: the rows the charts show.
            Files.writeString(file, StabilityTable.csv(stability), StandardCharsets.UTF_8);
            return;
        }
        StringBuilder csv = new StringBuilder("seed,control,round,remaining,testAccuracy,testLoss,earlyStopStep\n");
        for (LadderRow r : rows) {
            csv.append(String.format(Locale.ROOT, "%d,%s,%d,%.6f,%.6f,%.6f,%d%n", r.seed(), r.control(), r.round(), r.remaining(), r.testAccuracy(),
                    r.testLoss(), r.earlyStopStep()));
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    @Override
    public void setFocus() {
        root.setFocus();
    }
}
